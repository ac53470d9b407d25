package dev.expolu.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.execution.ExecutorException;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What fails a build on Spark, and what it keeps. */
class SparkFaultsTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard against a hang; the bound asked for is 5 s
    void anUnreachableMasterFailsNamingItAndKeepsTheRecordsAlreadyWritten() throws Exception {
        Path experiments = Experiments.write(dir, "tiny", 20, 1);
        Path out = dir.resolve("out");
        Training.run(Experiments.request(experiments, out, Optional.empty()).build(), TrainingLog.NONE);
        Path kept = out.resolve("records/tiny/expolu/seed-1.json");
        String before = Files.readString(kept);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // closed: nobody listens there
        }
        String master = "spark://127.0.0.1:" + port;

        assertThatThrownBy(() -> Training.run(Experiments.request(experiments, out, Optional.empty())
                .executor(Experiments.spark(master, "", 5)).build(), TrainingLog.NONE))
                .isInstanceOf(ExecutorException.class)
                .hasMessage("Spark master " + master + " cannot be reached or has no room: its application did"
                        + " not start within 5 s (expolu.spark.timeoutSeconds); nothing trained on it, the records"
                        + " already written are kept");
        assertThat(Files.readString(kept)).isEqualTo(before);
    }

    @Test
    void aRunWhoseInitFileFailsOnTheExecutorFailsTheBuildNamingItAndTheOthersAreRecorded() throws Exception {
        Path experiments = Files.createDirectories(dir.resolve("src"));
        Path init = Files.createDirectories(experiments.resolve("init"));
        int[][] shapes = {{1, 1, 4}, {1, 4}, {1, 2, 4, 4}, {2, 1, 4}, {1, 4, 1}, {1, 1}};
        String[] names = {"W0", "B0", "Wh", "Bh", "Wo", "Bo"};
        for (int i = 0; i < names.length; i++) {
            int count = Arrays.stream(shapes[i]).reduce(1, (a, b) -> a * b);
            // Wh's header announces 32 doubles, but only 3 follow: the shape validates, the data does not read
            Files.write(init.resolve(names[i] + ".npy"), npy(shapes[i], names[i].equals("Wh") ? 3 : count));
        }
        Files.writeString(experiments.resolve("bad.yaml"), """
                data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
                model: {layers: 3, width: 4, activation: expolu}
                training: {rounds: 5, dtype: float64}
                seeds: [1]
                variants:
                  fromFiles: {model: {init: {from: init}}}
                  normal: {}
                """);
        Path out = dir.resolve("out");

        assertThatThrownBy(() -> Training.run(Experiments.request(experiments, out, Optional.empty())
                .executor(Experiments.spark("local[1]", "", 30)).build(), TrainingLog.NONE))
                .isInstanceOf(ExecutorException.class)
                .hasMessageStartingWith("1 run(s) failed on Spark at local[1] (the others are recorded):"
                        + System.lineSeparator() + "  bad/fromFiles/seed-1 failed on executor driver at ")
                .hasMessageEndingWith(": IOException: " + init + " (as sent to this executor)/Wh.npy: truncated:"
                        + " 24 bytes of data, but the header announces 256");
        assertThat(out.resolve("records/bad/normal/seed-1.json")).exists();
        assertThat(out.resolve("records/bad/fromFiles/seed-1.json")).doesNotExist();
    }

    /** A .npy file of float64 {@code shape} with {@code values} values 0.5, 0.25, ... */
    private static byte[] npy(int[] shape, int values) throws IOException {
        String dims = shape.length == 1 ? shape[0] + "," : String.join(", ", Arrays.stream(shape)
                .mapToObj(String::valueOf).toList());
        StringBuilder header = new StringBuilder("{'descr': '<f8', 'fortran_order': False, 'shape': (" + dims
                + "), }");
        while ((10 + header.length() + 1) % 64 != 0) {
            header.append(' ');
        }
        header.append('\n');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        out.write(ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) header.length()).array());
        out.write(header.toString().getBytes(StandardCharsets.ISO_8859_1));
        ByteBuffer data = ByteBuffer.allocate(values * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < values; i++) {
            data.putDouble(1.0 / (i + 2));
        }
        out.write(data.array());
        return out.toByteArray();
    }
}
