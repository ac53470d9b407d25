package dev.expolu.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that includes one experiment ({@code -Dexpolu.include}) keeps the others' last results in the
 * index: listed with the verdict their own page states, their sections shown, their pages left as they
 * were. Between the two builds the excluded experiment's file is changed so that it would pass: judged
 * again, it would read "passed"; listed from its page it still reads "failed".
 */
class IncludeKeepsIndexTest {

    private static final String SETUP = """
            data: {points: [[-1, 2], [0, 0], [1, 2]]}
            model: {layers: 2, width: 4, activation: relu}
            training: {rounds: 5, dtype: float64}
            seeds: [1, 2]
            """;

    @TempDir
    Path dir;

    @Test
    void anIncludeKeepsEveryOtherExperimentInTheIndex() throws Exception {
        Path experiments = Files.createDirectories(dir.resolve("experiments"));
        Files.writeString(experiments.resolve("kept.yaml"), SETUP + "expect: [{finalLoss: {atMost: 1.0e-300}}]\n");
        Files.writeString(experiments.resolve("rerun.yaml"), SETUP + "expect: [{finalLoss: {atMost: 1.0e+6}}]\n");
        Path reports = dir.resolve("reports");
        train(experiments, reports, List.of());
        Path keptPage = reports.resolve("experiments/kept.html");
        String before = Files.readString(keptPage);
        FileTime written = Files.getLastModifiedTime(keptPage);
        Files.writeString(experiments.resolve("kept.yaml"), SETUP + "expect: [{finalLoss: {atMost: 1.0e+6}}]\n");

        train(experiments, reports, List.of("rerun"));

        String index = Files.readString(reports.resolve("index.html"));
        assertThat(index).contains("<tr data-experiment=\"kept\" data-verdict=\"failed\">",
                "<tr data-experiment=\"rerun\" data-verdict=\"passed\">",
                "<p>Passed: 1 of 1 claim met in 1 experiment.</p>",
                "1 experiment not in this build is listed with its verdict from an earlier build",
                "kept: from an earlier build (", "finalLoss &lt;= 1e-300 in &gt;= 2 of 2 seeds: 0 of 2 met it");
        assertThat(Pattern.compile("<section class=\"experiment\" id=\"kept\">").matcher(index).results().count())
                .isEqualTo(1);
        assertThat(Pattern.compile("<section class=\"experiment\" id=\"rerun\">").matcher(index).results().count())
                .isEqualTo(1);
        assertThat(Files.readString(keptPage)).as("the excluded experiment's page, untouched").isEqualTo(before);
        assertThat(Files.getLastModifiedTime(keptPage)).isEqualTo(written);
        assertThat(reports.resolve("experiments/rerun.html")).content().contains("<h1>expolu report: rerun</h1>",
                "<meta name=\"expolu-verdict\" content=\"passed;1;1;0\">", "<a href=\"../index.html\">");
    }

    private void train(Path experiments, Path reports, List<String> includes) throws Exception {
        Training.run(new TrainRequest(experiments, includes, dir.resolve("records"), reports, 2, Duration.ofHours(1)),
                TrainingLog.NONE);
    }
}
