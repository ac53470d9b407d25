package dev.expolu.assertj;

import org.assertj.core.api.SoftAssertions;

/**
 * AssertJ's {@link SoftAssertions} with expolu's: every failure is collected, and
 * {@link #assertAll()} reports them together. Works with JUnit 5's {@code SoftAssertionsExtension}
 * ({@code @InjectSoftAssertions}) and {@code SoftAssertions.assertSoftly(ExpoluSoftAssertions.class, ...)}.
 *
 * <pre>{@code
 * ExpoluSoftAssertions softly = new ExpoluSoftAssertions();
 * softly.assertThat(result).variant("expolu").finalLoss().atMost(1e-7).inEverySeed();
 * softly.assertThat(result).variant("relu").roundsTo(1e-3).atLeast(150).inEverySeed();
 * softly.assertAll();
 * }</pre>
 */
public class ExpoluSoftAssertions extends SoftAssertions implements ExpoluSoftAssertionsProvider {

    public ExpoluSoftAssertions() {
    }
}
