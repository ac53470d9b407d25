package dev.expolu.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.judge.Agreement;
import dev.expolu.judge.Metric;
import dev.expolu.reference.ReferenceRun;
import dev.expolu.reference.ReferenceRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reference:} runs and {@code agree:} claims: read from files beside the experiment, refused with their line. */
class ReferenceLoaderTest {

    private static final String BASE = """
            name: ported
            data: {points: [[-1, 2], [0, 0], [1, 2]]}
            model: {layers: 3, width: 8, activation: expolu}
            training: {rounds: 4, learningRate: 1.0e-3}
            seeds: [1, 2, 3]
            variants:
              expolu:
                reference: {json: "reference/expolu_s*.json", label: PyTorch}
              relu:
                model: {activation: relu}
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void referenceRuns() throws IOException {
        for (int seed : new int[] {10, 2, 0}) {
            json("reference/expolu_s" + seed + ".json", "{\"seed\": " + seed + ", \"act\": 1, \"n\": 8, \"layers\": 3,"
                    + " \"rounds\": 4, \"curve\": [4.0, 3.0, 2.0, " + (seed + 1) + ".0e-4]}");
        }
    }

    @Test
    void readsJsonRunsByPatternInNaturalOrder() throws Exception {
        Experiment experiment = load(BASE + "agree:\n  - {metric: {roundsTo: 1.0e-3}, variant: expolu}\n");

        ReferenceRuns runs = experiment.references().of("expolu").orElseThrow();
        assertThat(runs.label()).isEqualTo("PyTorch");
        assertThat(runs.runs()).extracting(ReferenceRun::name)
                .containsExactly("expolu_s0.json", "expolu_s2.json", "expolu_s10.json");
        assertThat(runs.runs().get(1).curve().losses()).containsExactly(4, 3, 2, 3e-4);
        assertThat(runs.describe()).isEqualTo("PyTorch, 3 runs");
        assertThat(experiment.references().of("relu")).isEmpty();
        assertThat(experiment.references().claims()).containsExactly(new Agreement(new Metric.RoundsTo(1e-3), "expolu",
                Agreement.Test.MANN_WHITNEY, 0.05, OptionalDouble.empty()));
    }

    @Test
    void readsAListOfFilesAndEveryForm() throws Exception {
        Experiment experiment = load(BASE.replace("{json: \"reference/expolu_s*.json\", label: PyTorch}",
                "{json: [reference/expolu_s2.json, reference/expolu_s0.json]}") + """
                agree:
                  - {metric: finalLoss, variant: expolu, test: equivalence, margin: {decades: 0.5}, pValue: 0.01}
                  - {metric: minLoss, variant: expolu, test: mannWhitney}
                  - {metric: {roundsTo: 1.0e-3}, variant: expolu, test: equivalence, margin: {rounds: 30}}
                  - {metric: {converged: 1.0e-3}, variant: expolu, test: equivalence, margin: {share: 0.2}}
                """);

        assertThat(experiment.references().of("expolu").orElseThrow().runs()).extracting(ReferenceRun::name)
                .containsExactly("expolu_s2.json", "expolu_s0.json");
        assertThat(experiment.references().claims()).extracting(Agreement::toString).containsExactly(
                "finalLoss of expolu and its reference (equivalence within 0.5 decades)",
                "minLoss of expolu and its reference (mannWhitney)",
                "roundsTo(1e-3) of expolu and its reference (equivalence within 30 rounds)",
                "converged(1e-3) of expolu and its reference (equivalence within 0.2 share)");
        assertThat(experiment.references().claims().get(0).pValue()).isEqualTo(0.01);
    }

    @Test
    void readsCsvCurvesByColumnAndByRow() throws Exception {
        Files.writeString(dir.resolve("reference/columns.csv"), """
                # two runs of another library, a round a line
                run-a, run-b
                4, 5
                3, 4
                2, 3
                1e-4, 2e-4
                """);
        Files.writeString(dir.resolve("reference/rows.csv"), "a,4,3,2,1e-4\n\nb,5,4,3,2e-4\n");
        Experiment columns = load(BASE.replace("{json: \"reference/expolu_s*.json\", label: PyTorch}",
                "{csv: reference/columns.csv, curves: columns}"));
        Experiment rows = load(BASE.replace("{json: \"reference/expolu_s*.json\", label: PyTorch}",
                "{csv: reference/rows.csv, curves: rows}"));

        assertThat(columns.references().of("expolu").orElseThrow().runs()).extracting(ReferenceRun::name)
                .containsExactly("columns.csv run-a", "columns.csv run-b");
        assertThat(columns.references().of("expolu").orElseThrow().runs().get(1).curve().losses())
                .containsExactly(5, 4, 3, 2e-4);
        assertThat(rows.references().of("expolu").orElseThrow().runs()).extracting(ReferenceRun::name)
                .containsExactly("rows.csv a", "rows.csv b");
        assertThat(rows.references().of("expolu").orElseThrow().runs().get(0).curve().losses())
                .containsExactly(4, 3, 2, 1e-4);
    }

    @Test
    void aFileWithoutVariantsHasItsReferenceAtTheTop() throws Exception {
        Experiment experiment = load("""
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 3, width: 8, activation: expolu}
                training: {rounds: 4}
                reference: {json: reference/expolu_s0.json}
                agree:
                  - {metric: finalLoss}
                """);
        assertThat(experiment.references().of(Variant.DEFAULT).orElseThrow().describe()).isEqualTo("1 run");
        assertThat(experiment.references().claims()).singleElement().extracting(Agreement::variant)
                .isEqualTo(Variant.DEFAULT);
    }

    @Test
    void refusesMissingFilesAndPatternsThatMatchNothing() {
        assertProblem(BASE.replace("reference/expolu_s*.json", "reference/expolu_s7.json"),
                ":8: variants.expolu.reference.json names " + dir.resolve("reference/expolu_s7.json")
                        + ", which does not exist");
        assertProblem(BASE.replace("reference/expolu_s*.json", "reference/relu_s*.json"),
                ":8: variants.expolu.reference.json is 'reference/relu_s*.json', which matches no file in "
                        + dir.resolve("reference"));
        assertProblem(BASE.replace("reference/expolu_s*.json", "ref*/expolu_s0.json"),
                ":8: variants.expolu.reference.json is 'ref*/expolu_s0.json', but expected wildcards in the file"
                        + " name only");
    }

    @Test
    void refusesACurveOfAnotherLengthOrSize() throws IOException {
        json("reference/expolu_s2.json", "{\"curve\": [4.0, 3.0, 2.0]}");
        assertProblem(BASE, ":8: variants.expolu.reference.json expolu_s2.json has 3 losses, but expected 4, one a"
                + " round of the variant's training.rounds");
        json("reference/expolu_s2.json", "{\"n\": 512, \"layers\": 30, \"curve\": [4.0, 3.0, 2.0, 1.0]}");
        assertProblem(BASE, ":8: variants.expolu.reference.json reference/expolu_s2.json was made at n = 512, but"
                + " expected the variant's model.width 8");
        assertProblem(BASE, ":8: variants.expolu.reference.json reference/expolu_s2.json was made at layers = 30,"
                + " but expected the variant's model.layers 3");
    }

    @Test
    void refusesNaNInfinityNegativeAndNonNumbersWithTheirRound() throws IOException {
        json("reference/expolu_s2.json", "{\"curve\": [4.0, NaN, 2.0, 1.0]}"); // as Python's json writes a NaN
        assertProblem(BASE, ":8: variants.expolu.reference.json reference/expolu_s2.json round 2 is NaN, but"
                + " expected a loss: a finite number of at least 0 (a run that diverged cannot be a reference)");
        json("reference/expolu_s2.json", "{\"curve\": [4.0, 3.0, Infinity, 1.0]}");
        assertProblem(BASE, "reference/expolu_s2.json round 3 is Infinity, but expected a loss");
        json("reference/expolu_s2.json", "{\"curve\": [4.0, 3.0, 2.0, -1.0]}");
        assertProblem(BASE, "reference/expolu_s2.json round 4 is -1.0, but expected a loss");
        json("reference/expolu_s2.json", "{\"curve\": [4.0, \"3\", 2.0, 1.0]}");
        assertProblem(BASE, "reference/expolu_s2.json round 2 is \"3\", but expected a number");
        json("reference/expolu_s2.json", "{\"losses\": 4}");
        assertProblem(BASE, "reference/expolu_s2.json has no \"curve\" list; expected {\"curve\": [...]} as"
                + " ref_fast.py writes it");
        json("reference/expolu_s2.json", "{\"curve\": [4.0, 3.0,");
        assertProblem(BASE, "reference/expolu_s2.json is not valid JSON");
    }

    @Test
    void refusesBrokenCsv() throws IOException {
        String csv = BASE.replace("{json: \"reference/expolu_s*.json\", label: PyTorch}",
                "{csv: reference/runs.csv, curves: columns}");
        Files.writeString(dir.resolve("reference/runs.csv"), "4, 5\n3, 4\n2\n1, 1\n");
        assertProblem(csv, ":8: variants.expolu.reference.csv reference/runs.csv line 3 has 1 values, but expected 2,"
                + " one a curve");
        Files.writeString(dir.resolve("reference/runs.csv"), "4, 5\n3, nan\n2, 2\n1, 1\n");
        assertProblem(csv, "reference/runs.csv line 2 column 2 is 'nan', but expected a number");
        Files.writeString(dir.resolve("reference/runs.csv"), "4, 5\n3, NaN\n2, 2\n1, 1\n");
        assertProblem(csv, "reference/runs.csv line 2 column 2 is NaN, but expected a loss");
        assertProblem(csv.replace("curves: columns", "curves: diagonal"), ":8: variants.expolu.reference.curves is"
                + " 'diagonal', but expected columns (a curve a column, a round a row) or rows (a curve a row)");
    }

    @Test
    void refusesPathsOutOfTheExperimentsFolder() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        json("outside/run.json", "{\"curve\": [4.0, 3.0, 2.0, 1.0]}");
        Path experiments = Files.createDirectories(dir.resolve("experiments"));
        String escape = BASE.replace("reference/expolu_s*.json", "../outside/run.json");
        Path file = Files.writeString(experiments.resolve("escape.yaml"), escape);
        assertThatThrownBy(() -> ExperimentLoader.load(file)).hasMessageContaining(":8: variants.expolu.reference.json"
                + " is '../outside/run.json', but expected a path inside the experiment's folder " + experiments);
        Files.writeString(file, BASE.replace("reference/expolu_s*.json", outside.resolve("run.json").toString()));
        assertThatThrownBy(() -> ExperimentLoader.load(file)).hasMessageContaining("but expected a path inside the"
                + " experiment's folder");
        Files.createSymbolicLink(experiments.resolve("linked"), outside);
        Files.writeString(file, BASE.replace("reference/expolu_s*.json", "linked/run.json"));
        assertThatThrownBy(() -> ExperimentLoader.load(file)).hasMessageContaining("is 'linked/run.json', but expected"
                + " a path inside the experiment's folder");
        Files.writeString(file, BASE.replace("reference/expolu_s*.json", "linked/*.json"));
        assertThatThrownBy(() -> ExperimentLoader.load(file)).hasMessageContaining("is 'linked/*.json', but expected"
                + " a path inside the experiment's folder");
    }

    @Test
    void refusesBadReferenceKeys() {
        assertProblem(BASE.replace("label: PyTorch}", "label: PyTorch, csv: x.csv}"),
                ":8: variants.expolu.reference has both json and csv; expected one of them");
        assertProblem(BASE.replace("{json: \"reference/expolu_s*.json\", label: PyTorch}", "{label: PyTorch}"),
                ":8: variants.expolu.reference has neither json nor csv");
        assertProblem(BASE.replace("label: PyTorch}", "label: PyTorch, curves: rows}"),
                ":8: variants.expolu.reference.curves is given for json, which holds one curve a file");
        assertProblem(BASE.replace("label: PyTorch}", "label: PyTorch, seed: 3}"),
                ":8: variants.expolu.reference.seed is not a known key; expected one of [csv, curves, json, label]");
        assertProblem(BASE + "reference: {json: reference/expolu_s0.json}\n",
                ":11: reference stands at the top, but the file has variants; expected it inside the variant whose"
                        + " runs it matches");
    }

    @Test
    void agreesOnTheLossInTheFormsOtherClaimsWrite() throws Exception {
        Experiment experiment = load(BASE + """
                agree:
                  - {metric: {final: loss}, variant: expolu}
                  - {metric: {best: loss}, variant: expolu}
                  - {metric: {roundsTo: {metric: loss, value: 1.0e-3}}, variant: expolu}
                """);

        assertThat(experiment.references().claims()).extracting(Agreement::metric).containsExactly(
                new Metric.FinalLoss(), new Metric.MinLoss(), new Metric.RoundsTo(1e-3));
    }

    @Test
    void refusesAnAgreementOnACurveReferenceRunsDoNotHold() {
        String why = ", but reference runs hold a loss curve alone, so only the loss can agree; expected loss, or one"
                + " of finalLoss, minLoss, {roundsTo: LOSS} or {converged: LOSS}";
        assertProblem(BASE + "agree:\n  - {metric: {final: accuracy}, variant: expolu}\n",
                ":12: agree[0].metric.final is accuracy" + why);
        assertProblem(BASE + "agree:\n  - {metric: {best: accuracy}, variant: expolu}\n",
                ":12: agree[0].metric.best is accuracy" + why);
        assertProblem(BASE + "agree:\n  - variant: expolu\n    metric:\n      roundsTo: {metric: accuracy, value: 0.9}\n",
                ":14: agree[0].metric.roundsTo.metric is accuracy" + why);
        assertProblem(BASE + "agree:\n  - {metric: {roundsTo: {metric: loss}}, variant: expolu}\n",
                ":12: agree[0].metric.roundsTo.value is missing; expected {metric: loss, value: LOSS}, or"
                        + " {roundsTo: LOSS}");
    }

    @Test
    void refusesBadAgreeClaimsWithTheirLines() {
        assertProblem(BASE + "agree:\n  - {metric: finalLoss, variant: sigmoid}\n",
                ":12: agree[0].variant is 'sigmoid', but expected one of the variants [expolu, relu]");
        assertProblem(BASE + "agree:\n  - {metric: finalLoss, variant: relu}\n",
                ":12: agree[0].variant is 'relu', which has no reference runs; expected a variant with a reference:"
                        + " [expolu]");
        assertProblem(BASE + "agree:\n  - {metric: finalLoss}\n",
                ":12: agree[0].variant is missing; expected one of the variants with a reference [expolu]");
        assertProblem(BASE + "agree:\n  - {metric: finalLoss, variant: expolu, test: equivalence}\n",
                ":12: agree[0].margin is missing; expected {decades: X} for an equivalence of finalLoss");
        assertProblem(BASE + "agree:\n  - {metric: {roundsTo: 1.0e-3}, variant: expolu, test: equivalence,"
                + " margin: {decades: 1}}\n", ":12: agree[0].margin is {decades: ...}, but roundsTo(1e-3) takes its"
                        + " margin in rounds: expected {rounds: X}");
        assertProblem(BASE + "agree:\n  - {metric: finalLoss, variant: expolu, margin: {decades: 1}}\n",
                ":12: agree[0].margin is given, but test mannWhitney takes no margin; expected test: equivalence for a"
                        + " margin");
        assertProblem(BASE + "agree:\n  - {metric: {converged: 1.0e-3}, variant: expolu, test: equivalence,"
                + " margin: {share: 1}}\n", ":12: agree[0].margin.share is 1.0, but expected more than 0 and less"
                        + " than 1");
        assertProblem(BASE + "agree:\n  - {metric: finalLoss, variant: expolu, test: tTest}\n",
                ":12: agree[0].test is 'tTest', but expected one of [mannWhitney, equivalence]");
        assertProblem(BASE + "agree:\n  - {metric: finalLoss, variant: expolu, pValue: 0.5}\n",
                ":12: agree[0].pValue is 0.5, but expected more than 0 and less than 0.5, such as 0.05");
        assertProblem(BASE + "agree:\n  - {metric: lastLoss, variant: expolu}\n",
                ":12: agree[0].metric is 'lastLoss', but expected finalLoss, minLoss, {roundsTo: LOSS} or"
                        + " {converged: LOSS}");
    }

    private Experiment load(String yaml) throws Exception {
        return ExperimentLoader.load(Files.writeString(dir.resolve("ported.yaml"), yaml));
    }

    private void json(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), text);
    }

    private void assertProblem(String yaml, String expected) {
        Path file;
        try {
            file = Files.writeString(dir.resolve("broken.yaml"), yaml);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> ExperimentLoader.load(file))
                .isInstanceOf(ExperimentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(expected);
    }
}
