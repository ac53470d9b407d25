package dev.expolu.cuda;

/**
 * What a GPU offers the kernel.
 *
 * @param multiprocessors its streaming multiprocessors
 * @param clusters        whether it runs thread-block clusters (compute capability 9.0 and newer)
 * @param sharedPerBlock  the most dynamic shared memory one block may opt in to, in bytes
 * @param freeBytes       device memory free now
 */
record DeviceLimits(int multiprocessors, boolean clusters, long sharedPerBlock, long freeBytes) {
}
