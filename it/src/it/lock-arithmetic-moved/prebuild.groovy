// Two rewritten copies of the expolu-core this build installed, each under a version of its own in the
// ITs' repository, as a release of other training code would arrive (the profiles of pom.xml use them):
// - 0.0.0-commented: FusedTrainer's line numbers moved by three, as a comment added at its top moves them;
// - 0.0.0-planted: Float32Kernels.sum adds its eight lanes left to right in place of its pairwise order:
//   the same sum in exact arithmetic, other float32 bits. No switch in expolu's code makes either.
import groovyjarjarasm.asm.ClassReader
import groovyjarjarasm.asm.ClassVisitor
import groovyjarjarasm.asm.ClassWriter
import groovyjarjarasm.asm.Label
import groovyjarjarasm.asm.MethodVisitor
import groovyjarjarasm.asm.Opcodes
import java.util.zip.ZipEntry
import java.util.zip.ZipFile
import java.util.zip.ZipOutputStream

new File(basedir, 'target').deleteDir() // build 1 trains, whatever an earlier run of this IT cached

def cores = new File(localRepositoryPath, 'dev/expolu/expolu-core')
def installed = cores.listFiles().find { it.name.endsWith('-SNAPSHOT') }
def jar = installed.listFiles().find { it.name ==~ /expolu-core-.*-SNAPSHOT\.jar/ }
def pom = installed.listFiles().find { it.name ==~ /expolu-core-.*-SNAPSHOT\.pom/ }
assert jar && pom : 'expolu-core installed in ' + installed

def rewrite = { String version, String className, Closure<ClassVisitor> visitor ->
    def dir = new File(cores, version)
    dir.mkdirs()
    new File(dir, "expolu-core-${version}.pom").text = pom.text.replaceFirst(
            '<artifactId>expolu-core</artifactId>', "<artifactId>expolu-core</artifactId>\n  <version>${version}</version>")
    def changed = false
    new ZipOutputStream(new FileOutputStream(new File(dir, "expolu-core-${version}.jar"))).withCloseable { out ->
        new ZipFile(jar).withCloseable { zip ->
            zip.entries().each { ZipEntry e ->
                byte[] bytes = zip.getInputStream(e).bytes
                if (e.name == className + '.class') {
                    def writer = new ClassWriter(0)
                    new ClassReader(bytes).accept(visitor(writer), 0)
                    bytes = writer.toByteArray()
                    changed = true
                }
                out.putNextEntry(new ZipEntry(e.name))
                out.write(bytes)
                out.closeEntry()
            }
        }
    }
    assert changed : className + ' not found in ' + jar
}

rewrite('0.0.0-commented', 'dev/expolu/training/FusedTrainer') { ClassVisitor next ->
    new ClassVisitor(Opcodes.ASM9, next) {
        MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                void visitLineNumber(int line, Label start) {
                    super.visitLineNumber(line + 3, start)
                }
            }
        }
    }
}

rewrite('0.0.0-planted', 'dev/expolu/network/Float32Kernels') { ClassVisitor next ->
    new ClassVisitor(Opcodes.ASM9, next) {
        MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions)
            if (name != 'sum' || descriptor != '([F)F') {
                return method
            }
            // ((((((l0 + l1) + l2) + l3) + l4) + l5) + l6) + l7
            method.visitCode()
            method.visitVarInsn(Opcodes.ALOAD, 0)
            method.visitInsn(Opcodes.ICONST_0)
            method.visitInsn(Opcodes.FALOAD)
            for (int lane = 1; lane < 8; lane++) {
                method.visitVarInsn(Opcodes.ALOAD, 0)
                method.visitIntInsn(Opcodes.BIPUSH, lane)
                method.visitInsn(Opcodes.FALOAD)
                method.visitInsn(Opcodes.FADD)
            }
            method.visitInsn(Opcodes.FRETURN)
            method.visitMaxs(3, 1)
            method.visitEnd()
            return null // the pairwise body is dropped
        }
    }
}
return true
