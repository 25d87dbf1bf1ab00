package nl.zorgloket.search.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PhrasesTest {
    private static final List<String> LIST = List.of("wil niet meer leven", "niet meer leven", "ademt niet",
            "in gevaar", "geweld");

    @Test
    void findsThePhrasesHasPhraseFinds() {
        Phrases phrases = Phrases.of(LIST);
        for (String text : List.of("ik wil niet meer leven", "hij ademt niet!", "Ademt niet", "ze is in gevaar.",
                "niet meer", "ademt niet meer", "hij ademtniet", "ik wil niet meer", "in gevaarlijk verkeer",
                "geweldig", "huiselijk geweld", "", "leven", "niet meer leven")) {
            String folded = Folding.fold(text);
            boolean expected = LIST.stream().anyMatch(p -> Folding.hasPhrase(" " + folded + " ", p));
            assertEquals(expected, phrases.anyIn(folded.split(" ")), text);
        }
    }

    @Test
    void anEmptyPhraseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Phrases.of(List.of("ok", " ")));
    }
}
