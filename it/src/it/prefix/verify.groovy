def log = new File(basedir, 'build.log').text
assert log.contains('expolu:0.1.0-SNAPSHOT:train (default-cli)')
assert log.contains('Training 3 run(s) of 1 experiment(s) on 2 thread(s)')
assert log.contains('BUILD SUCCESS')
return true
