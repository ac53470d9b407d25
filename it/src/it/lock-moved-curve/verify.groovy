def log = new File(basedir, 'build.log').text
assert log.contains('claim.lock.json: 2 run(s) pinned')
assert log.contains('Curves differ from their lock files (accept a change with -Dexpolu.lock=update):')
assert log =~ /claim\/default\/seed-1 differs from its lock from round 1 of 20: locked [0-9.E-]+, now [0-9.E-]+ \(final loss locked [0-9.e-]+, now [0-9.e-]+\)/
assert log =~ /claim\/default\/seed-2 differs from its lock from round 1 of 20/
assert log.contains('BUILD FAILURE')
return true
