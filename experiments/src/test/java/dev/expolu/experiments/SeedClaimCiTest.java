package dev.expolu.experiments;

import static dev.expolu.assertj.ExpoluAssertions.assertThat;

import dev.expolu.assertj.ExperimentResult;
import dev.expolu.assertj.Expolu;
import dev.expolu.assertj.ExpoluSoftAssertions;
import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.experiment.Run;
import dev.expolu.record.RunRecord;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed's claim at CI size, {@code src/experiments/seed-claim-ci.yaml}, gated from JUnit: the
 * file's claims stated as AssertJ assertions, judged by the plugin's judge. The runs are the plugin's
 * too: whichever of this test and {@code expolu:train} trains them first, the other takes them from
 * the run cache, and a second build trains nothing.
 */
class SeedClaimCiTest {

    static final Path FILE = Path.of("src/experiments/seed-claim-ci.yaml");

    private static ExperimentResult result;

    @BeforeAll
    static void train() {
        result = Expolu.train(FILE);
    }

    @Test
    void expoluGetsBelow1e3ByRound150InEverySeed() {
        assertThat(result.variant("expolu")).reachesLoss(1.0e-3).withinRounds(150).inEverySeed();
    }

    @Test
    void expoluEndsBelow1e7InEverySeed() {
        assertThat(result.variant("expolu")).finalLoss().atMost(1.0e-7).inEverySeed();
    }

    @Test
    void reluTakesAtLeast150RoundsToGetBelow1e3InEverySeed() {
        assertThat(result.variant("relu")).roundsTo(1.0e-3).atLeast(150).inEverySeed();
    }

    @Test
    void expoluGetsBelow1e3FasterThanReluOverTheSeeds() {
        assertThat(result).variant("expolu").reachesLoss(1.0e-3).fasterThan("relu").withPValueAtMost(0.01);
    }

    @Test
    void eachExpoluRunOnItsOwnSoftlySoEveryMissIsReported() {
        ExpoluSoftAssertions softly = new ExpoluSoftAssertions();
        for (RunRecord run : result.variant("expolu").runs()) {
            softly.assertThat(run).roundsTo(1.0e-3).atMost(150);
            softly.assertThat(run).finalLoss().isLessThanOrEqualTo(1.0e-7);
        }
        softly.assertAll();
    }

    @Test
    void everyClaimOfTheFileHoldsAsThePluginsGateHoldsIt() {
        assertThat(result).passes();
    }

    @Test
    void theSameExperimentBuiltInCodeIsTheSameRunsAndSoTheSameCacheEntries() throws Exception {
        Experiment file = ExperimentLoader.load(FILE);
        Experiment built = Expolu.experiment("seed-claim-ci")
                .data(d -> d.points(new double[][] {{-10, 6}, {-9, 3}, {-8, 1}, {-7, -2}, {-6, -5}, {-5, -2},
                    {-4, 1}, {-3, 3}, {-2, 5}, {-1, 2}, {0, 0}, {10, 6}, {9, 3}, {8, 1}, {7, -2}, {6, -5}, {5, -2},
                    {4, 1}, {3, 3}, {2, 5}, {1, 2}}).normalize(false))
                .model(m -> m.layers(30).width(256).powers(1).init("normal"))
                .training(t -> t.rounds(400).learningRate(3.90625e-6).dtype("float32"))
                .seedsFrom(1, 8)
                .variant("expolu", v -> v.model(m -> m.activation("expolu"))
                        .expect(e -> e.roundsTo(1.0e-3).atMost(150))
                        .expect(e -> e.finalLoss().atMost(1.0e-7)))
                .variant("relu", v -> v.model(m -> m.activation("relu"))
                        .expect(e -> e.roundsTo(1.0e-3).atLeast(150)))
                .compare(c -> c.roundsTo(1.0e-3).lower("expolu").than("relu").pValue(0.01))
                .build();

        assertThat(built.runs()).extracting(r -> r.spec().canonical())
                .containsExactlyElementsOf(file.runs().stream().map(Run::spec).map(s -> s.canonical()).toList());
        assertThat(built.variants()).extracting(v -> v.expectations())
                .containsExactlyElementsOf(file.variants().stream().map(v -> v.expectations()).toList());
        assertThat(built.comparisons()).isEqualTo(file.comparisons());
    }
}
