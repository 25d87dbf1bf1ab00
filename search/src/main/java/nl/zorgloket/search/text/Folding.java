package nl.zorgloket.search.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Folds client text to the form every matcher compares: lower case, accents removed
 * (coöperatie, cliënt, Súdwest-Fryslân), every run of other characters one space.
 */
public final class Folding {
    private Folding() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (c == '\'' || c == '\u2019') {
                // 's-Hertogenbosch and 's-Heerenberg keep their apostrophe-less spelling: s hertogenbosch
                continue;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether folded text, padded with a space at each end, holds the phrase as whole words: the same
     * as {@code padded.contains(" " + phrase + " ")}, without building that string for every phrase
     * of every message.
     */
    public static boolean hasPhrase(String padded, String phrase) {
        for (int at = padded.indexOf(phrase); at >= 0; at = padded.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            if (at > 0 && padded.charAt(at - 1) == ' ' && end < padded.length() && padded.charAt(end) == ' ') {
                return true;
            }
        }
        return false;
    }

    public static List<String> tokens(String text) {
        String folded = fold(text);
        if (folded.isEmpty()) {
            return List.of();
        }
        return List.of(folded.split(" "));
    }

    /**
     * Damerau-Levenshtein distance (adjacent swaps count one, the optimal string alignment form),
     * stopping early past {@code max}: then {@code max + 1}. Called for many word pairs of every
     * message, so a budget of one edit is checked in one pass, and larger ones keep three rows only.
     */
    public static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        if (max <= 1) {
            return a.equals(b) ? 0 : max == 1 && withinOneEdit(a, b) ? 1 : max + 1;
        }
        int m = b.length();
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, before[j - 2] + 1);
                }
                current[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[m], max + 1);
    }

    /** Whether two different strings are one substitution, insertion, deletion or adjacent swap apart. */
    private static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            return a.regionMatches(i + 1, b, i + 1, la - i - 1)
                    || i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }

    /** The edits a word of this length may have and still count as meant: none for short words. */
    public static int typoBudget(int length) {
        if (length < 5) {
            return 0;
        }
        return length < 9 ? 1 : 2;
    }
}
