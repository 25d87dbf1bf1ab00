package nl.zorgloket.search.text;

import org.junit.jupiter.api.Test;

import java.util.List;

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
    void shortWordsGetNoTypoBudget() {
        assertEquals(0, Folding.typoBudget(4));
        assertEquals(1, Folding.typoBudget(6));
        assertEquals(2, Folding.typoBudget(12));
    }
}
