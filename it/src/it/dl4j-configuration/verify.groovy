import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
// what precedes the first build's scan (a pre-build script's line, naming this folder) is no build
def builds = log.split(/(?m)^\[INFO\] Scanning for projects/).toList().drop(1)
assert builds.size() == 3 : 'three builds in build.log'
def (pin, again, missed) = builds

(1..3).each { assert pin =~ /blobs\/default\/seed-$it: done \(\d of 3\), 15 rounds/ }
assert pin.contains('blobs.lock.json: 3 run(s) pinned') && pin.contains('BUILD SUCCESS')
def record = new JsonSlurper().parse(new File(basedir, 'target/expolu/blobs/default/seed-1.json'))
assert record.metrics*.name == ['valLoss', 'accuracy'] && record.metrics[1].values.size() == 15
assert record.provenance.engine == 'dl4j-fit' && record.setup.kind == 'dl4j'

// trained again, in another JVM: the same bits
(1..3).each { assert again =~ /blobs\/default\/seed-$it: done/ }
assert again.contains('Lock blobs.lock.json: 3 run(s) match bit for bit')
assert again.contains('BUILD SUCCESS')

// the claim missed names every seed's figure
def line = missed.readLines().find { it.contains('final(accuracy) >= 0.99 in >= 3 of 3 seeds:') }
assert line : 'the missed claim'
assert line =~ /seed 1: [0-9.]+, seed 2: [0-9.]+, seed 3: [0-9.]+/ || line =~ /of 3 met it; seed \d: [0-9.]+/
assert missed.contains('BUILD FAILURE')
return true
