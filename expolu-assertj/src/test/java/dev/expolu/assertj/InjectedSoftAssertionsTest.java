package dev.expolu.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** JUnit 5's soft assertions extension injects expolu's soft assertions and checks them after the test. */
@ExtendWith(SoftAssertionsExtension.class)
class InjectedSoftAssertionsTest {

    @InjectSoftAssertions
    ExpoluSoftAssertions softly;

    @Test
    void claimsThatHoldLeaveNothingCollected() {
        ExperimentResult result = Fixtures.result();

        softly.assertThat(result).variant("fast").hasLowerFinalLossThan("slow").withPValueAtMost(0.05);
        softly.assertThat(result.variant("slow")).meetsItsExpectations();
        softly.assertThat(result.run("fast", 1)).finalLoss().isLessThan(1e-6);

        assertThat(softly.errorsCollected()).isEmpty();
        assertThat(softly.wasSuccess()).isTrue();
    }
}
