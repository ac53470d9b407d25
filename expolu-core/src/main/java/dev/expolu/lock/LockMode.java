package dev.expolu.lock;

import java.util.Locale;

/** The plugin's {@code expolu.lock}. */
public enum LockMode {
    /** Curves must match the lock bit for bit where the provenance key matches; a missing lock is written. */
    VERIFY,
    /** The lock is rewritten from this build's runs. */
    UPDATE,
    /** Locks are neither read nor written. */
    OFF;

    public static LockMode fromId(String id) {
        try {
            return valueOf(id.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expolu.lock is '" + id + "', but expected verify, update or off");
        }
    }
}
