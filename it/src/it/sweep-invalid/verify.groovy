def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/experiments/grid.yaml').canonicalPath
assert log.contains('Invalid experiment file(s), nothing trained')
assert log.contains(file + ":5: model.layers is 'deep', but expected a number")
assert log.contains(file + ':6: sweep.model.width is empty; expected at least one value')
assert log.contains(file + ':7: sweep.model.depth is not a setting a sweep can vary; expected one of [')
assert !log.contains('is missing')   // the width is not "missing": its axis is refused
assert !log.contains('Training ')
assert !new File(basedir, 'target/expolu').exists()
return true
