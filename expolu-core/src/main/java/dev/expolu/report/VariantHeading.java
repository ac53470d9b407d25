package dev.expolu.report;

import dev.expolu.judge.AgreementVerdict;
import dev.expolu.judge.ExpectationVerdict;
import java.util.ArrayList;
import java.util.List;

/**
 * What a variant's heading says beside its name, and what stands under it where it has no
 * expectations. The verdict carries its counts ("met: 5 of 6 seeds, 5 needed"), so a variant headed
 * "met" above a seed marked "missed" reads as what it is: a miss the expectation allows. A variant
 * without claims gets no word beside its name at all, since any word there reads as a verdict.
 */
final class VariantHeading {

    private VariantHeading() {
    }

    /** The verdict beside the name, with its counts; empty for a variant without claims. */
    static String verdict(VariantResult v, List<AgreementVerdict> agreed) {
        if (v.verdicts().isEmpty() && agreed.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (ExpectationVerdict e : v.verdicts()) {
            parts.add((v.verdicts().size() > 1 ? e.expectation() + ": " : "") + e.metCount() + " of "
                    + e.seeds().size() + (e.seeds().size() == 1 ? " seed, " : " seeds, ") + e.required() + " needed");
        }
        if (!agreed.isEmpty()) {
            long holds = agreed.stream().filter(AgreementVerdict::holds).count();
            parts.add("agree: " + holds + " of " + agreed.size() + (agreed.size() == 1 ? " claim holds"
                    : " claims hold"));
        }
        boolean met = v.passed() && agreed.stream().allMatch(AgreementVerdict::holds);
        return " <span class=\"" + (met ? "met\">met: " : "missed\">missed: ")
                + HtmlReport.escape(String.join("; ", parts)) + "</span>";
    }

    /** The line under a variant without expectations, which says whether anything else judges it. */
    static String noExpectations(boolean judgedElsewhere) {
        return judgedElsewhere
                ? "<p class=\"meta\">No expectations of its own; its runs are judged in the claims below.</p>\n"
                : "<p class=\"meta\">No claims: trained and recorded, nothing judged.</p>\n";
    }
}
