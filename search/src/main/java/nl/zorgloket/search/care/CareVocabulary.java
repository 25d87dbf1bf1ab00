package nl.zorgloket.search.care;

import nl.zorgloket.search.text.Folding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The words clients and providers use for kinds of care, from the resource
 * {@code care-vocabulary.tsv}: reads care categories out of free text. A few words name different
 * care at different ages ({@code care-by-age.tsv}): they count only when the age is known.
 */
public final class CareVocabulary {
    // Shorter words must match exactly: "ass" must not match "assen", "nah" not "nahuis".
    private static final int COMPOUND_MIN_LENGTH = 7;
    private static final int TOKEN_CACHE_SIZE = 100_000;
    /** The shortest part of a compound written apart: "dag besteding", not "de mentie". */
    private static final int COMPOUND_PART = 3;
    // Words said on the way, never part of what a phrase means: "valt ook steeds", "komt nu de deur niet uit".
    private static final Set<String> ASIDES = Set.of("ook", "nog", "wel", "echt", "eigenlijk", "gewoon", "nu", "soms",
            "zelfs", "even", "also", "still", "really", "just", "sometimes");
    // How texts are read; part of the fingerprint, so the index is rebuilt when the reading changes.
    private static final String READING = "reading-3";

    /** A word or phrase for a kind of care, or, with {@code byAge}, for the kind of care from each age on. */
    private record Term(String folded, boolean phrase, CareCategory category, NavigableMap<Integer, CareCategory> byAge) {
        Term(String folded, CareCategory category) {
            this(folded, folded.contains(" "), category, null);
        }

        Term(String folded, NavigableMap<Integer, CareCategory> byAge) {
            this(folded, folded.contains(" "), null, byAge);
        }

        /** The category at this age (null: unknown), or null when the age is needed and unknown. */
        CareCategory at(Integer age) {
            if (byAge == null) {
                return category;
            }
            return age == null ? null : byAge.floorEntry(age).getValue();
        }
    }

    private final List<CareCategory> categories;
    private final Map<String, CareCategory> byCode;
    private final List<Term> terms;
    /** The long one-word terms, by their word: "dag besteding" written apart is looked up as "dagbesteding". */
    private final Map<String, List<Term>> compounds;
    /** The words a compound written apart may begin with ("dag", "logeer"): only those are joined to the next. */
    private final Set<String> compoundStarts;
    private final Map<String, List<Term>> tokenCache = new ConcurrentHashMap<>();

    private CareVocabulary(List<CareCategory> categories, List<Term> terms) {
        this.categories = List.copyOf(categories);
        this.byCode = categories.stream().collect(Collectors.toUnmodifiableMap(CareCategory::code, Function.identity()));
        this.terms = List.copyOf(terms);
        this.compounds = terms.stream().filter(t -> !t.phrase() && t.folded().length() >= COMPOUND_MIN_LENGTH)
                .collect(Collectors.groupingBy(Term::folded, Collectors.toUnmodifiableList()));
        Set<String> starts = new HashSet<>();
        for (String compound : compounds.keySet()) {
            for (int end = COMPOUND_PART; end <= compound.length() - COMPOUND_PART; end++) {
                starts.add(compound.substring(0, end));
            }
        }
        this.compoundStarts = Set.copyOf(starts);
    }

    public static CareVocabulary bundled() {
        return read(resource("care-vocabulary.tsv"), resource("care-by-age.tsv"));
    }

    private static List<String> resource(String name) {
        try (InputStream in = CareVocabulary.class.getResourceAsStream("/nl/zorgloket/search/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From lines of code, Dutch label, English label and terms (separated by |), tab-separated. */
    static CareVocabulary read(List<String> lines) {
        return read(lines, List.of());
    }

    /**
     * With, as well, lines of terms (separated by |) and the categories they name from an age on
     * ("0:ggz 65:dementie"), tab-separated.
     */
    static CareVocabulary read(List<String> lines, List<String> byAgeLines) {
        List<CareCategory> categories = new ArrayList<>();
        List<Term> terms = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            CareCategory category = new CareCategory(f[0], f[1], f[2]);
            categories.add(category);
            for (String term : f[3].split("\\|")) {
                terms.add(new Term(Folding.fold(term), category));
            }
        }
        Map<String, CareCategory> codes = categories.stream()
                .collect(Collectors.toMap(CareCategory::code, Function.identity()));
        for (String line : byAgeLines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            NavigableMap<Integer, CareCategory> byAge = new TreeMap<>();
            for (String from : f[1].split(" ")) {
                String[] ageAndCode = from.split(":");
                CareCategory category = codes.get(ageAndCode[1]);
                if (category == null) {
                    throw new IllegalArgumentException("unknown care category in " + line);
                }
                byAge.put(Integer.parseInt(ageAndCode[0]), category);
            }
            if (!byAge.containsKey(0)) {
                throw new IllegalArgumentException("no category from age 0 in " + line);
            }
            for (String term : f[0].split("\\|")) {
                terms.add(new Term(Folding.fold(term), Collections.unmodifiableNavigableMap(byAge)));
            }
        }
        return new CareVocabulary(categories, terms);
    }

    /**
     * Changes with any code or term and with how texts are read, not with labels: an index whose
     * providers were given their kinds of care by another vocabulary is out of date.
     */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((READING + "\n").getBytes(StandardCharsets.UTF_8));
            for (Term t : terms) {
                // words that need the age never give a provider its kinds of care
                if (t.byAge() == null) {
                    sha.update((t.category().code() + "=" + t.folded() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<CareCategory> categories() {
        return categories;
    }

    public Optional<CareCategory> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The categories named in the text, in the order of the vocabulary, leaving out words that need the age. */
    public Set<CareCategory> categoriesIn(String text) {
        return categoriesIn(text, null);
    }

    /**
     * The categories named in the text, in the order of the vocabulary, for someone of this age
     * (null: unknown, and words that need the age do not count).
     */
    public Set<CareCategory> categoriesIn(String text, Integer age) {
        return reading(text, age).categories();
    }

    /**
     * What a text says about care.
     *
     * @param categories the kinds of care it names, in the order of the vocabulary
     * @param waitsForAge whether it has words whose kind of care the age will tell ("hij is erg verward")
     *                    that the age given did not tell
     */
    public record Reading(Set<CareCategory> categories, boolean waitsForAge) {
    }

    /** The text read in one pass, for someone of this age (null: unknown). */
    public Reading reading(String text, Integer age) {
        String folded = Folding.fold(text);
        if (folded.isEmpty()) {
            return new Reading(Set.of(), false);
        }
        Set<CareCategory> found = new HashSet<>();
        boolean waitsForAge = false;
        String[] tokens = folded.split(" ");
        for (String token : new LinkedHashSet<>(List.of(tokens))) {
            for (Term term : byToken(token)) {
                waitsForAge |= addAt(term, age, found);
            }
        }
        // a compound written apart, as clients often do: "logeer opvang", "dag besteding", "wijk verpleging"
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (compoundStarts.contains(tokens[i]) && tokens[i + 1].length() >= COMPOUND_PART) {
                for (Term term : compounds.getOrDefault(tokens[i] + tokens[i + 1], List.of())) {
                    waitsForAge |= addAt(term, age, found);
                }
            }
        }
        waitsForAge |= phrasesIn(" " + folded + " ", age, found);
        // "hij valt ook steeds": the phrase "valt steeds" with a word said on the way inside it
        String withoutAsides = withoutAsides(tokens);
        if (withoutAsides != null) {
            waitsForAge |= phrasesIn(" " + withoutAsides + " ", age, found);
        }
        List<CareCategory> ordered = new ArrayList<>(categories);
        ordered.retainAll(found);
        return new Reading(new LinkedHashSet<>(ordered), waitsForAge);
    }

    /** Adds the kinds of care the phrases in the padded text name; whether one waits for the age. */
    private boolean phrasesIn(String padded, Integer age, Set<CareCategory> found) {
        boolean waitsForAge = false;
        for (Term term : terms) {
            if (term.phrase() && (term.category() == null || !found.contains(term.category()))
                    && Folding.hasPhrase(padded, term.folded())) {
                waitsForAge |= addAt(term, age, found);
            }
        }
        return waitsForAge;
    }

    /** Adds the kind of care the term names at this age; true when it needs an age that is not known. */
    private static boolean addAt(Term term, Integer age, Set<CareCategory> found) {
        CareCategory category = term.at(age);
        if (category == null) {
            return true;
        }
        found.add(category);
        return false;
    }

    /** The folded text's words without those said on the way, joined again; null when it has none. */
    private static String withoutAsides(String[] tokens) {
        StringBuilder out = new StringBuilder();
        boolean any = false;
        for (String token : tokens) {
            if (ASIDES.contains(token)) {
                any = true;
            } else {
                out.append(out.isEmpty() ? "" : " ").append(token);
            }
        }
        return any ? out.toString() : null;
    }

    /**
     * The terms one word matches. Remembered: the typo comparison is the costly part of reading a
     * text, and the same words come back in every provider and every request.
     */
    private List<Term> byToken(String token) {
        List<Term> known = tokenCache.get(token);
        if (known != null) {
            return known;
        }
        List<Term> found = new ArrayList<>();
        Set<CareCategory> named = new HashSet<>();
        List<String> single = List.of(token);
        for (Term term : terms) {
            if (!term.phrase() && (term.category() == null || !named.contains(term.category()))
                    && anyTokenMatches(single, term.folded())) {
                found.add(term);
                if (term.category() != null) {
                    named.add(term.category());
                }
            }
        }
        if (tokenCache.size() >= TOKEN_CACHE_SIZE) {
            // a flood of one-off words (hostile input) empties it rather than letting it grow
            tokenCache.clear();
        }
        List<Term> result = List.copyOf(found);
        tokenCache.put(token, result);
        return result;
    }

    private static boolean anyTokenMatches(List<String> tokens, String term) {
        for (String token : tokens) {
            if (token.equals(term)) {
                return true;
            }
            if (term.length() >= COMPOUND_MIN_LENGTH) {
                if (token.contains(term)) {
                    return true;
                }
                // a slip of the thumb rarely hits the first letter ("indicatie" is no "medicatie") and drops at most
                // one letter ("dressed" is no "depressed")
                int budget = Folding.typoBudget(term.length());
                if (!token.isEmpty() && token.charAt(0) == term.charAt(0)
                        && Math.abs(token.length() - term.length()) <= 1 && Folding.distance(token, term, budget) <= budget) {
                    return true;
                }
            } else if (term.length() >= 5 && token.startsWith(term) && token.length() <= term.length() + 3) {
                // inflections of short words: logeren -> logeert, dieren -> dierenweide is too far
                return true;
            }
        }
        return false;
    }
}
