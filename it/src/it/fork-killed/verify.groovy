import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
def failure = log.indexOf('BUILD FAILURE')
assert failure > 0 : 'build 1 fails'
def first = log.substring(0, failure)
def second = log.substring(failure)
assert new File(basedir, 'target/killed.txt').text.trim() ==~ /\d+/ : 'one fork killed'

// build 1: seed 1 finished, then the fork was killed training seed 2; the message says so
assert first.contains('Training in a forked JVM (')
assert first =~ /fork\/default\/seed-1: done \(1 of 3\), 1500 rounds/
assert !(first =~ /seed-[23]: done/)
assert second.contains('The forked training JVM was killed (exit status 137, SIGKILL: a kill -9, or the system\'s'
        + ' out-of-memory killer) while training 1 run(s): fork/default/seed-2')
assert second.contains('1 run(s) it finished keep whole records under ' + new File(basedir, 'target/expolu').canonicalPath
        + ', and the run cache holds them: the next build trains only what is missing')

// the record seed 1 left is whole; nothing else was recorded
def kept = new File(basedir, 'target/after-kill/fork/default')
assert kept.list().sort() == ['seed-1.json']
def record = new JsonSlurper().parse(new File(kept, 'seed-1.json'))
assert record.losses.size() == 1500 && record.seed == 1

// build 2 trains only what is missing
def next = second.substring(second.indexOf('Training 3 run(s)'))
assert next =~ /fork\/default\/seed-1: cached \(1 of 3\)/
assert next =~ /fork\/default\/seed-2: done/
assert next =~ /fork\/default\/seed-3: done/
assert !(next =~ /seed-1: done/)
assert next.contains('finalLoss <= 1e6: 3 of 3 (need 3)')
assert next.contains('BUILD SUCCESS')
assert new JsonSlurper().parse(new File(basedir, 'target/expolu/fork/default/seed-1.json')).fingerprint == record.fingerprint
return true
