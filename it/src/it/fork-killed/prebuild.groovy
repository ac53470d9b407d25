// Build 1's fork is killed with SIGKILL once it has finished seed 1 and is training seed 2: a daemon
// thread waits for seed 1's record and its "done" line, kills the process running the fork's main
// class on this project's request file, and keeps a copy of the records as the kill left them.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def target = new File(basedir, 'target')
target.deleteDir() // build 1 trains, whatever an earlier run of this IT left
def record = new File(basedir, 'target/expolu/fork/default/seed-1.json')
def buildLog = new File(basedir, 'build.log')
def fork = 'dev.expolu.fork.ForkMain ' + new File(basedir, 'target/expolu-fork.json').canonicalPath

Thread.startDaemon('fork-killed-it') {
    long deadline = System.currentTimeMillis() + 600_000
    while (System.currentTimeMillis() < deadline
            && !(record.isFile() && buildLog.isFile() && buildLog.text.contains('fork/default/seed-1: done'))) {
        sleep(50)
    }
    def forks = ProcessHandle.allProcesses().filter { it.info().commandLine().orElse('').contains(fork) }.toList()
    forks.each { it.destroyForcibly() }
    forks.each { it.onExit().get() }
    def kept = new File(basedir, 'target/after-kill')
    new File(basedir, 'target/expolu').eachFileRecurse { f ->
        if (f.isFile()) {
            def copy = new File(kept, f.path.substring(new File(basedir, 'target/expolu').path.length()))
            copy.parentFile.mkdirs()
            Files.copy(f.toPath(), copy.toPath(), StandardCopyOption.REPLACE_EXISTING)
        }
    }
    new File(basedir, 'target/killed.txt').text = forks.collect { it.pid() }.join(' ')
}
return true
