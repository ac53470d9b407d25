package dev.expolu.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.cache.RunCache;
import dev.expolu.dl4j.Dl4jFitEngine;
import dev.expolu.run.Precision;
import dev.expolu.run.TrainerSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache key of a run of the project's code covers every element of its test class path by
 * content: a dependency jar's bytes, wherever it lies, and the class folders without debug attributes.
 */
class ClassPathKeyTest {

    private static final TrainerSpec RUN = new TrainerSpec(LineTrainer.class.getName(), Map.of("learningRate", "0.05"),
            10, 3);

    @TempDir
    Path dir;

    @Test
    void aDependencyJarOfOtherContentIsAnotherKeyTheSameContentElsewhereTheSameKey() throws Exception {
        Path classes = classFolder(dir.resolve("target/test-classes"));
        Path jar = jar(dir.resolve("m2/com/example/dep/1.0/dep-1.0.jar"), "model weights 1");
        Path changed = jar(dir.resolve("m2/com/example/dep/1.1/dep-1.0.jar"), "model weights 2");
        Path copied = Files.createDirectories(dir.resolve("elsewhere/lib"));
        copied = Files.copy(jar, copied.resolve("renamed.jar"));

        String key = trainerKey(classes, jar);
        assertThat(trainerKey(classes, changed)).isNotEqualTo(key);
        assertThat(trainerKey(classes, copied)).isEqualTo(key);
        assertThat(dl4jCode(classes, changed)).isNotEqualTo(dl4jCode(classes, jar));
        assertThat(dl4jCode(classes, copied)).isEqualTo(dl4jCode(classes, jar));
    }

    @Test
    void theOrderOfTheClassPathIsPartOfTheKeyAsItDecidesWhichClassLoads() throws Exception {
        Path classes = classFolder(dir.resolve("target/test-classes"));
        Path jar = jar(dir.resolve("dep.jar"), "model weights 1");

        assertThat(ProjectClasses.of(List.of(classes, jar)).hash())
                .isNotEqualTo(ProjectClasses.of(List.of(jar, classes)).hash());
    }

    @Test
    void anElementThatIsNotThereAddsNothingSoACopyThatLeavesItOutHashesTheSame() throws Exception {
        Path jar = jar(dir.resolve("dep.jar"), "model weights 1");
        Path none = dir.resolve("target/classes"); // a project with no main classes

        assertThat(ProjectClasses.of(List.of(none, jar)).hash()).isEqualTo(ProjectClasses.of(List.of(jar)).hash());
    }

    @Test
    void aClassFolderJarredToTravelHashesAsTheFolderItWas() throws Exception {
        Path classes = classFolder(dir.resolve("target/test-classes"));
        Path jar = dir.resolve("test-classes.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("dev/expolu/trainer/LineTrainer.class", "settings.properties")) {
                out.putNextEntry(new JarEntry(name));
                Files.copy(classes.resolve(name), out);
                out.closeEntry();
            }
        }

        assertThat(ProjectClasses.of(List.of(jar), Set.of(jar)).hash())
                .isEqualTo(ProjectClasses.of(List.of(classes)).hash())
                .isNotEqualTo(ProjectClasses.of(List.of(jar)).hash());
    }

    @Test
    void aJarIsReadOnceForItsPathModificationTimeAndSize() throws Exception {
        Path jar = jar(dir.resolve("dep.jar"), "model weights 1");
        FileTime modified = Files.getLastModifiedTime(jar);
        String first = ClassPathHash.jar(jar);

        jar(dir.resolve("other.jar"), "model weights 2");
        Files.move(dir.resolve("other.jar"), jar, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(jar, modified);
        assertThat(ClassPathHash.jar(jar)).as("same path, time and size: remembered, not read").isEqualTo(first);

        Files.setLastModifiedTime(jar, FileTime.fromMillis(modified.toMillis() + 2000));
        assertThat(ClassPathHash.jar(jar)).as("a new time: read again").isNotEqualTo(first);
    }

    private static String trainerKey(Path classes, Path jar) {
        return RunCache.key(RUN, new TrainerEngine(ProjectClasses.of(List.of(classes, jar))).arithmetic(Precision.FLOAT64));
    }

    private static String dl4jCode(Path classes, Path jar) {
        return new Dl4jFitEngine(ProjectClasses.of(List.of(classes, jar))).arithmetic(Precision.FLOAT64).code();
    }

    /** A project's class folder: LineTrainer's class file and a resource. */
    private static Path classFolder(Path folder) throws IOException {
        Path file = folder.resolve("dev/expolu/trainer/LineTrainer.class");
        Files.createDirectories(file.getParent());
        try (var in = LineTrainer.class.getResourceAsStream("LineTrainer.class")) {
            Files.copy(in, file);
        }
        Files.writeString(folder.resolve("settings.properties"), "points=5\n");
        return folder;
    }

    /** A jar of one entry holding {@code content}: all jars of one length, so only the bytes differ. */
    private static Path jar(Path jar, String content) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            JarEntry entry = new JarEntry("weights.txt");
            entry.setTime(0);
            out.putNextEntry(entry);
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
