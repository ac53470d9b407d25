def log = new File(basedir, 'build.log').text
assert log.contains('Skipping expolu:train (expolu.skip)')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/expolu').exists()
return true
