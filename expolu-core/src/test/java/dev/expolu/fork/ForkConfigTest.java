package dev.expolu.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkConfigTest {

    @TempDir
    Path dir;

    @Test
    void theArgLineSplitsLikeAShellDoes() {
        assertThat(ForkConfig.splitArgLine("  -Xmx2g   -Dname='a b' \"-Dq=it's\" -Dempty=\"\"  "))
                .containsExactly("-Xmx2g", "-Dname=a b", "-Dq=it's", "-Dempty=");
        assertThat(ForkConfig.splitArgLine(null)).isEmpty();
        assertThat(ForkConfig.splitArgLine("   ")).isEmpty();
        assertThatThrownBy(() -> ForkConfig.splitArgLine("-Dname='a b"))
                .hasMessage("expolu.argLine is -Dname='a b, but its ' is not closed");
    }

    @Test
    void theCommandHasTheVectorModuleTheUsersOptionsAndTheRequestButNotTheClassPath() {
        ForkConfig config = new ForkConfig(Path.of("/jdk/bin/java"), List.of("-Xmx2g", "-Da=b c"),
                List.of(Path.of("/a.jar"), Path.of("/b.jar")), dir);

        assertThat(config.command(Path.of("/p/target/expolu-fork.json"))).containsExactly("/jdk/bin/java",
                "--add-modules", "jdk.incubator.vector", "-Xmx2g", "-Da=b c", "dev.expolu.fork.ForkMain",
                "/p/target/expolu-fork.json");
        assertThat(config.classPathVariable()).isEqualTo("/a.jar" + File.pathSeparator + "/b.jar");
    }

    @Test
    void aJvmIsAJavaExecutableOrAJdkHome() throws Exception {
        Path java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        java.toFile().setExecutable(true);

        assertThat(ForkConfig.javaOf(dir.resolve("jdk"))).isEqualTo(java);
        assertThat(ForkConfig.javaOf(java)).isEqualTo(java);
        assertThatThrownBy(() -> ForkConfig.javaOf(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expolu.jvm is " + dir + ", but expected a java executable or a JDK home with bin/java; "
                        + dir.resolve("bin/java") + " is not there");
        assertThat(ForkConfig.currentJava()).isRegularFile();
    }

    @Test
    void theExitStatusSaysHowTheForkEnded() {
        assertThat(ForkMonitor.ending(137, null)).startsWith("was killed (exit status 137, SIGKILL");
        assertThat(ForkMonitor.ending(134, null)).contains("SIGABRT").contains("hs_err_pid");
        assertThat(ForkMonitor.ending(139, null)).contains("SIGSEGV: a segmentation fault in native code");
        assertThat(ForkMonitor.ending(143, null)).isEqualTo("was terminated (exit status 143, SIGTERM)");
        assertThat(ForkMonitor.ending(1, null)).isEqualTo("ended with exit status 1");
        assertThat(ForkMonitor.ending(0, null))
                .isEqualTo("ended (exit status 0) before it said every run was recorded");
        assertThat(ForkMonitor.ending(1, "java.lang.OutOfMemoryError: Java heap space"))
                .isEqualTo("failed with java.lang.OutOfMemoryError: Java heap space (exit status 1)");
    }
}
