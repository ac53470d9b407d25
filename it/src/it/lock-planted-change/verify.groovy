import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
assert log.contains('Updated lock ') && log.contains('claim.lock.json: 2 run(s) pinned')
assert log.contains('Lock checks failed (accept a change with -Dexpolu.lock=update):')
assert log =~ /claim\/default\/seed-1 differs from its lock in its fingerprint \(locked deadbeef[0-9a-f]+, now [0-9a-f]+\) though every locked loss matches: the lock was edited/
assert !(log =~ /claim\/default\/seed-2 differs/)
// after -Dexpolu.lock=update the lock holds this build's fingerprint again
def lock = new JsonSlurper().parse(new File(basedir, 'src/experiments/claim.lock.json'))
def record = new JsonSlurper().parse(new File(basedir, 'target/expolu/claim/default/seed-1.json'))
assert lock.runs.find { it.run == 'default/seed-1' }.fingerprint == record.fingerprint
return true
