def log = new File(basedir, 'build.log').text
assert log.contains('claim.lock.json: 2 run(s) pinned')
assert log.contains('Lock checks failed (accept a change with -Dexpolu.lock=update):')
assert log =~ /claim\/default\/seed-1 differs from its lock from round 1 of 20: locked [0-9.E-]+, now [0-9.E-]+ \(final loss locked [0-9.e-]+, now [0-9.e-]+\)/
assert log =~ /claim\/default\/seed-2 differs from its lock from round 1 of 20/
assert log.contains('BUILD FAILURE')
// a CI server reading the Surefire XML shows the moved curves as a failed test, not green tests
def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/expolu-reports/TEST-expolu.claim.xml'))
def lock = xml.testcase.find { it.@name == 'lock' }
assert lock.failure.size() == 1
assert lock.failure.@type == 'expolu.LockMismatch'
assert lock.failure.@message.text().startsWith('claim/default/seed-1 differs from its lock from round 1 of 20')
assert lock.failure.text().contains('claim/default/seed-2 differs from its lock')
assert xml.@failures.text() as int >= 1
return true
