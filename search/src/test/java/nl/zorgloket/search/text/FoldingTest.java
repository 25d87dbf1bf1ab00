package nl.zorgloket.search.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FoldingTest {
    @Test
    void foldsAccentsCaseAndPunctuation() {
        assertEquals("cooperatie clienten sudwest fryslan", Folding.fold("Coöperatie, CLIËNTEN! Súdwest-Fryslân"));
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
