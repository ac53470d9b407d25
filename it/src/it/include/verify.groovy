def log = new File(basedir, 'build.log').text
assert log.contains('Training 3 run(s) of 1 experiment(s)')
assert log.contains('Experiment good-one (good-one.yaml)')
assert !log.contains('Experiment failing')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/expolu/failing').exists()
return true
