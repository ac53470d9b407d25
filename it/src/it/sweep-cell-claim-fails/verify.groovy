def log = new File(basedir, 'build.log').text
assert log.contains('Sweep claims missed:')
assert log =~ /default: finalLoss <= 1e-30, in every cell where model.width = 12: shown in 0 of 1 cells, expected 1; not in width-12: finalLoss <= 1e-30 in >= 2 of 2 seeds: 0 of 2 met it; seed 1: [0-9.e-]+, seed 2: [0-9.e-]+/
assert !(log =~ /not in width-8/)
assert log.contains('BUILD FAILURE')
def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/expolu-reports/TEST-expolu.grid.xml'))
assert xml.@failures == '1'
assert xml.testcase.failure.@type.text() == 'expolu.SweepClaimMissed'
assert xml.testcase.failure.@message.text().contains('not in width-12')
[8, 12].each { w -> (1..2).each { assert new File(basedir, "target/expolu/grid/width-${w}/default/seed-${it}.json").isFile() } }
return true
