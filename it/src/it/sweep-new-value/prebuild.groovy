// a rerun of the ITs without clean must not find this project's runs cached from the last one
new File(basedir, 'target').deleteDir()
return true
