package dev.expolu.spark;

import dev.expolu.cuda.CudaEngine;
import dev.expolu.run.Arithmetic;
import dev.expolu.run.Precision;
import dev.expolu.training.TrainingEngine;

/**
 * {@code engine: cuda} as the driver plans it for Spark: the GPU engine of whichever executor the
 * batch's task lands on, which the driver cannot see (it needs no GPU itself). Its arithmetic names
 * the engine, the dtype and the code, which are the same everywhere; the device is known only where
 * a run trains ({@link Arithmetic#WHERE_TRAINED}), and comes back with its result. Nothing trains
 * here: {@link TrainGpuBatch} probes the executor's GPU and trains there.
 */
final class ClusterGpuEngine implements TrainingEngine {

    @Override
    public String id() {
        return "cuda";
    }

    @Override
    public Arithmetic arithmetic(Precision precision) {
        return new Arithmetic(id(), precision.id(), CudaEngine.ARITHMETIC, CudaEngine.code(),
                Arithmetic.WHERE_TRAINED);
    }
}
