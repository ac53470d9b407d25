def log = new File(basedir, 'build.log').text
// what precedes the first build's scan (a pre-build script's line, naming this folder) is no build
def builds = log.split(/(?m)^\[INFO\] Scanning for projects/).toList().drop(1)
assert builds.size() == 2 : 'two builds in build.log'
def (generate, build) = builds

// 1: the project generated from the archetype this build made, its expolu the archetype's own version
assert generate =~ /archetype:[\d.]+:generate/
assert generate.contains('BUILD SUCCESS')
def project = new File(basedir, 'demo')
def version = (generate =~ /from Archetype: expolu-archetype:(\S+)/)[0][1]
assert generate.contains("Parameter: expoluVersion, Value: ${version}")
def pom = new File(project, 'pom.xml').text
assert pom.contains("<expolu.version>${version}</expolu.version>")
assert pom.contains('<groupId>com.example</groupId>') && pom.contains('<artifactId>demo</artifactId>')
assert !pom.contains('${groupId}') && !pom.contains('${expoluVersion}')
['src/experiments/first-claim.yaml', 'src/experiments/first-claim.lock.json',
 'src/test/java/com/example/FirstClaimTest.java'].each { assert new File(project, it).isFile() : it }
assert new File(project, 'src/test/java/com/example/FirstClaimTest.java').text.startsWith('package com.example;')

// 2: its JUnit test ran through expolu-assertj, then expolu:train of the archetype's version gated the same runs
assert build.contains('Running com.example.FirstClaimTest')
assert build.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert build.contains("--- expolu:${version}:train (default) @ demo ---")
assert build.contains('Every one of the 8 run(s) is in the run cache: nothing to train, no training JVM started')
assert build.contains('Experiment first-claim (first-claim.yaml)')
assert build =~ /default +8 .*roundsTo\(1e-3\) <= 300: 8 of 8 \(need 8\)/
// the lock the archetype carries gates the runs as they train on this machine, bit for bit
assert build.contains('Lock first-claim.lock.json: 8 run(s) match bit for bit')
assert build.contains('BUILD SUCCESS')
assert new File(project, 'target/expolu-reports/TEST-expolu.first-claim.xml').isFile()
assert new File(project, 'target/surefire-reports/TEST-com.example.FirstClaimTest.xml').isFile()
return true
