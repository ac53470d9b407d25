package dev.expolu.cuda;

import dev.expolu.activation.ActivationCatalog;
import dev.expolu.network.Parameters;
import dev.expolu.network.Tensor;
import dev.expolu.run.NetworkSpec;
import dev.expolu.run.Precision;
import dev.expolu.training.Dataset;
import java.util.ArrayList;
import java.util.List;

/**
 * One batch's memory on the GPU: every run's weights in the kernel's layout, the data, each run's
 * activation and learning rate, and the buffer its round losses come back in. Freed on close.
 */
final class DeviceBatch implements AutoCloseable {

    private final Device driver;
    private final KernelShape shape;
    private final int runs;
    private final List<Long> buffers = new ArrayList<>();
    private final long wh;
    private final long bh;
    private final long small;
    private final long scratch;
    private final long xs;
    private final long ys;
    private final long acts;
    private final long actParameters;
    private final long rates;
    private final long losses;

    /** Allocates the batch's buffers and uploads the data and each run's settings; weights come by {@link #upload}. */
    DeviceBatch(Device driver, KernelShape shape, List<NetworkSpec> specs, Dataset data) {
        this.driver = driver;
        this.shape = shape;
        this.runs = specs.size();
        long real = shape.precision().bytes();
        long n = shape.width();
        try {
            wh = allocate((long) runs * shape.hidden() * n * n * real);
            bh = allocate((long) runs * shape.hidden() * n * real);
            small = allocate((long) runs * shape.cluster() * shape.smallValues() * real);
            scratch = allocate((long) runs * shape.cluster() * shape.scratchDoubles() * 8);
            xs = allocate(8L * data.size() * data.features());
            ys = allocate(8L * data.size());
            acts = allocate(4L * runs);
            actParameters = allocate(8L * 3 * runs);
            rates = allocate(8L * runs);
            losses = allocate(8L * runs);
            double[] x = new double[data.size() * data.features()];
            for (int s = 0; s < data.size(); s++) {
                System.arraycopy(data.inputs()[s], 0, x, s * data.features(), data.features());
            }
            driver.upload(xs, x);
            driver.upload(ys, data.targets());
            int[] act = new int[runs];
            double[] parameters = new double[3 * runs];
            double[] rate = new double[runs];
            for (int r = 0; r < runs; r++) {
                NetworkSpec spec = specs.get(r);
                act[r] = ActivationCatalog.NAMES.indexOf(spec.activation().name());
                int k = 0;
                for (double value : spec.activation().parameters().values()) {
                    parameters[3 * r + k++] = value;
                }
                rate[r] = spec.learningRate();
            }
            driver.upload(acts, act);
            driver.upload(actParameters, parameters);
            driver.upload(rates, rate);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Puts run {@code r}'s initial tensors where the kernel reads them. */
    void upload(int r, Parameters initial) {
        long real = shape.precision().bytes();
        long n = shape.width();
        int hidden = shape.hidden();
        int kh = shape.powers().size() - 1;
        put(wh + (long) r * hidden * n * n * real, initial.wh(), (long) kh * hidden * n * n, hidden * n * n);
        put(bh + (long) r * hidden * n * real, initial.bh(), 0, hidden * n);
        int np = shape.powers().size();
        int w0 = np * shape.inputs() * shape.width();
        double[] replica = new double[(int) shape.smallValues()];
        System.arraycopy(initial.w0().read(0, w0), 0, replica, 0, w0);
        System.arraycopy(initial.b0().read(0, shape.width()), 0, replica, w0, shape.width());
        System.arraycopy(initial.wo().read(0, np * shape.width()), 0, replica, w0 + shape.width(), np * shape.width());
        replica[replica.length - 1] = initial.bo().get(0);
        for (int b = 0; b < shape.cluster(); b++) {
            long target = small + ((long) r * shape.cluster() + b) * shape.smallValues() * real;
            if (shape.precision() == Precision.FLOAT32) {
                float[] floats = new float[replica.length];
                for (int i = 0; i < floats.length; i++) {
                    floats[i] = (float) replica[i];
                }
                driver.upload(target, floats);
            } else {
                driver.upload(target, replica);
            }
        }
    }

    /** Gives run {@code r} the initial tensors run {@code from} already has, copying on the device. */
    void uploadAs(int r, int from) {
        long real = shape.precision().bytes();
        long n = shape.width();
        long whBytes = (long) shape.hidden() * n * n * real;
        long bhBytes = (long) shape.hidden() * n * real;
        long smallBytes = shape.cluster() * shape.smallValues() * real;
        driver.copy(wh + r * whBytes, wh + from * whBytes, whBytes);
        driver.copy(bh + r * bhBytes, bh + from * bhBytes, bhBytes);
        driver.copy(small + r * smallBytes, small + from * smallBytes, smallBytes);
    }

    /** One round of every run of the batch; each run's mean loss over the samples. */
    double[] round() {
        driver.launch(shape, runs * shape.cluster(), wh, bh, small, scratch, xs, ys, acts, actParameters, rates, losses);
        double[] result = new double[runs];
        driver.download(losses, result);
        return result;
    }

    private void put(long target, Tensor tensor, long offset, long length) {
        if (shape.precision() == Precision.FLOAT32) {
            driver.upload(target, tensor.readFloats((int) offset, (int) length));
        } else {
            driver.upload(target, tensor.read((int) offset, (int) length));
        }
    }

    private long allocate(long bytes) {
        long pointer = driver.allocate(bytes);
        buffers.add(pointer);
        return pointer;
    }

    @Override
    public void close() {
        buffers.forEach(driver::free);
        buffers.clear();
    }
}
