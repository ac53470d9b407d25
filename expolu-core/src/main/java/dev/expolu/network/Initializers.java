package dev.expolu.network;

import dev.expolu.run.Precision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Loads the six initial tensors a user of the seed script saved with {@code numpy.save}. */
public final class Initializers {

    private Initializers() {
    }

    /**
     * Reads {@code W0.npy ... Bo.npy} from {@code directory} into tensors of {@code precision}.
     *
     * @throws IOException naming the file, where one is missing, unreadable or of the wrong shape
     */
    public static Parameters load(Path directory, Shape shape, Precision precision)
            throws IOException {
        Parameters parameters = Parameters.zeros(shape, precision);
        int[][] shapes = Parameters.shapes(shape);
        List<Tensor> tensors = parameters.all();
        for (int i = 0; i < shapes.length; i++) {
            Path file = directory.resolve(Parameters.NAMES.get(i) + ".npy");
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + ": missing initial tensor " + Parameters.NAMES.get(i)
                        + " (shape " + Arrays.toString(shapes[i]) + ")");
            }
            Npy.Array array = Npy.read(file);
            if (!Arrays.equals(array.shape(), shapes[i])) {
                throw new IOException(file + ": shape " + Arrays.toString(array.shape()) + ", but expected "
                        + Arrays.toString(shapes[i]) + " for " + Parameters.NAMES.get(i));
            }
            tensors.get(i).fill(array.values());
        }
        return parameters;
    }
}
