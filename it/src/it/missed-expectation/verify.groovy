def log = new File(basedir, 'build.log').text
assert log.contains('Experiment expectations missed:')
assert log =~ /claim\/default: finalLoss <= 1e-9 in >= 2 of 3 seeds: 0 of 3 met it; seed 1: [0-9.e-]+, seed 2: [0-9.e-]+, seed 3: [0-9.e-]+/
assert log.contains('BUILD FAILURE')
def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/expolu-reports/TEST-expolu.claim.xml'))
assert xml.@failures == '1'
assert xml.testcase.failure.@message.text().startsWith('finalLoss <= 1e-9 in >= 2 of 3 seeds: 0 of 3 met it')
(1..3).each { assert new File(basedir, "target/expolu/claim/default/seed-${it}.json").isFile() }
return true
