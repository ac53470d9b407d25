package dev.expolu.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An experiment's verdict as its page and the index state it: passed or failed, and how many of its
 * claims (each variant's expectations, its {@code compare}, {@code across} and {@code agree} claims)
 * were met. It fails where a claim was missed or its lock failed the build, as the build does; an
 * experiment with nothing to judge neither passed nor failed, and says so. Written into the page as
 * a {@code meta} tag, so that a later build's index can list the experiment without judging it again.
 *
 * @param word         "passed", "failed", "no claims" or "no runs"
 * @param met          claims met
 * @param claims       claims judged
 * @param lockFailures lines of its lock that failed the build
 */
record Verdict(String word, int met, int claims, int lockFailures) {

    static final String PASSED = "passed";
    static final String FAILED = "failed";

    private static final Pattern META = Pattern.compile(
            "<meta name=\"expolu-verdict\" content=\"([a-z ]+);(\\d+);(\\d+);(\\d+)\">");

    static Verdict of(JudgedExperiment e) {
        List<Boolean> held = new ArrayList<>();
        e.variants().forEach(v -> v.verdicts().forEach(x -> held.add(x.isMet())));
        e.comparisons().forEach(c -> held.add(c.holds()));
        e.sweeps().forEach(s -> held.add(s.holds()));
        e.agreements().forEach(a -> held.add(a.holds()));
        int met = (int) held.stream().filter(b -> b).count();
        int locks = e.lockFailures().size();
        String word = met < held.size() || locks > 0 ? FAILED : e.variants().isEmpty() ? "no runs"
                : held.isEmpty() ? "no claims" : PASSED;
        return new Verdict(word, met, held.size(), locks);
    }

    boolean failed() {
        return word.equals(FAILED);
    }

    /** "3 of 4 claims met, 1 lock check failed", "nothing judged" or "no runs recorded". */
    String counts() {
        String counts = word.equals("no runs") ? "no runs recorded" : claims == 0 ? "nothing judged"
                : met + " of " + claims + (claims == 1 ? " claim met" : " claims met");
        return lockFailures == 0 ? counts : counts + ", " + lockFailures
                + (lockFailures == 1 ? " lock check failed" : " lock checks failed");
    }

    /** The tag that carries it in the page's head. */
    String meta() {
        return "<meta name=\"expolu-verdict\" content=\"" + word + ";" + met + ";" + claims + ";" + lockFailures
                + "\">";
    }

    /** The verdict a page states in its {@link #meta}; empty where it states none. */
    static Optional<Verdict> read(String page) {
        Matcher m = META.matcher(page);
        return m.find() ? Optional.of(new Verdict(m.group(1), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)))) : Optional.empty();
    }
}
