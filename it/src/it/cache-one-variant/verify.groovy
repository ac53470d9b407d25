def log = new File(basedir, 'build.log').text
def builds = log.split(/BUILD SUCCESS/)
assert builds.size() >= 2
assert (builds[0] =~ /claim\/[ab]\/seed-[12]: done/).count == 4
assert (builds[1] =~ /claim\/a\/seed-[12]: cached/).count == 2
assert (builds[1] =~ /claim\/b\/seed-[12]: done/).count == 2
assert !(builds[1] =~ /claim\/b\/seed-[12]: cached/)
return true
