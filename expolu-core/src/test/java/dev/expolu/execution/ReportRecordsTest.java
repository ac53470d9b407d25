package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code expolu:report} judges the records the runs left, under the file as it is now: a changed
 * claim is judged on the same records; a record trained with another setup than the file now gives
 * its run is left out and named, never judged as if it were that run's.
 */
class ReportRecordsTest {

    private static final String EXPERIMENT = """
            data: {points: [[-1, 2], [0, 0], [1, 2]]}
            model: {layers: 3, width: 8, activation: expolu}
            training: {rounds: 6, learningRate: 1.0e-3, dtype: float64}
            seeds: [1, 2]
            expect:
              - finalLoss: {atMost: %s}
            """;

    @TempDir
    Path dir;

    @Test
    void aChangedClaimIsJudgedOnTheSameRecordsAndAChangedSetupLeavesThemOut() throws Exception {
        Path experiments = Files.createDirectories(dir.resolve("experiments"));
        Path file = experiments.resolve("e.yaml");
        Files.writeString(file, EXPERIMENT.formatted("1.0e6"));
        TrainRequest request = new TrainRequest(experiments, List.of(), dir.resolve("records"), dir.resolve("reports"),
                1, Duration.ofHours(1));
        assertThat(Training.run(request, TrainingLog.NONE).passed()).isTrue();

        Files.writeString(file, EXPERIMENT.formatted("1.0e-30"));
        List<String> warnings = new ArrayList<>();
        TrainResult claimChanged = Training.report(request, TrainingLog.of(l -> { }, warnings::add));
        assertThat(claimChanged.variants()).singleElement().satisfies(v -> assertThat(v.runs()).hasSize(2));
        assertThat(claimChanged.passed()).as("the new claim, on the records").isFalse();
        assertThat(warnings).isEmpty();

        Files.writeString(file, EXPERIMENT.formatted("1.0e6").replace("rounds: 6", "rounds: 7"));
        TrainResult setupChanged = Training.report(request, TrainingLog.of(l -> { }, warnings::add));
        assertThat(setupChanged.variants()).isEmpty();
        assertThat(warnings).containsExactly("2 record(s) of runs whose setup changed since they were trained, left"
                + " out of the report (run expolu:train): [e/default/seed-1, e/default/seed-2]");
    }
}
