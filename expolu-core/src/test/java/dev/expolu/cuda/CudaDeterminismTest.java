package dev.expolu.cuda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.run.NetworkSpec;
import dev.expolu.training.LossCurve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's curve on the GPU is a function of the run alone: the same bits run after run, alone or
 * beside hundreds of others (which changes how many blocks share it), whatever activations its
 * neighbours use. Needs a GPU; skipped with the reason where there is none.
 */
class CudaDeterminismTest {

    @TempDir
    Path dir;

    private List<NetworkSpec> runs(String precision, int seeds) throws Exception {
        Path file = Files.writeString(dir.resolve("e.yaml"), """
                data: {points: [[-10, 6], [-9, 3], [-8, 1], [-7, -2], [-6, -5], [-5, -2], [-4, 1], [-3, 3], [-2, 5], \
                [-1, 2], [0, 0], [10, 6], [9, 3], [8, 1], [7, -2], [6, -5], [5, -2], [4, 1], [3, 3], [2, 5], [1, 2]]}
                model: {layers: 8, width: 256}
                training: {rounds: 30, dtype: %s, engine: cuda}
                seeds: {from: 1, count: %d}
                variants:
                  expolu: {model: {activation: expolu}}
                  relu: {model: {activation: relu}}
                """.formatted(precision, seeds));
        return ExperimentLoader.load(file).runs().stream().map(r -> r.networkSpec()).toList();
    }

    @Test
    void aRunAloneAndBesideHundredsOfOthersGivesTheSameBits() throws Exception {
        List<NetworkSpec> many = runs("float32", 150); // 300 runs: one block each
        NetworkSpec expolu3 = many.get(2);
        NetworkSpec relu7 = many.get(150 + 6);
        LossCurve[] together = Gpu.train(many);
        LossCurve alone = Gpu.train(List.of(expolu3))[0]; // one run: a cluster of 4 blocks shares it
        LossCurve reluAlone = Gpu.train(List.of(relu7))[0];

        assertThat(alone.fingerprint()).isEqualTo(together[2].fingerprint());
        assertThat(reluAlone.fingerprint()).isEqualTo(together[156].fingerprint());
        assertThat(together[2].fingerprint()).isNotEqualTo(together[3].fingerprint());
        System.out.printf("determinism: seed 3 alone and among 300 runs: %s, both %s%n", alone.fingerprint(),
                together[2].fingerprint());
    }

    @Test
    void theSameBatchTwiceGivesTheSameBitsInBothDtypes() throws Exception {
        for (String precision : List.of("float32", "float64")) {
            List<NetworkSpec> runs = runs(precision, 4);
            LossCurve[] first = Gpu.train(runs);
            LossCurve[] second = Gpu.train(runs);
            List<String> a = new ArrayList<>();
            List<String> b = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                a.add(first[i].fingerprint());
                b.add(second[i].fingerprint());
            }
            assertThat(b).as(precision).isEqualTo(a).doesNotHaveDuplicates();
            assertThat(first[0].finalLoss()).as(precision).isLessThan(first[0].losses()[0]);
        }
    }
}
