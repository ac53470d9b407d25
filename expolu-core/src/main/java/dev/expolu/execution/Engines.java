package dev.expolu.execution;

import dev.expolu.cuda.CudaEngine;
import dev.expolu.run.Engine;
import dev.expolu.training.Dl4jEngine;
import dev.expolu.training.FusedEngine;
import dev.expolu.training.TrainingEngine;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The engines of this JVM: an experiment's {@code training.engine} resolved to what trains it here.
 * {@code auto} is the GPU engine where a usable GPU is found, else the fused one, said once: as a
 * warning where a GPU is there but cannot be used (NVRTC cannot compile for it), which its owner wants
 * fixed, and as information where there is none.
 */
final class Engines {

    private final TrainingLog log;
    private final Supplier<CudaEngine.Probe> probe;
    private final FusedEngine fused = new FusedEngine();
    private Dl4jEngine dl4j;
    private CudaEngine.Probe cuda;
    private boolean autoSaid;

    /**
     * @param kernelCache where the GPU engine keeps compiled kernels (the run cache's directory), if
     *                    anywhere
     */
    Engines(TrainingLog log, Optional<Path> kernelCache) {
        this(log, () -> CudaEngine.probe(kernelCache));
    }

    /** With {@code probe} looking for the GPU, once, when a run first asks for cuda or auto. */
    Engines(TrainingLog log, Supplier<CudaEngine.Probe> probe) {
        this.log = log;
        this.probe = probe;
    }

    /**
     * The engine that trains runs declaring {@code engine} here.
     *
     * @throws EngineUnavailableException for {@code cuda} where no GPU can be used
     */
    synchronized TrainingEngine resolve(Engine engine) throws EngineUnavailableException {
        return switch (engine) {
            case FUSED -> fused;
            case DL4J -> dl4j();
            case CUDA -> cuda().engine().orElseThrow(() -> new EngineUnavailableException(
                    "is cuda, but " + cuda().reason() + "; engine auto or fused runs on the CPU"));
            case AUTO -> auto();
        };
    }

    private TrainingEngine auto() {
        Optional<CudaEngine> gpu = cuda().engine();
        if (!autoSaid) {
            autoSaid = true;
            if (gpu.isPresent()) {
                log.info("engine auto: cuda on " + gpu.get().device());
            } else if (cuda().gpuFound()) {
                log.warn("engine auto: fused on the CPU, though this machine has a GPU: " + cuda().reason());
            } else {
                log.info("engine auto: fused on the CPU; " + cuda().reason());
            }
        }
        return gpu.isPresent() ? gpu.get() : fused;
    }

    private Dl4jEngine dl4j() {
        if (dl4j == null) {
            dl4j = new Dl4jEngine();
        }
        return dl4j;
    }

    private CudaEngine.Probe cuda() {
        if (cuda == null) {
            cuda = probe.get();
        }
        return cuda;
    }

    /** A run's engine cannot run here; nothing was trained. The message follows the setting's name. */
    static final class EngineUnavailableException extends Exception {

        private static final long serialVersionUID = 1L;

        EngineUnavailableException(String message) {
            super(message);
        }
    }
}
