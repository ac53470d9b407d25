package dev.expolu.cuda;

/**
 * What the engine needs to know of a GPU.
 *
 * @param name            as the driver names it ("NVIDIA H200")
 * @param major           compute capability, major
 * @param minor           compute capability, minor
 * @param multiprocessors streaming multiprocessors
 * @param sharedPerBlock  the most dynamic shared memory one block may opt in to, in bytes
 * @param driver          the driver's CUDA version, as the driver API gives it (13000 for 13.0)
 */
record DeviceInfo(String name, int major, int minor, int multiprocessors, long sharedPerBlock, int driver) {

    /** "sm_90". */
    String arch() {
        return "sm_" + major + minor;
    }

    /** Thread-block clusters: compute capability 9.0 and newer. */
    boolean clusters() {
        return major >= 9;
    }

    /** "NVIDIA H200 sm_90 driver 13.0". */
    String describe() {
        return name + " " + arch() + " driver " + driver / 1000 + "." + driver % 1000 / 10;
    }
}
