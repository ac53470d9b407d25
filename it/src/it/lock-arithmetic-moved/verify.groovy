def log = new File(basedir, 'build.log').text
// what precedes the first build's scan (a pre-build script's line, naming this folder) is no build
def builds = log.split(/(?m)^\[INFO\] Scanning for projects/).toList().drop(1)
assert builds.size() == 3 : 'three builds in build.log'
def (pin, commented, planted) = builds

assert pin =~ /claim\/default\/seed-2: done/
assert pin.contains('claim.lock.json: 2 run(s) pinned')
def lock = new groovy.json.JsonSlurper().parse(new File(basedir, 'src/experiments/claim.lock.json'))
assert lock.runs*.arithmetic == ['fused|float32|arithmetic 1|jvm'] * 2
def pinnedCode = lock.runs[0].code
assert lock.runs[0].settings['training.learningRate'] == '0.01'

// a comment edit: the same cache keys, no training JVM, and the lock holds
assert commented.contains('Every one of the 2 run(s) is in the run cache: nothing to train, no training JVM started')
assert !commented.contains('forked JVM')
assert commented.contains('Lock claim.lock.json: 2 run(s) match bit for bit')
assert commented.contains('BUILD SUCCESS')

// a reordered sum under the same declared arithmetic: retrained, and the lock fails saying what changed
assert planted.contains('Training in a forked JVM')
assert planted =~ /claim\/default\/seed-1: done/
assert planted.contains('Lock checks failed (accept a change with -Dexpolu.lock=update):')
def moved = (planted =~ /claim\/default\/seed-1 moved from round \d+ of 30 \(locked [-0-9.E]+, now [-0-9.E]+; final loss locked [-0-9.e]+, now [-0-9.e]+\); the training code changed since it was pinned \(code ([0-9a-f]{16}), now ([0-9a-f]{16})\): if that change was meant to move the arithmetic, raise the arithmetic version and re-pin with -Dexpolu.lock=update/)
assert moved.find() : 'the moved message'
assert moved.group(1) == pinnedCode && moved.group(2) != pinnedCode
assert planted.contains('BUILD FAILURE')
assert !planted.contains('cannot gate')
return true
