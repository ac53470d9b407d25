package dev.expolu.cuda;

/**
 * A GPU as the engine uses it: its description, its memory addressed by device pointers, and the
 * training kernel launched for a shape. {@link CudaDriver} is the real one; the tests have an
 * emulation that runs the same kernel source on the CPU.
 */
interface Device {

    DeviceInfo info();

    /** Makes the device the calling thread's; every thread that uses it calls this first. */
    void attach();

    long freeBytes();

    long allocate(long bytes);

    void free(long pointer);

    void upload(long target, float[] values);

    void upload(long target, double[] values);

    void upload(long target, int[] values);

    /** Copies {@code bytes} from one place of the device's memory to another. */
    void copy(long target, long source, long bytes);

    void download(long source, double[] values);

    /** Runs the kernel of {@code shape} on {@code blocks} blocks with these arguments, and waits for it. */
    void launch(KernelShape shape, int blocks, long... arguments);
}
