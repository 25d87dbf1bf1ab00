package nl.zorgloket.search.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of folded phrases, found as whole words in folded text by looking up each word of the
 * text once, instead of searching the text for every phrase: the same answer as
 * {@link Folding#hasPhrase} for each of them, at a cost that grows with the text, not with the list.
 */
public final class Phrases {
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

    private Phrases(List<String> phrases) {
        for (String phrase : phrases) {
            String[] words = Folding.fold(phrase).split(" ");
            if (words[0].isEmpty()) {
                throw new IllegalArgumentException("an empty phrase");
            }
            byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
        }
    }

    public static Phrases of(List<String> phrases) {
        return new Phrases(phrases);
    }

    /** Whether the words of folded text hold one of the phrases. */
    public boolean anyIn(String[] words) {
        for (int i = 0; i < words.length; i++) {
            List<String[]> starting = byFirstWord.get(words[i]);
            if (starting != null) {
                for (String[] phrase : starting) {
                    if (at(words, i, phrase)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean at(String[] words, int start, String[] phrase) {
        if (start + phrase.length > words.length) {
            return false;
        }
        for (int j = 1; j < phrase.length; j++) {
            if (!phrase[j].equals(words[start + j])) {
                return false;
            }
        }
        return true;
    }
}
