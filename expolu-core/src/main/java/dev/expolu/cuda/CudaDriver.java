package dev.expolu.cuda;

import static org.bytedeco.cuda.global.cudart.CUDA_SUCCESS;
import static org.bytedeco.cuda.global.cudart.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR;
import static org.bytedeco.cuda.global.cudart.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR;
import static org.bytedeco.cuda.global.cudart.CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN;
import static org.bytedeco.cuda.global.cudart.CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT;
import static org.bytedeco.cuda.global.cudart.CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES;
import static org.bytedeco.cuda.global.cudart.cuCtxSetCurrent;
import static org.bytedeco.cuda.global.cudart.cuCtxSynchronize;
import static org.bytedeco.cuda.global.cudart.cuDeviceGet;
import static org.bytedeco.cuda.global.cudart.cuDeviceGetAttribute;
import static org.bytedeco.cuda.global.cudart.cuDeviceGetCount;
import static org.bytedeco.cuda.global.cudart.cuDeviceGetName;
import static org.bytedeco.cuda.global.cudart.cuDevicePrimaryCtxRetain;
import static org.bytedeco.cuda.global.cudart.cuDriverGetVersion;
import static org.bytedeco.cuda.global.cudart.cuGetErrorName;
import static org.bytedeco.cuda.global.cudart.cuInit;
import static org.bytedeco.cuda.global.cudart.cuLaunchKernel;
import static org.bytedeco.cuda.global.cudart.cuMemAlloc;
import static org.bytedeco.cuda.global.cudart.cuMemFree;
import static org.bytedeco.cuda.global.cudart.cuMemGetInfo;
import static org.bytedeco.cuda.global.cudart.cuMemcpyDtoD;
import static org.bytedeco.cuda.global.cudart.cuMemcpyDtoH;
import static org.bytedeco.cuda.global.cudart.cuMemcpyHtoD;
import static org.bytedeco.cuda.global.cudart.cuModuleGetFunction;
import static org.bytedeco.cuda.global.cudart.cuModuleLoadData;

import java.nio.charset.StandardCharsets;
import org.bytedeco.cuda.cudart.CUctx_st;
import org.bytedeco.cuda.cudart.CUfunc_st;
import org.bytedeco.cuda.cudart.CUmod_st;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.SizeTPointer;

/**
 * A GPU of this machine (the first, or the one a scheduler assigned) through the CUDA driver API and JavaCPP's bindings: the only class of
 * expolu that calls the driver. Each call's status is checked; a failure is a {@link CudaException}
 * naming the call and the driver's error.
 */
final class CudaDriver implements Device {

    private final int device;
    private final CUctx_st context;
    private final DeviceInfo info;
    private Kernels kernels;

    private CudaDriver(int device, CUctx_st context, DeviceInfo info) {
        this.device = device;
        this.context = context;
        this.info = info;
    }

    /**
     * The GPU of ordinal {@code ordinal} (0 the first), its primary context retained.
     *
     * @throws CudaException where the driver does not start, or there is no GPU of that ordinal
     */
    static CudaDriver open(int ordinal) {
        check(cuInit(0), "cuInit");
        int[] count = new int[1];
        check(cuDeviceGetCount(count), "cuDeviceGetCount");
        if (count[0] == 0) {
            throw new CudaException("the CUDA driver sees no device");
        }
        if (ordinal < 0 || ordinal >= count[0]) {
            throw new CudaException("the GPU asked for is device " + ordinal + ", but the CUDA driver sees "
                    + count[0] + " device(s), 0 to " + (count[0] - 1));
        }
        int[] handle = new int[1];
        check(cuDeviceGet(handle, ordinal), "cuDeviceGet");
        int device = handle[0];
        byte[] name = new byte[256];
        check(cuDeviceGetName(name, name.length, device), "cuDeviceGetName");
        int[] version = new int[1];
        check(cuDriverGetVersion(version), "cuDriverGetVersion");
        DeviceInfo info = new DeviceInfo(new String(name, StandardCharsets.US_ASCII).trim(),
                attribute(CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, device),
                attribute(CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, device),
                attribute(CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, device),
                attribute(CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN, device), version[0]);
        CUctx_st context = new CUctx_st();
        check(cuDevicePrimaryCtxRetain(context, device), "cuDevicePrimaryCtxRetain");
        return new CudaDriver(device, context, info);
    }

    /** Compiles and loads the training kernel through {@code kernels}. */
    void use(Kernels kernels) {
        this.kernels = kernels;
    }

    @Override
    public DeviceInfo info() {
        return info;
    }

    @Override
    public void attach() {
        check(cuCtxSetCurrent(context), "cuCtxSetCurrent");
    }

    @Override
    public long freeBytes() {
        SizeTPointer free = new SizeTPointer(1);
        SizeTPointer total = new SizeTPointer(1);
        check(cuMemGetInfo(free, total), "cuMemGetInfo");
        return free.get();
    }

    @Override
    public long allocate(long bytes) {
        long[] pointer = new long[1];
        check(cuMemAlloc(pointer, Math.max(bytes, 8)), "cuMemAlloc(" + bytes + " bytes)");
        return pointer[0];
    }

    @Override
    public void free(long pointer) {
        cuMemFree(pointer);
    }

    @Override
    public void upload(long target, float[] values) {
        try (FloatPointer host = new FloatPointer(values)) {
            check(cuMemcpyHtoD(target, host, 4L * values.length), "cuMemcpyHtoD");
        }
    }

    @Override
    public void upload(long target, double[] values) {
        try (DoublePointer host = new DoublePointer(values)) {
            check(cuMemcpyHtoD(target, host, 8L * values.length), "cuMemcpyHtoD");
        }
    }

    @Override
    public void upload(long target, int[] values) {
        try (IntPointer host = new IntPointer(values)) {
            check(cuMemcpyHtoD(target, host, 4L * values.length), "cuMemcpyHtoD");
        }
    }

    @Override
    public void copy(long target, long source, long bytes) {
        check(cuMemcpyDtoD(target, source, bytes), "cuMemcpyDtoD");
    }

    @Override
    public void download(long source, double[] values) {
        try (DoublePointer host = new DoublePointer(values.length)) {
            check(cuMemcpyDtoH(host, source, 8L * values.length), "cuMemcpyDtoH");
            host.get(values);
        }
    }

    /** Loads a compiled kernel and lets it use {@code sharedBytes} of dynamic shared memory. */
    CUfunc_st load(byte[] cubin, String name, long sharedBytes) {
        CUmod_st module = new CUmod_st();
        try (BytePointer image = new BytePointer(cubin)) {
            check(cuModuleLoadData(module, image), "cuModuleLoadData");
        }
        CUfunc_st function = new CUfunc_st();
        check(cuModuleGetFunction(function, module, name), "cuModuleGetFunction(" + name + ")");
        check(org.bytedeco.cuda.global.cudart.cuFuncSetAttribute(function,
                CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, (int) sharedBytes),
                "cuFuncSetAttribute(max dynamic shared memory " + sharedBytes + ")");
        return function;
    }

    @Override
    public void launch(KernelShape shape, int blocks, long... arguments) {
        launch(kernels.get(shape), blocks, KernelShape.THREADS, shape.sharedBytes(), arguments);
    }

    private void launch(CUfunc_st function, int blocks, int threads, long sharedBytes, long... arguments) {
        PointerPointer<Pointer> parameters = new PointerPointer<>(arguments.length);
        LongPointer[] values = new LongPointer[arguments.length];
        try {
            for (int i = 0; i < arguments.length; i++) {
                values[i] = new LongPointer(new long[] {arguments[i]});
                parameters.put(i, values[i]);
            }
            check(cuLaunchKernel(function, blocks, 1, 1, threads, 1, 1, (int) sharedBytes, null, parameters,
                    (PointerPointer<?>) null), "cuLaunchKernel(" + blocks + " blocks)");
            check(cuCtxSynchronize(), "the kernel");
        } finally {
            for (LongPointer value : values) {
                if (value != null) {
                    value.close();
                }
            }
            parameters.close();
        }
    }

    private static int attribute(int attribute, int device) {
        int[] value = new int[1];
        check(cuDeviceGetAttribute(value, attribute, device), "cuDeviceGetAttribute(" + attribute + ")");
        return value[0];
    }

    static void check(int status, String what) {
        if (status != CUDA_SUCCESS) {
            throw new CudaException(what + " failed: " + errorName(status));
        }
    }

    private static String errorName(int status) {
        try (PointerPointer<BytePointer> name = new PointerPointer<>(1)) {
            if (cuGetErrorName(status, name) == CUDA_SUCCESS && name.get(0) != null) {
                return name.getString(0) + " (" + status + ")";
            }
        }
        return "CUDA error " + status;
    }
}
