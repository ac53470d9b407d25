def log = new File(basedir, 'build.log').text
assert log.contains('claim.lock.json: 2 run(s) pinned')
assert log.contains('Lock checks failed (accept a change with -Dexpolu.lock=update):')
// the learning rate changed: said as a changed setting, not as a curve that moved under the same settings
assert log.contains('claim/default/seed-1: settings changed since the lock: training.learningRate 0.001, now 0.0011;'
        + ' re-pin with -Dexpolu.lock=update')
assert log.contains('claim/default/seed-2: settings changed since the lock: training.learningRate 0.001, now 0.0011')
assert !log.contains('moved from round')
assert log.contains('BUILD FAILURE')
// a CI server reading the Surefire XML shows the moved curves as a failed test, not green tests
def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/expolu-reports/TEST-expolu.claim.xml'))
def lock = xml.testcase.find { it.@name == 'lock' }
assert lock.failure.size() == 1
assert lock.failure.@type == 'expolu.LockMismatch'
assert lock.failure.@message.text().startsWith('claim/default/seed-1: settings changed since the lock')
assert lock.failure.text().contains('claim/default/seed-2: settings changed since the lock')
assert xml.@failures.text() as int >= 1
return true
