// build 1 trains and build 3's edit starts from the source as committed, whatever an earlier run of this IT left
new File(basedir, 'target').deleteDir()
def source = new File(basedir, 'src/test/java/com/example/LineTrainer.java')
source.text = source.text.replace('run.number("learningRate", 0.04)', 'run.number("learningRate", 0.05)')
return true
