package nl.zorgloket.search.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FoldingTest {
    @Test
    void foldsAccentsCaseAndPunctuation() {
        assertEquals("cooperatie clienten sudwest fryslan", Folding.fold("Coöperatie, CLIËNTEN! Súdwest-Fryslân"));
    }

    @Test
    void findsAPhraseAsWholeWordsOnly() {
        String padded = " ze vergeet steeds dingen ";
        for (String phrase : List.of("vergeet steeds", "ze", "dingen", "ze vergeet steeds dingen", "steeds",
                "vergeet steed", "geet steeds", "ding", "e", "ze vergeet steeds dingen x")) {
            assertEquals(padded.contains(" " + phrase + " "), Folding.hasPhrase(padded, phrase), phrase);
        }
        assertEquals(true, Folding.hasPhrase(" a b a bc ", "a bc"), "a later occurrence counts too");
    }

    @Test
    void dropsApostropheOfOldGenitive() {
        assertEquals("s hertogenbosch", Folding.fold("'s-Hertogenbosch"));
    }

    @Test
    void countsAdjacentSwapAsOneEdit() {
        assertEquals(1, Folding.distance("lihctenvoorde", "lichtenvoorde", 2));
        assertEquals(1, Folding.distance("zorgboerdrij", "zorgboerderij", 2));
    }

    @Test
    void stopsCountingPastTheBudget() {
        assertEquals(2, Folding.distance("amsterdam", "rotterdam", 1));
    }

    @Test
    void agreesWithTheFullTableForEveryBudget() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            String a = word(random);
            String b = random.nextInt(3) == 0 ? a : edited(a, random);
            int exact = fullTable(a, b);
            for (int max = 0; max <= 3; max++) {
                assertEquals(Math.min(exact, max + 1), Folding.distance(a, b, max), a + " / " + b + " within " + max);
            }
        }
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        for (int i = random.nextInt(9); i >= 0; i--) {
            w.append((char) ('a' + random.nextInt(4)));
        }
        return w.toString();
    }

    private static String edited(String a, Random random) {
        StringBuilder w = new StringBuilder(a);
        for (int e = random.nextInt(3); e >= 0; e--) {
            int at = w.isEmpty() ? 0 : random.nextInt(w.length());
            switch (random.nextInt(4)) {
                case 0 -> w.insert(at, (char) ('a' + random.nextInt(4)));
                case 1 -> { if (!w.isEmpty()) w.deleteCharAt(at); }
                case 2 -> { if (!w.isEmpty()) w.setCharAt(at, (char) ('a' + random.nextInt(4))); }
                default -> { if (at + 1 < w.length()) { char c = w.charAt(at); w.setCharAt(at, w.charAt(at + 1)); w.setCharAt(at + 1, c); } }
            }
        }
        return w.toString();
    }

    /** Optimal string alignment distance, the whole table: the reference. */
    private static int fullTable(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void shortWordsGetNoTypoBudget() {
        assertEquals(0, Folding.typoBudget(4));
        assertEquals(1, Folding.typoBudget(6));
        assertEquals(2, Folding.typoBudget(12));
    }
}
