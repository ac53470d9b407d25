package dev.expolu.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every YAML example of docs/SWEEPS.md loads: the design notes cannot drift from the loader. */
class SweepDocsTest {

    private static final Path NOTES = Path.of("..", "docs", "SWEEPS.md");

    @TempDir
    Path dir;

    @Test
    void everyExampleOfTheDesignNotesLoads() throws Exception {
        List<String> examples = new ArrayList<>();
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(NOTES));
        while (m.find()) {
            examples.add(m.group(1));
        }
        assertThat(examples).hasSize(2);

        Experiment shape = ExperimentLoader.load(Files.writeString(dir.resolve("shape.yaml"), examples.get(0)));
        assertThat(shape.sweep().orElseThrow().cells()).hasSize(16);
        assertThat(shape.sweep().get().claims()).hasSize(3);
        assertThat(shape.variants()).hasSize(32);

        Experiment labelled = ExperimentLoader.load(Files.writeString(dir.resolve("labels.yaml"), examples.get(1)));
        assertThat(labelled.sweep().orElseThrow().cells()).extracting(c -> c.name())
                .contains("activation-expolu-p3_powers-p12_dtype-float64").hasSize(8);
    }
}
