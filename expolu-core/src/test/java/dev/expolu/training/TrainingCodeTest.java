package dev.expolu.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training code's hash sees what a class executes, not where its lines stand: a comment edit
 * keeps it (and so the run cache's keys), a change of code does not.
 */
class TrainingCodeTest {

    private static final String KERNEL = """
            package p;

            final class Kernel {
                /** The sum of four lanes. */
                static float sum(float[] lanes) {
                    float left = lanes[0] + lanes[1];
                    float right = lanes[2] + lanes[3];
                    return left + right;
                }
            }
            """;

    @TempDir
    Path dir;

    private byte[] compile(String name, String source) throws Exception {
        Path src = Files.createDirectories(dir.resolve(name + "/src/p")).resolve("Kernel.java");
        Files.writeString(src, source);
        Path out = Files.createDirectories(dir.resolve(name + "/classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-g", "-d", out.toString(), src.toString());
        assertThat(status).as("javac of " + name).isZero();
        return Files.readAllBytes(out.resolve("p/Kernel.class"));
    }

    @Test
    void aCommentEditKeepsTheHashACodeChangeDoesNot() throws Exception {
        byte[] original = compile("original", KERNEL);
        byte[] commented = compile("commented", KERNEL.replace("    /** The sum of four lanes. */\n",
                "    /**\n     * The sum of four lanes,\n     * in pairs.\n     */\n"));
        byte[] reordered = compile("reordered", KERNEL.replace("return left + right;", "return right + left;"));

        assertThat(commented).as("the line numbers moved").isNotEqualTo(original);
        assertThat(TrainingCode.withoutDebug(commented)).isEqualTo(TrainingCode.withoutDebug(original));
        assertThat(TrainingCode.withoutDebug(reordered)).isNotEqualTo(TrainingCode.withoutDebug(original));
    }

    @Test
    void localVariableNamesAndTheSourceFileAreLeftOutToo() throws Exception {
        byte[] original = compile("original", KERNEL);
        byte[] renamed = compile("renamed", KERNEL.replace("left", "l").replace("right", "r"));
        assertThat(TrainingCode.withoutDebug(renamed)).isEqualTo(TrainingCode.withoutDebug(original));
        assertThat(new String(TrainingCode.withoutDebug(original), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Kernel.java").doesNotContain("LineNumberTable");
    }

    @Test
    void theHashIsOfTheTrainingPackagesAlone() {
        // every package whose code computes a curve: the dl4j kind's batches and scores, the trainer kind's rounds
        assertThat(TrainingCode.PACKAGES).isEqualTo(List.of("dev/expolu/activation/", "dev/expolu/network/",
                "dev/expolu/training/", "dev/expolu/dl4j/", "dev/expolu/trainer/"));
        assertThat(TrainingCode.hash()).matches("[0-9a-f]{16}");
    }
}
