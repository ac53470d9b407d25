package dev.expolu.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .npy files as numpy.save writes them (version 1.0), read in chunks. */
class NpyTest {

    @TempDir
    Path dir;

    /** A version 1.0 file of float32 values 0, 1, 2, ... of {@code shape}, with {@code count} values written. */
    private Path npy(String shape, int count) throws IOException {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + shape + "), }";
        int pad = 64 - (10 + dict.length() + 1) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        ByteBuffer bytes = ByteBuffer.allocate(10 + header.length() + 4 * count).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length())
                .put(header.getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < count; i++) {
            bytes.putFloat(i);
        }
        return Files.write(dir.resolve("t.npy"), bytes.array());
    }

    @Test
    void readsValuesSpanningManyChunks() throws IOException {
        Npy.Array array = Npy.read(npy("300, 1000", 300_000));
        assertThat(array.shape()).containsExactly(300, 1000);
        assertThat(array.values()).hasSize(300_000);
        assertThat(array.values()[0]).isZero();
        assertThat(array.values()[16_384]).isEqualTo(16_384); // the first value of the second chunk
        assertThat(array.values()[299_999]).isEqualTo(299_999);
    }

    @Test
    void aTruncatedFileSaysHowMuchDataItHas() throws IOException {
        Path file = npy("4, 4", 10);
        assertThatThrownBy(() -> Npy.read(file)).hasMessage(file + ": truncated: 40 bytes of data, but the header"
                + " announces 64");
    }

    @Test
    void aShapeNoJavaArrayHoldsIsRefusedBeforeReadingData() throws IOException {
        Path file = npy("65536, 65536", 0);
        assertThatThrownBy(() -> Npy.read(file)).hasMessage(file + ": shape [65536, 65536] holds 4294967296 values,"
                + " but one Java array holds at most 2147483639");
    }
}
