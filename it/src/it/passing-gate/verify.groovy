def log = new File(basedir, 'build.log').text
assert log.contains('Training 3 run(s) of 1 experiment(s)')
assert log.contains('Experiment tiny (tiny.yaml)')
assert log.contains('finalLoss <= 1000: 3 of 3 (need 3)')
assert log.contains('roundsTo(1e-30) >= 10: 3 of 3 (need 3)')
assert log.contains('BUILD SUCCESS')
(1..3).each { assert new File(basedir, "target/expolu/tiny/default/seed-${it}.json").isFile() }
def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/expolu-reports/TEST-expolu.tiny.xml'))
assert xml.@tests == '2'   // the variant, and the lock
assert xml.@failures == '0'
assert xml.testcase.find { it.@name == 'lock' }.failure.size() == 0
// verify never writes into src/ unasked: a missing lock is a warning that says how to write one
assert log.contains('[WARNING] No lock ') && log.contains('run with -Dexpolu.lock=update to write it')
assert !new File(basedir, 'src/experiments/tiny.lock.json').exists()
assert xml.properties.property.find { it.@name == 'default.seed-2.finalLoss' } != null
return true
