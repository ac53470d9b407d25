def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] Experiment expectations missed:')
assert log.contains('claim/default: finalLoss <= 1e-9 in >= 2 of 3 seeds: 0 of 3 met it')
assert log.contains('BUILD SUCCESS')
return true
