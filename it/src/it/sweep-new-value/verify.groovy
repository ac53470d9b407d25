def log = new File(basedir, 'build.log').text
def builds = log.split(/BUILD SUCCESS/)
assert builds.size() >= 2
assert (builds[0] =~ /grid\/width-8\/(expolu|relu)\/seed-[12]: done/).count == 4
assert (builds[1] =~ /grid\/width-8\/(expolu|relu)\/seed-[12]: cached/).count == 4
assert (builds[1] =~ /grid\/width-12\/(expolu|relu)\/seed-[12]: done/).count == 4
assert !(builds[1] =~ /grid\/width-8\/\w+\/seed-[12]: done/)
assert builds[1].contains('Cell grid/width-8: 4 of 4 runs done (0 trained, 4 cached); 1 of 2 cells of grid done')
assert builds[1].contains('Cell grid/width-12: 4 of 4 runs done (4 trained, 0 cached); 2 of 2 cells of grid done')
return true
