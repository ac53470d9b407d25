package dev.expolu.lock;

import java.util.Locale;

/** The plugin's {@code expolu.lock}. */
public enum LockMode {
    /**
     * Curves must match the lock bit for bit where the arithmetic matches. A missing lock, runs it
     * does not hold and runs locked under other arithmetic are warnings; nothing is written.
     */
    VERIFY,
    /** As {@link #VERIFY}, but a missing lock, an unlocked run or a run that cannot be compared fails. */
    STRICT,
    /** The lock is rewritten from this build's runs. */
    UPDATE,
    /** Locks are neither read nor written. */
    OFF;

    public static LockMode fromId(String id) {
        try {
            return valueOf(id.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expolu.lock is '" + id + "', but expected verify, strict, update or off");
        }
    }
}
