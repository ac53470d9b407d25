// The same experiment trained by the plugin twice: on local threads, then as Spark tasks (local[2])
// in the forked JVM, with expolu-spark a dependency of the plugin in this project alone.
def log = new File(basedir, 'build.log').text
assert log.contains('Training 3 run(s) of 1 experiment(s) on 1 thread(s)')
assert log.contains('Training 3 run(s) of 1 experiment(s) on Spark at local[2]')
assert log.contains('Spark application local-') : 'Spark started: the runs were not taken from a cache'
assert (log =~ /tiny\/default\/seed-\d: done \(\d of 3\)/).size() == 6 : 'each run trained by each execution'
assert log.contains('BUILD SUCCESS')
assert !log.contains('SLF4J')
assert !log.contains('resolved with') : 'the declared expolu-spark stands; nothing resolved on demand'
def json = new groovy.json.JsonSlurper()
(1..3).each { seed ->
    def local = json.parse(new File(basedir, "target/local/tiny/default/seed-${seed}.json"))
    def spark = json.parse(new File(basedir, "target/expolu/tiny/default/seed-${seed}.json"))
    assert spark.fingerprint == local.fingerprint
    assert spark.losses == local.losses
    assert spark.setup == local.setup
    assert spark.provenance == local.provenance
}
// the lock the first execution wrote holds the Spark build's curves bit for bit, under the same key
assert new File(basedir, 'src/experiments/tiny.lock.json').isFile()
assert !log.contains('differs from its lock') && !log.contains('moved from round') && !log.contains('settings changed since')
assert !log.contains('not comparable')
assert log.contains('Lock tiny.lock.json: 3 run(s) match bit for bit')
return true
