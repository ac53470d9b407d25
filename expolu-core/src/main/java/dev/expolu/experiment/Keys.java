package dev.expolu.experiment;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The allowed key an unknown one is likely a misspelling of: the nearest by edit distance (letters
 * inserted, deleted, replaced or two swapped; case ignored), where it is near enough to be a slip of
 * the hand: at most 1 edit for a key of under 6 letters, 2 for a longer one.
 */
final class Keys {

    private Keys() {
    }

    static Optional<String> nearest(String key, Set<String> allowed) {
        return allowed.stream()
                .filter(a -> distance(key, a) <= (a.length() < 6 ? 1 : 2))
                .min(Comparator.comparingInt((String a) -> distance(key, a)).thenComparing(Comparator.naturalOrder()));
    }

    /** The optimal string alignment distance of {@code a} and {@code b}, case ignored. */
    static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        int[][] d = new int[s.length() + 1][t.length() + 1];
        for (int i = 0; i <= s.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= t.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[s.length()][t.length()];
    }
}
