package nl.zorgloket.intake.dialogue;

import nl.zorgloket.search.text.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One numbered option. Options are plain numbered text so they work the same on SMS and
 * WhatsApp; "2", "twee", "2." or the option's own words all choose it.
 *
 * @param phrases the words folded into tokens as client text is read ({@link Folding#tokens}, {@link
 *                #squeezed}), once rather than for every message
 */
record Choice(String value, Text label, List<String> words, List<List<String>> phrases) {
    Choice(String value, Text label, List<String> words) {
        this(value, label, words, words.stream().map(w -> squeezed(Folding.tokens(w))).toList());
    }

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("een", 1), Map.entry("eerste", 1), Map.entry("one", 1), Map.entry("first", 1),
            Map.entry("twee", 2), Map.entry("tweede", 2), Map.entry("two", 2), Map.entry("second", 2),
            Map.entry("drie", 3), Map.entry("derde", 3), Map.entry("three", 3), Map.entry("third", 3),
            Map.entry("vier", 4), Map.entry("vierde", 4), Map.entry("four", 4), Map.entry("fourth", 4),
            Map.entry("vijf", 5), Map.entry("vijfde", 5), Map.entry("five", 5), Map.entry("fifth", 5),
            Map.entry("zes", 6), Map.entry("zesde", 6), Map.entry("six", 6), Map.entry("sixth", 6),
            Map.entry("nul", 0), Map.entry("zero", 0), Map.entry("none", 0));
    private static final Set<String> FILLER = Set.of("optie", "nummer", "nr", "keuze", "graag", "de", "het",
            "option", "number", "please", "ik", "kies", "neem", "choose", "i");
    // A word the client denies does not choose its option: "niet dringend", "niet zo snel", "not very urgent".
    private static final Set<String> NEGATIONS = Set.of("niet", "geen", "nooit", "not", "no", "never");
    // Words said on the way that choose nothing: "weet ik eigenlijk niet", "eerlijk gezegd geen idee".
    private static final Set<String> ASIDES = Set.of("eigenlijk", "gewoon", "helaas", "eerlijk", "gezegd", "nou",
            "eh", "ehm", "uh", "uhm", "hm", "hmm", "actually", "honestly", "um", "erm");
    private static final Set<String> SOFTENERS = Set.of("zo", "erg", "heel", "echt", "super", "te", "so", "very",
            "really", "that", "too");
    private static final Set<String> ARTICLES = Set.of("de", "het", "een", "the", "a");

    static String render(List<Choice> choices, Language language) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < choices.size(); i++) {
            out.append('\n').append(i + 1).append(". ").append(choices.get(i).label().in(language));
        }
        return out.toString();
    }

    /** The number the client sent ("2", "2.", "optie 2", "twee"), or empty. */
    static Optional<Integer> number(String text) {
        List<String> tokens = new ArrayList<>(Folding.tokens(text));
        tokens.removeIf(FILLER::contains);
        if (tokens.size() != 1) {
            return Optional.empty();
        }
        String t = tokens.getFirst();
        if (t.matches("[0-9]{1,2}")) {
            return Optional.of(Integer.parseInt(t));
        }
        if (t.matches("[0-9]e")) {
            return Optional.of(t.charAt(0) - '0');
        }
        return Optional.ofNullable(NUMBER_WORDS.get(t));
    }

    static Optional<Choice> pick(List<Choice> choices, String text) {
        return pick(choices, text, Integer.MAX_VALUE);
    }

    /**
     * A choice said at the start of a longer message: its words begin within the first
     * {@code within} words ("ja hoor, ...", "ik denk het niet, ..."). Words further on belong to
     * whatever else the client tells ("ze eet niet meer goed" is not "goed").
     */
    static Optional<Choice> pickAtStart(List<Choice> choices, String text, int within) {
        return pick(choices, text, within);
    }

    private static Optional<Choice> pick(List<Choice> choices, String text, int within) {
        Optional<Integer> n = number(text);
        if (n.isPresent()) {
            int i = n.get();
            return i >= 1 && i <= choices.size() ? Optional.of(choices.get(i - 1)) : Optional.empty();
        }
        // The longest matching phrase wins: "weet ik niet" is not "niet".
        List<String> tokens = new ArrayList<>(Folding.tokens(text));
        tokens.removeIf(ASIDES::contains);
        List<String> squeezed = squeezed(tokens);
        Choice found = null;
        int longest = 0;
        boolean tie = false;
        for (Choice c : choices) {
            int best = 0;
            for (int w = 0; w < c.words().size(); w++) {
                if (c.words().get(w).length() > best && saidAndNotDenied(tokens, squeezed, c.phrases().get(w), within)) {
                    best = c.words().get(w).length();
                }
            }
            if (best > longest) {
                found = c;
                longest = best;
                tie = false;
            } else if (best > 0 && best == longest) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(found);
    }

    /**
     * Whether the phrase occurs in the text, starting within its first {@code within} words, without a
     * denial just before it ("niet", "niet zo").
     */
    private static boolean saidAndNotDenied(List<String> tokens, List<String> squeezed, List<String> phrase,
                                            int within) {
        if (phrase.isEmpty()) {
            return false;
        }
        for (int i = 0; i < within && i + phrase.size() <= tokens.size(); i++) {
            if (saidAt(tokens, squeezed, i, phrase) && !deniedBefore(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the phrase is said from token {@code i} on; a phrase that denies ("niet dringend", "not
     * urgent") is said with softeners after its denial too ("niet heel dringend", "not really urgent").
     */
    private static boolean saidAt(List<String> tokens, List<String> squeezed, int i, List<String> phrase) {
        if (i + phrase.size() <= squeezed.size() && squeezed.subList(i, i + phrase.size()).equals(phrase)) {
            return true;
        }
        if (phrase.size() < 2 || !NEGATIONS.contains(phrase.getFirst()) || !squeezed.get(i).equals(phrase.getFirst())) {
            return false;
        }
        int from = 1;
        while (from < phrase.size() && SOFTENERS.contains(phrase.get(from))) {
            from++;
        }
        int next = i + 1;
        while (next < tokens.size() && SOFTENERS.contains(tokens.get(next))) {
            next++;
        }
        int rest = phrase.size() - from;
        return rest > 0 && next + rest <= squeezed.size()
                && squeezed.subList(next, next + rest).equals(phrase.subList(from, phrase.size()));
    }

    /**
     * Each token with its repeated letters written once: a stressed thumb's "jaaa", "neee" and
     * "okeee" are "ja", "ne" and "oke", as the options' own words are compared.
     */
    private static List<String> squeezed(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            out.add(squeezed(t));
        }
        return out;
    }

    /** Called for every word of every message: a loop, and the same string when nothing repeats. */
    private static String squeezed(String token) {
        StringBuilder out = null;
        for (int i = 1; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean repeat = c >= 'a' && c <= 'z' && c == token.charAt(i - 1);
            if (repeat && out == null) {
                out = new StringBuilder(token.length()).append(token, 0, i);
            } else if (!repeat && out != null) {
                out.append(c);
            }
        }
        return out == null ? token : out.toString();
    }

    /** "niet dringend", "niet zo heel snel", "niet de linde": a denial just before, past softeners or an article. */
    private static boolean deniedBefore(List<String> tokens, int start) {
        int before = start - 1;
        // "niet zo heel snel": softeners may come in twos
        for (int n = 0; n < 2 && before >= 0 && SOFTENERS.contains(tokens.get(before)); n++) {
            before--;
        }
        if (before >= 0 && ARTICLES.contains(tokens.get(before))) {
            before--;
        }
        return before >= 0 && NEGATIONS.contains(tokens.get(before));
    }
}
