package dev.expolu.network;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads NumPy {@code .npy} files of little-endian float32 or float64 in C order: what
 * {@code numpy.save} writes for the seed's tensors.
 */
public final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order':\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

    /** A tensor's shape and values. */
    public record Array(int[] shape, double[] values) {
    }

    /** Room for the magic, the version, the length and a header of up to 64 KiB. */
    private static final int HEAD_LIMIT = 12 + 65_536;
    /** The bytes of data read at a time. */
    private static final int CHUNK = 1 << 16;

    private Npy() {
    }

    /** The shape in the file's header, without reading its data. */
    public static int[] shape(Path file) throws IOException {
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        ByteBuffer buffer = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        return parseShape(group(SHAPE, header(buffer, file), file, "shape"), file);
    }

    /**
     * The tensor in {@code file}, its data read in chunks: a file of more than 2 GiB reads as well as a
     * small one, and only the values are held.
     */
    public static Array read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(channel.size(), HEAD_LIMIT))
                    .order(ByteOrder.LITTLE_ENDIAN);
            readFully(channel, head);
            head.flip();
            String header = header(head, file);
            String descr = group(DESCR, header, file, "descr");
            if (group(FORTRAN, header, file, "fortran_order").equals("True")) {
                throw new IOException(file + ": Fortran order is not supported; save with C order");
            }
            int[] shape = parseShape(group(SHAPE, header, file, "shape"), file);
            long elements = Tensor.elements(shape);
            if (elements > Tensor.MAX_ELEMENTS) {
                throw new IOException(file + ": shape " + Arrays.toString(shape) + " holds " + elements
                        + " values, but one Java array holds at most " + Tensor.MAX_ELEMENTS);
            }
            int width = switch (descr) {
                case "<f4" -> Float.BYTES;
                case "<f8" -> Double.BYTES;
                default -> throw new IOException(file + ": data type '" + descr
                        + "' is not supported; expected '<f4' (float32) or '<f8' (float64)");
            };
            long start = head.position();
            long available = channel.size() - start;
            if (available < elements * width) {
                throw new IOException(file + ": truncated: " + available + " bytes of data, but the header"
                        + " announces " + elements * width);
            }
            channel.position(start);
            return new Array(shape, values(channel, (int) elements, width));
        }
    }

    private static double[] values(FileChannel channel, int count, int width) throws IOException {
        double[] values = new double[count];
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        int i = 0;
        while (i < count) {
            chunk.clear();
            chunk.limit((int) Math.min(CHUNK, (long) (count - i) * width));
            readFully(channel, chunk);
            chunk.flip();
            while (chunk.remaining() >= width) {
                values[i++] = width == Float.BYTES ? chunk.getFloat() : chunk.getDouble();
            }
        }
        return values;
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                break;
            }
        }
    }

    /** Reads the magic and the header dictionary, leaving {@code buffer} at the data. */
    private static String header(ByteBuffer buffer, Path file) throws IOException {
        byte[] magic = new byte[MAGIC.length];
        if (buffer.remaining() < 10) {
            throw new IOException(file + ": not a .npy file (too short)");
        }
        buffer.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException(file + ": not a .npy file (no NUMPY magic)");
        }
        int major = buffer.get();
        buffer.get();
        int headerLength = major == 1 ? Short.toUnsignedInt(buffer.getShort()) : buffer.getInt();
        if (headerLength > buffer.remaining()) {
            throw new IOException(file + ": truncated header");
        }
        byte[] headerBytes = new byte[headerLength];
        buffer.get(headerBytes);
        return new String(headerBytes, StandardCharsets.ISO_8859_1);
    }

    private static String group(Pattern pattern, String header, Path file, String key) throws IOException {
        Matcher m = pattern.matcher(header);
        if (!m.find()) {
            throw new IOException(file + ": header has no '" + key + "': " + header.trim());
        }
        return m.group(1);
    }

    private static int[] parseShape(String text, Path file) throws IOException {
        try {
            return Arrays.stream(text.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .mapToInt(Integer::parseInt)
                    .toArray();
        } catch (NumberFormatException e) {
            throw new IOException(file + ": shape (" + text + ") is not a list of dimensions of at most "
                    + Integer.MAX_VALUE);
        }
    }
}
