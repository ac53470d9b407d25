package dev.expolu.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.judge.Judge;
import dev.expolu.record.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An experiment's verdict is the build's: a lock that fails the build fails it, claims all met or not;
 * nothing to judge is neither passed nor failed; and it reads back from the page it was written into.
 */
class VerdictTest {

    @TempDir
    Path dir;

    @Test
    void aFailedLockFailsAnExperimentWhoseClaimsWereMet() throws Exception {
        JudgedExperiment met = judged("expect: [{finalLoss: {atMost: 1}}]\n");
        JudgedExperiment locked = met.withLockFailures(List.of("met/default seed 1: the curve moved"));

        assertThat(Verdict.of(met)).isEqualTo(new Verdict("passed", 1, 1, 0));
        assertThat(Verdict.of(locked)).isEqualTo(new Verdict("failed", 1, 1, 1));
        assertThat(Verdict.of(locked).counts()).isEqualTo("1 of 1 claim met, 1 lock check failed");
        assertThat(Banner.html(List.of(Verdict.of(locked)), 0))
                .contains("<p>Failed: 1 lock check failed in 1 of 1 experiment; 1 of 1 claims met.</p>");
    }

    @Test
    void nothingToJudgeIsNeitherPassedNorFailed() throws Exception {
        Verdict none = Verdict.of(judged(""));

        assertThat(none.word()).isEqualTo("no claims");
        assertThat(Banner.html(List.of(none), 2)).contains("<div class=\"banner none\"",
                "Nothing judged: 1 experiment trained and recorded, no claims.",
                "2 experiments not in this build are listed with their verdicts from earlier builds");
    }

    @Test
    void itReadsBackFromItsPage() {
        Verdict v = new Verdict("failed", 3, 5, 1);

        assertThat(Verdict.read("<head>\n" + v.meta() + "\n</head>")).contains(v);
        assertThat(Verdict.read("<head></head>")).isEmpty();
    }

    private JudgedExperiment judged(String expect) throws Exception {
        Experiment e = ExperimentLoader.load(Files.writeString(dir.resolve("met.yaml"), """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 2, width: 4, activation: expolu}
                training: {rounds: 2}
                """ + expect));
        List<RunRecord> runs = List.of(TestRuns.run("met", "default", 1, 1, 0.5));
        var v = e.variants().get(0);
        return JudgedExperiment.of(e, List.of(new VariantResult(e, v, runs, Judge.judge(v.expectations(), runs))));
    }
}
