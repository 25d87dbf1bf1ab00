package nl.zorgloket.search.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CareAnalyzerTest {
    private static final Analyzer ANALYZER = new CareAnalyzer();

    private static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return terms;
    }

    @Test
    void accentsAndCaseAreFolded() {
        assertEquals(terms("cooperatie client"), terms("Coöperatie Cliënt"));
    }

    @Test
    void stopWordsAreLeftOut() {
        assertEquals(terms("zoon autisme"), terms("voor mijn zoon met het autisme"));
    }

    @Test
    void pluralsMeetTheirSingular() {
        assertEquals(terms("dagbesteding"), terms("dagbestedingen"));
        assertEquals(terms("boerderij"), terms("boerderijen"));
    }

    @Test
    void careCompoundsAlsoStandForTheirParts() {
        List<String> farm = terms("zorgboerderij");
        assertTrue(farm.containsAll(terms("zorg")) && farm.containsAll(terms("boerderij")), farm.toString());
        List<String> youthFarm = terms("jeugdzorgboerderij");
        assertTrue(youthFarm.containsAll(terms("jeugd boerderij")), youthFarm.toString());
        assertTrue(terms("dagbestedingsplek").containsAll(terms("dagbesteding")));
        assertTrue(terms("logeeropvang").containsAll(terms("opvang")));
    }

    @Test
    void shortWordsAreNotTakenApart() {
        List<String> terms = terms("thuis dagje");
        assertEquals(2, terms.size(), terms.toString());
        assertFalse(terms.contains("dag"));
    }
}
