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

    /** Damerau-Levenshtein distance (adjacent swaps count one), stopping early past {@code max}. */
    public static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    /** The edits a word of this length may have and still count as meant: none for short words. */
    public static int typoBudget(int length) {
        if (length < 5) {
            return 0;
        }
        return length < 9 ? 1 : 2;
    }
}
