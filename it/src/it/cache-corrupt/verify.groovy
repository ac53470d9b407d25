def log = new File(basedir, 'build.log').text
def builds = log.split(/BUILD SUCCESS/)
assert builds.size() >= 2 : 'both builds succeed'
// build 1: trained, then the garbled entries are trained again (and rewritten whole)
assert (builds[0] =~ /tiny\/default\/seed-1: done/).count == 2
// build 2: the first execution finds the rewritten entries; the second, garbled ones again
assert (builds[1] =~ /tiny\/default\/seed-1: cached/).count == 1
assert (builds[1] =~ /tiny\/default\/seed-1: done/).count == 1
return true
