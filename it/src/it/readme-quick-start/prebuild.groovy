// The README's quick start as written: each fenced block after a marker <!-- quick-start: PATH --> is
// written to PATH in this project, unchanged (the pom over the stand-in, the experiment beside it).
// readme and projectVersion come from it/pom.xml's scriptVariables.
new File(basedir, 'target').deleteDir()
new File(basedir, 'src').deleteDir()
def text = new File(readme).text
def blocks = [:]
(text =~ /(?s)<!-- quick-start: (\S+) -->\n```[a-z]*\n(.*?)```/).each { all, path, block -> blocks[path] = block }
assert blocks.keySet() == ['pom.xml', 'src/experiments/first.yaml'] as Set : "quick-start blocks in $readme: ${blocks.keySet()}"
blocks.each { path, block ->
    def file = new File(basedir, path)
    file.parentFile.mkdirs()
    file.text = block
}
// the version the README tells a newcomer to declare is the one `./mvnw install` builds
def declared = (blocks['pom.xml'] =~ /<artifactId>expolu-maven-plugin<\/artifactId>\s*<version>([^<]+)<\/version>/)
assert declared.find() && declared.group(1) == projectVersion : "the README's plugin version, expected $projectVersion"
// the install command the README gives builds the plugin, and runs no tests, no gate and no IT
assert text.contains('./mvnw -B install -Dmaven.test.skip=true -pl expolu-maven-plugin,expolu-assertj,expolu-archetype -am')
return true
