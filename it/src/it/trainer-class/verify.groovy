import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
// what precedes the first build's scan (a pre-build script's line, naming this folder) is no build
def builds = log.split(/(?m)^\[INFO\] Scanning for projects/).toList().drop(1)
assert builds.size() == 3 : 'three builds in build.log'
def (first, second, edited) = builds

// 1: trained in the forked JVM from the project's test classes, claims met, records with every metric
assert first.contains('Training in a forked JVM')
(1..3).each { assert first =~ /line\/default\/seed-$it: done \(\d of 3\), 40 rounds/ }
assert first.contains('Updated lock ') && first.contains('line.lock.json: 3 run(s) pinned')
assert first.contains('BUILD SUCCESS')
def record = new JsonSlurper().parse(new File(basedir, 'target/expolu/line/default/seed-1.json'))
assert record.losses.size() == 40 && record.finalLoss <= 0.05
assert record.metrics*.name == ['within'] && record.metrics[0].higherIsBetter && record.metrics[0].values.size() == 40
assert record.setup.kind == 'trainer' && record.setup['class'] == 'com.example.LineTrainer'
assert record.provenance.engine == 'trainer'

// 2: nothing changed: every run from the cache, the lock holds under strict
(1..3).each { assert second =~ /line\/default\/seed-$it: cached/ }
assert !(second =~ /seed-\d: done/)
assert second.contains('Lock line.lock.json: 3 run(s) match bit for bit')
assert second.contains('BUILD SUCCESS')

// 3: the trainer's source changed: every run trains again, and the lock names the code change
(1..3).each { assert edited =~ /line\/default\/seed-$it: done/ }
assert edited =~ /line\/default\/seed-1 moved from round 1 of 40 .*; the training code changed since it was pinned \(code [0-9a-f]{16}, now [0-9a-f]{16}\): if that change was meant to move the curves, re-pin with -Dexpolu.lock=update/
assert edited.contains('BUILD FAILURE')
return true
