def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/experiments/broken.yaml').canonicalPath
assert log.contains('Invalid experiment file(s), nothing trained')
assert log.contains(file + ':3: model.layers is 1, but expected at least 2')
assert log.contains(file + ":3: model.activation is 'swish', but expected one of [identity, expolu, powerlu, paralu, quartlu, sigmoid, relu]")
assert !log.contains('Training ')
assert !new File(basedir, 'target/expolu').exists()
return true
