package dev.expolu.experiment;

import dev.expolu.run.Engine;
import dev.expolu.run.RunSpec;
import java.util.Map;

/**
 * A variant's settings, resolved: everything that decides one of its runs but the seed, for its kind
 * of model ({@code model.kind}): the seed's network ({@link NetworkSetup}) or a project's own
 * training code ({@link TrainerSetup}).
 */
public interface Setup {

    /** The rounds of training: the length of every curve of its runs. */
    int rounds();

    /** The run of this setup with {@code seed}: the one place a run's description is made. */
    RunSpec spec(long seed);

    /** This setup on {@code engine}, as {@code expolu.engine} asks of every run; itself where engines do not apply. */
    Setup withEngine(Engine engine);

    /** The curves its runs report, loss first, by name, each with whether higher is better. */
    Map<String, Boolean> curves();

    /**
     * Whether two trainings of one of its runs on one device give the same curve bit for bit, so that a
     * lock can gate them; where not, the lock says it cannot gate them.
     */
    default boolean deterministic() {
        return true;
    }
}
