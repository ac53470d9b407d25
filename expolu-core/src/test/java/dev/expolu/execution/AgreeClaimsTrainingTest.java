package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.record.RunRecord;
import dev.expolu.record.RunRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * agree claims through the whole job: trained runs against reference runs, a line each in the log,
 * the reference in the summary, a test case each in the Surefire XML, the overlay in the HTML report,
 * and the build's failure where a claim does not hold.
 */
class AgreeClaimsTrainingTest {

    private static final String EXPERIMENT = """
            name: ported
            data: {points: [[-1, 2], [0, 0], [1, 2]]}
            model: {layers: 3, width: 8, activation: expolu}
            training: {rounds: 20, learningRate: 1.0e-3, dtype: float64}
            seeds: {from: 1, count: 6}
            variants:
              same:
                reference: {json: "reference/same/seed-*.json", label: its own records}
              other:
                reference: {json: "reference/other/run-*.json", label: made up}
            """;

    @TempDir
    Path dir;

    @Test
    void claimsAreJudgedLoggedAndReported() throws Exception {
        Path experiments = Files.createDirectories(dir.resolve("experiments"));
        Path file = experiments.resolve("ported.yaml");
        Files.writeString(file, EXPERIMENT.replaceAll("(?m)^    reference:.*\\n", "").replace("same:", "same: {}")
                .replace("other:", "other: {}"));
        TrainRequest first = request(experiments, dir.resolve("first"));
        List<RunRecord> trained = Training.train(List.of(dev.expolu.experiment.ExperimentLoader.load(file)), first,
                TrainingLog.NONE);
        // the same runs as a reference (an expolu record's "losses" reads like ref_fast.py's "curve"), and
        // runs a thousand times higher at the end, as another library's
        Path same = Files.createDirectories(experiments.resolve("reference/same"));
        Path other = Files.createDirectories(experiments.resolve("reference/other"));
        for (RunRecord r : trained) {
            if (r.variant().equals("same")) {
                RunRecords.writeTo(same.resolve("seed-" + r.seed() + ".json"), r);
            } else {
                double[] losses = r.losses();
                losses[losses.length - 1] *= 1000;
                Files.writeString(other.resolve("run-" + r.seed() + ".json"), "{\"curve\": " + Arrays.stream(losses)
                        .mapToObj(v -> String.format(Locale.ROOT, "%.17g", v)).collect(Collectors.joining(", ", "[",
                                "]")) + "}");
            }
        }
        Files.writeString(file, EXPERIMENT + """
                agree:
                  - {metric: finalLoss, variant: same, test: mannWhitney}
                  - {metric: finalLoss, variant: same, test: equivalence, margin: {decades: 1}}
                  - {metric: finalLoss, variant: other, test: mannWhitney}
                """);
        List<String> lines = new ArrayList<>();
        TrainResult result = Training.run(request(experiments, dir.resolve("second")), TrainingLog.of(lines::add,
                lines::add));

        assertThat(result.agreements()).hasSize(3);
        assertThat(result.agreements()).extracting(a -> a.holds()).containsExactly(true, true, false);
        assertThat(result.passed()).isFalse();
        assertThat(result.failureMessage()).isEqualTo("Agreements with reference runs not shown:"
                + System.lineSeparator() + "  ported: " + result.agreements().get(2).describe());
        assertThat(result.agreements().get(2).describe()).startsWith("finalLoss differs between other and its reference"
                + " (made up, 6 runs): p = 2.16e-3 two-sided, but expected p > 0.05");
        assertThat(lines).contains("  agree: " + result.agreements().get(0).describe());
        assertThat(lines).anyMatch(l -> l.matches("  +reference +6 .* its own records, 6 runs"));

        String xml = Files.readString(dir.resolve("second/reports/TEST-expolu.ported.xml"));
        assertThat(xml).contains("tests=\"5\"", "failures=\"1\"",
                "name=\"agree: finalLoss of same and its reference (mannWhitney)\"",
                "name=\"agree: finalLoss of other and its reference (mannWhitney)\"",
                "type=\"expolu.AgreementNotShown\"");
        String html = Files.readString(dir.resolve("second/reports/index.html"));
        assertThat(Pattern.compile("<path class=\"reference\"[^>]* stroke-dasharray=\"5 3\" d=\"M[0-9.]+ [0-9.]+ L")
                .matcher(html).results().count()).isEqualTo(12);
        assertThat(html).contains("<h4>Against the reference runs</h4>", "<td class=\"who\">these runs (same)</td>",
                "<td class=\"who\">reference (its own records, 6 runs)</td>",
                "grey dashes: the reference runs", "<li class=\"missed\">finalLoss differs between other");
    }

    private static TrainRequest request(Path experiments, Path out) {
        return new TrainRequest(experiments, List.of(), out.resolve("records"), out.resolve("reports"), 2,
                Duration.ofHours(1));
    }
}
