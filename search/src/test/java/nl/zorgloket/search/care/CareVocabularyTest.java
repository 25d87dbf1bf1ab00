package nl.zorgloket.search.care;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CareVocabularyTest {
    private static final CareVocabulary VOCABULARY = CareVocabulary.bundled();

    private static List<String> codes(String text) {
        return VOCABULARY.categoriesIn(text).stream().map(CareCategory::code).toList();
    }

    @Test
    void readsSeveralCategoriesFromOneSentence() {
        assertEquals(List.of("dagbesteding", "zorgboerderij", "autisme"),
                codes("ik zoek dagbesteding op een zorgboerderij voor mijn zoon met autisme"));
    }

    @Test
    void abbreviationMeansTheSameAsTheWord() {
        assertEquals(List.of("autisme"), codes("mijn zoon heeft ASS"));
    }

    @Test
    void shortAbbreviationDoesNotMatchInsideOtherWords() {
        assertTrue(codes("wij wonen in Assen").isEmpty());
    }

    @Test
    void typosInLongWordsAreForgiven() {
        assertEquals(List.of("dagbesteding", "zorgboerderij"), codes("dagbestedin zorgboerdrij"));
    }

    @Test
    void compoundsContainTheirParts() {
        assertEquals(List.of("zorgboerderij", "jeugdzorg"), codes("jeugdzorgboerderij"));
    }

    @Test
    void englishWordsMapToTheSameCategories() {
        assertEquals(Set.of("logeeropvang", "dementie"), Set.copyOf(codes("respite for my mother with dementia")));
    }
}
