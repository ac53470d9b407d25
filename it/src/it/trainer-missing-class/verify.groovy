def log = new File(basedir, 'build.log').text
assert log.contains('typo.yaml:3: model.class is com.example.LineTrainr, but no such class is on the project\'s test class path')
assert !log.contains('Training in a forked JVM')
assert !new File(basedir, 'target/expolu').exists()
assert log.contains('BUILD FAILURE')
return true
