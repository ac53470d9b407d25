package dev.expolu.run;

/** The data type parameters are stored and multiplied in: the experiment file's {@code dtype}. */
public enum Precision {
    FLOAT32("float32", 4),
    FLOAT64("float64", 8);

    private final String id;
    private final int bytes;

    Precision(String id, int bytes) {
        this.id = id;
        this.bytes = bytes;
    }

    /** The name an experiment file uses. */
    public String id() {
        return id;
    }

    /** Bytes of one value. */
    public int bytes() {
        return bytes;
    }

    public static Precision fromId(String id) {
        for (Precision p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown dtype '" + id + "'; expected float32 or float64");
    }
}
