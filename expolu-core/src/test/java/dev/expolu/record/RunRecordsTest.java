package dev.expolu.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.training.LossCurve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecordsTest {

    @TempDir
    Path dir;

    static RunRecord record(long seed, double... losses) {
        Provenance provenance = new Provenance("0.1.0", "1.0.0-M2.1", "fused", "jvm", "float32", 1, "c0de", "17",
                "Linux", "amd64");
        return RunRecord.of("seed-claim", "expolu", seed, new LossCurve(losses), 1.5, "seed.yaml", "abc",
                Map.of("layers", 30), provenance);
    }

    @Test
    void writesTheDesignsPathAndReadsItBack() throws Exception {
        RunRecord record = record(3, 628.4, 606.25, Double.NaN);
        Path file = new RunRecords(dir).write(record);

        assertThat(file).isEqualTo(dir.resolve("seed-claim/expolu/seed-3.json"));
        RunRecord back = RunRecords.read(file);
        assertThat(back.losses()).containsExactly(628.4, 606.25, Double.NaN);
        assertThat(back.fingerprint()).isEqualTo(new LossCurve(new double[] {628.4, 606.25, Double.NaN}).fingerprint());
        assertThat(back.minLoss()).isEqualTo(606.25);
        assertThat(back.provenance()).isEqualTo(record.provenance());
        assertThat(Files.readString(file)).contains("\"finalLoss\"", "\"fingerprint\"", "\"wallSeconds\"",
                "\"provenance\"", "\"code\" : \"c0de\"");
    }

    @Test
    void leavesNoTemporaryFileBehind() throws Exception {
        RunRecords records = new RunRecords(dir);
        records.write(record(1, 2.0));
        records.write(record(1, 1.0));
        try (var files = Files.list(dir.resolve("seed-claim/expolu"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("seed-1.json");
        }
        assertThat(RunRecords.read(records.pathOf("seed-claim", "expolu", 1)).finalLoss()).isEqualTo(1.0);
    }

    @Test
    void fingerprintIsTheSha256OfTheLossesBigEndianBits() {
        // python3: hashlib.sha256(struct.pack('>d', 1.0) + struct.pack('>d', 0.5)).hexdigest()
        assertThat(new LossCurve(new double[] {1.0, 0.5}).fingerprint())
                .isEqualTo("e964c1019a52015d3fe5493f7b84cfe4f7a5d24a560c2cfd1ded0b1edefc20be");
    }
}
