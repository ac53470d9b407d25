package dev.expolu.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdict at the top of a page, before any detail: passed or failed, with the counts behind it,
 * over the experiments of this build, as the build itself judged them. Experiments listed from earlier
 * builds are counted apart, since this build neither ran nor judged them.
 */
final class Banner {

    private Banner() {
    }

    static String html(List<Verdict> built, int earlier) {
        int failed = (int) built.stream().filter(Verdict::failed).count();
        int claims = built.stream().mapToInt(Verdict::claims).sum();
        int met = built.stream().mapToInt(Verdict::met).sum();
        int locks = built.stream().mapToInt(Verdict::lockFailures).sum();
        String kind;
        String head;
        if (failed > 0) {
            List<String> what = new ArrayList<>();
            if (met < claims) {
                what.add((claims - met) + " of " + claims + plural(claims, " claim", " claims") + " missed");
            }
            if (locks > 0) {
                what.add(locks + plural(locks, " lock check", " lock checks") + " failed");
            }
            kind = Verdict.FAILED;
            head = "Failed: " + String.join(" and ", what) + " in " + failed + " of " + experiments(built.size())
                    + (met == claims && claims > 0 ? "; " + met + " of " + claims + " claims met" : "");
        } else if (claims > 0) {
            kind = Verdict.PASSED;
            head = "Passed: " + met + " of " + claims + plural(claims, " claim", " claims") + " met in "
                    + experiments(built.size());
        } else {
            kind = "none";
            head = built.isEmpty() ? "No experiments in this build" : "Nothing judged: " + experiments(built.size())
                    + " trained and recorded, no claims";
        }
        StringBuilder s = new StringBuilder("<div class=\"banner ").append(kind).append("\" id=\"verdict\">\n<p>")
                .append(head).append(".</p>\n");
        note(s, built.stream().filter(v -> v.word().equals("no claims")).count(),
                " has no claims: trained and recorded, nothing judged.", " have no claims: trained and recorded,"
                        + " nothing judged.");
        note(s, built.stream().filter(v -> v.word().equals("no runs")).count(), " has no runs recorded.",
                " have no runs recorded.");
        note(s, earlier, " not in this build is listed with its verdict from an earlier build; it was not judged"
                + " again.", " not in this build are listed with their verdicts from earlier builds; they were not"
                        + " judged again.");
        return s.append("</div>\n").toString();
    }

    private static void note(StringBuilder s, long count, String one, String many) {
        if (count > 0) {
            s.append("<p class=\"note\">").append(experiments((int) count)).append(count == 1 ? one : many)
                    .append("</p>\n");
        }
    }

    private static String experiments(int count) {
        return count + plural(count, " experiment", " experiments");
    }

    private static String plural(int count, String one, String many) {
        return count == 1 ? one : many;
    }
}
