package dev.expolu.network;

import org.nd4j.linalg.api.buffer.DataType;

/** The data type parameters are stored and multiplied in: the experiment file's {@code dtype}. */
public enum Precision {
    FLOAT32("float32", DataType.FLOAT),
    FLOAT64("float64", DataType.DOUBLE);

    private final String id;
    private final DataType dataType;

    Precision(String id, DataType dataType) {
        this.id = id;
        this.dataType = dataType;
    }

    /** The name an experiment file uses. */
    public String id() {
        return id;
    }

    public DataType dataType() {
        return dataType;
    }

    /** A new zeroed tensor of this precision. */
    public Tensor zeros(int... shape) {
        return this == FLOAT32 ? new Float32Tensor(shape) : new Float64Tensor(shape);
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
