// archetype:generate refuses a folder that exists: the project an earlier run of this IT generated goes
new File(basedir, 'demo').deleteDir()
return true
