package dev.expolu.run;

import java.util.Map;

/**
 * The one canonical description of a run, of any kind of model: every setting that decides its
 * curves, resolved (defaults filled in) and in a fixed order, and its seed. The run cache's key, the
 * setup in a run's record and the lock's entry are all made from it, and only from it. The seed's
 * network is {@link NetworkSpec}; a project's own training code is {@link TrainerSpec}.
 */
public interface RunSpec {

    /** The kind of model, as {@code model.kind} names it: {@code network} or {@code trainer}. */
    String kind();

    /** The run's seed. */
    long seed();

    /** The rounds of training: the length of each of its curves. */
    int rounds();

    /** The setup as a run's record shows it, in a fixed order; the seed stands beside it in the record. */
    Map<String, Object> setup();

    /**
     * The settings as the experiment file names them, each with its value as text, in a fixed order:
     * {@code training.learningRate -> 0.01}. A lock keeps them, to say which setting changed where a
     * pinned curve moved.
     */
    Map<String, String> settings();

    /**
     * The text a cache key is hashed from: the kind's form, one {@code key=value} line per setting in
     * a fixed order, then the seed. Files by their hash, never their path.
     */
    String canonical();
}
