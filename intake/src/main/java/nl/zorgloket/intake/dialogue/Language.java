package nl.zorgloket.intake.dialogue;

import io.micronaut.serde.annotation.Serdeable;
import nl.zorgloket.search.text.Folding;

import java.util.Set;

@Serdeable
public enum Language {
    NL("nl"), EN("en");

    private static final Set<String> ENGLISH = Set.of("hi", "hello", "i", "my", "need", "help", "for", "the", "is",
            "looking", "care", "son", "daughter", "mother", "father", "please", "want", "we", "live", "with", "and",
            "am", "years", "old", "can", "you", "someone", "support", "thanks", "hey", "yes", "she", "her", "his",
            "wife", "husband", "lives", "has", "have", "to", "our", "who", "what", "how", "this", "see", "does", "do", "it",
            "are", "much", "cost", "call", "your", "number");
    private static final Set<String> DUTCH = Set.of("hoi", "hallo", "ik", "mijn", "zoek", "voor", "een", "de", "het",
            "van", "wij", "zorg", "met", "graag", "heeft", "hulp", "goedemorgen", "goedemiddag", "goedenavond", "jaar",
            "is", "wonen", "woon", "zoon", "dochter", "moeder", "vader", "bij", "en", "dag", "hee", "hey");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * A later message that is English beyond doubt: two English words and no Dutch one ("for my
     * wife", "yes please"). A single "yes" is not enough; Dutch clients write it too.
     */
    public static boolean clearlyEnglish(String text) {
        int en = 0;
        for (String token : Folding.tokens(text)) {
            if (DUTCH.contains(token)) {
                return false;
            }
            if (ENGLISH.contains(token)) {
                en++;
            }
        }
        return en >= 2;
    }

    /** The client's language from their first words: Dutch unless English clearly wins. */
    public static Language detect(String text) {
        int en = 0;
        int nl = 0;
        for (String token : Folding.tokens(text)) {
            if (ENGLISH.contains(token)) {
                en++;
            }
            if (DUTCH.contains(token)) {
                nl++;
            }
        }
        return en > nl ? EN : NL;
    }
}
