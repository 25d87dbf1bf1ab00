package nl.zorgloket.intake.dialogue;

import io.micronaut.serde.annotation.Serdeable;
import nl.zorgloket.search.text.Folding;

import java.util.List;
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

    // Dutch words no English sentence has: "nee want we wisten niet dat dat moest" is no English, "want" and "we" aside
    private static final Set<String> NOT_ENGLISH = Set.of("nee", "niet", "dat", "nog", "maar", "wel", "ook", "geen",
            "ze", "zij", "hij", "te", "er", "al", "wat", "moet", "weet", "kan", "heb", "hebben", "ja", "nu", "zo", "als",
            "naar", "uit", "toch", "alleen", "wil", "heel", "erg", "jullie", "onze", "ons", "hoe", "wie", "waar");

    // The most common words of each, for telling a message in neither ("Merhaba, annem için yardım arıyorum")
    private static final Set<String> COMMON = Set.copyOf(List.of("ik", "je", "jij", "u", "het", "de", "dat", "is",
            "een", "niet", "en", "wat", "van", "we", "wij", "in", "ze", "zij", "hij", "op", "te", "zijn", "er", "maar", "die", "met",
            "voor", "heb", "als", "mijn", "mn", "kan", "nog", "hebben", "wel", "ook", "zo", "dan", "wil", "naar", "om",
            "al", "mij", "me", "moet", "goed", "weet", "nu", "of", "wie", "waar", "hoe", "waarom", "kunnen", "gaat",
            "was", "heeft", "bij", "uit", "nee", "ja", "zou", "hem", "haar", "kun", "graag", "alleen", "meer", "iemand",
            "hulp", "zorg", "helpen", "zoek", "zoeken", "thuis", "jaar", "oud", "woont", "hoi", "hallo", "dag", "onze",
            "ons", "jullie", "mag", "vraag", "the", "a", "an", "to", "of", "and", "i", "you", "it", "for", "on", "with",
            "my", "is", "are", "was", "be", "have", "has", "need", "help", "looking", "can", "do", "not", "no", "yes",
            "she", "he", "her", "his", "we", "our", "in", "at", "from", "please", "hi", "hello", "who", "what", "how",
            "care", "old", "years", "lives", "live", "someone", "want"));
    /** Below this share of common Dutch or English words, a message of a few words is in another language. */
    private static final double LEAST_COMMON_SHARE = 0.25;
    private static final int FEWEST_WORDS = 3;

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
            // "is" and "hey" are both languages' and decide nothing
            if (DUTCH.contains(token) && !ENGLISH.contains(token) || NOT_ENGLISH.contains(token)) {
                return false;
            }
            if (ENGLISH.contains(token)) {
                en++;
            }
        }
        return en >= 2;
    }

    /**
     * Whether a message of a few words is in neither Dutch nor English: hardly a common word of either.
     * The caller also weighs what was read from it (a kind of care, a relation), which a telegram-style
     * Dutch message ("zorgboerderij gezocht lichtenvoorde") has.
     */
    public static boolean neither(String text) {
        List<String> tokens = Folding.tokens(text);
        if (tokens.size() < FEWEST_WORDS) {
            return false;
        }
        long common = tokens.stream().filter(COMMON::contains).count();
        return common < LEAST_COMMON_SHARE * tokens.size();
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
