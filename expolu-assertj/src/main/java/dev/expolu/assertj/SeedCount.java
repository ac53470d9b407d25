package dev.expolu.assertj;

import dev.expolu.judge.Expectation;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * A variant's claim awaiting how many of its seeds must meet it: {@link #inEverySeed()} or
 * {@code inAtLeast(8).seeds()}, the file's {@code seeds: {atLeast: 8}}. Nothing is checked until
 * one of them is called.
 */
public final class SeedCount {

    private final VariantResultAssert owner;
    private final Function<OptionalInt, Expectation> expectation;

    SeedCount(VariantResultAssert owner, Function<OptionalInt, Expectation> expectation) {
        this.owner = owner;
        this.expectation = expectation;
    }

    /** Checks that every seed meets the claim, as the file's expectation without {@code seeds}. */
    public VariantResultAssert inEverySeed() {
        return owner.meets(expectation.apply(OptionalInt.empty()));
    }

    /** At least {@code count} seeds; {@link SeedQuorum#seeds()} checks it. */
    public SeedQuorum inAtLeast(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("inAtLeast(" + count + "), but expected at least 1 seed");
        }
        return new SeedQuorum(() -> owner.meets(expectation.apply(OptionalInt.of(count))));
    }
}
