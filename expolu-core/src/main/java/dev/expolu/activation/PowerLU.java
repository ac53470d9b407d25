package dev.expolu.activation;

/**
 * PowerLU ({@code acttype=2}): 0 for x &lt; -1, (x + 1)^xp / 2^xp for -1 &lt;= x &lt; 1, x otherwise.
 * Default xp=4.
 */
public final class PowerLU extends ElementwiseActivation {

    private static final long serialVersionUID = 1L;
    public static final double DEFAULT_XP = 4;

    private double xp;

    public PowerLU() {
        this(DEFAULT_XP);
    }

    public PowerLU(double xp) {
        this.xp = xp;
    }

    @Override
    public int seedId() {
        return 2;
    }

    @Override
    public double apply(double x) {
        if (x < -1) {
            return 0;
        }
        if (x < 1) {
            return StrictMath.pow(x + 1, xp) / StrictMath.pow(2, xp);
        }
        return x;
    }

    @Override
    public double derivative(double x) {
        if (x < -1) {
            return 0;
        }
        if (x < 1) {
            return xp * StrictMath.pow(x + 1, xp - 1) / StrictMath.pow(2, xp);
        }
        return 1;
    }

    public double getXp() {
        return xp;
    }

    @Override
    public String toString() {
        return "powerlu(xp=" + xp + ")";
    }
}
