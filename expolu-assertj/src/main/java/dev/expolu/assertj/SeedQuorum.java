package dev.expolu.assertj;

import java.util.function.Supplier;

/** The word that ends {@code inAtLeast(8).seeds()} and checks the claim. */
public final class SeedQuorum {

    private final Supplier<VariantResultAssert> check;

    SeedQuorum(Supplier<VariantResultAssert> check) {
        this.check = check;
    }

    /** Checks that at least the given number of seeds meet the claim. */
    public VariantResultAssert seeds() {
        return check.get();
    }
}
