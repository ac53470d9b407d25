package dev.expolu.report;

import dev.expolu.judge.SweepVerdict;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A swept experiment's {@code across} claims as test cases of its Surefire XML: one per claim, named
 * {@code across: <claim>}, failed where too few cells showed it, the message naming those that did not.
 */
final class SweepCases {

    private final List<SweepVerdict> verdicts;

    SweepCases(List<SweepVerdict> verdicts) {
        this.verdicts = List.copyOf(verdicts);
    }

    int tests() {
        return verdicts.size();
    }

    long failures() {
        return verdicts.stream().filter(v -> !v.holds()).count();
    }

    void write(XMLStreamWriter xml, String suite) throws XMLStreamException {
        for (SweepVerdict v : verdicts) {
            ClaimCase.write(xml, suite, "across: " + v.claim(), v.holds(), v.describe(), "expolu.SweepClaimMissed");
        }
    }
}
