package dev.expolu.run;

import java.nio.file.Path;
import java.util.Objects;

/** Where a run's initial tensors come from: {@code model.init}. */
public sealed interface Init {

    /** Every weight and bias from N(0,1), drawn from the run's seed. */
    record Normal() implements Init {
        @Override
        public String toString() {
            return "normal";
        }
    }

    /**
     * The six tensors of {@code init: {from: DIR}}.
     *
     * @param directory where {@code W0.npy ... Bo.npy} are
     * @param sha256    a hash of the six files' bytes, in the seed's order: what a key holds
     */
    record Files(Path directory, String sha256) implements Init {
        public Files {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(sha256, "sha256");
        }

        @Override
        public String toString() {
            return "npy " + sha256;
        }
    }
}
