import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// ND4J's start-up banner stays out of the build's log
assert !log.contains('Loaded [CpuBackend] backend')
assert !log.contains('Blas vendor')
// the fork's expected stderr (the incubator module, SLF4J without a binding) stays out too
assert log.contains('Training in a forked JVM (')
assert !log.contains('SLF4J:') && !log.contains('Using incubator modules')
// and JavaCPP's notice that OpenBLAS's preset was built with an older JavaCPP (one JavaCPP serves both)
assert !log.contains('Versions of org.bytedeco')
[1, 2].each { seed ->
    def fused = new JsonSlurper().parse(new File(basedir, "target/expolu/engines/fused/seed-${seed}.json"))
    def dl4j = new JsonSlurper().parse(new File(basedir, "target/expolu/engines/dl4j/seed-${seed}.json"))
    assert fused.provenance.engine == 'fused'
    assert dl4j.provenance.engine == 'dl4j'
    assert dl4j.provenance.device.startsWith('nd4j-cpu ')
    assert fused.provenance.device == 'jvm'
    fused.losses.eachWithIndex { loss, i ->
        assert Math.abs(loss - dl4j.losses[i]) <= 1e-12 * Math.abs(loss) : "seed ${seed} round ${i + 1}: ${loss} vs ${dl4j.losses[i]}"
    }
}
return true
