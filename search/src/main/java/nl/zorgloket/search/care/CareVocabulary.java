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
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The words clients and providers use for kinds of care, from the resource
 * {@code care-vocabulary.tsv}: reads care categories out of free text.
 */
public final class CareVocabulary {
    // Shorter words must match exactly: "ass" must not match "assen", "nah" not "nahuis".
    private static final int COMPOUND_MIN_LENGTH = 7;
    private static final int TOKEN_CACHE_SIZE = 100_000;

    private record Term(String folded, boolean phrase, CareCategory category) {
    }

    private final List<CareCategory> categories;
    private final Map<String, CareCategory> byCode;
    private final List<Term> terms;
    private final Map<String, Set<CareCategory>> tokenCache = new ConcurrentHashMap<>();

    private CareVocabulary(List<CareCategory> categories, List<Term> terms) {
        this.categories = List.copyOf(categories);
        this.byCode = categories.stream().collect(Collectors.toUnmodifiableMap(CareCategory::code, Function.identity()));
        this.terms = List.copyOf(terms);
    }

    public static CareVocabulary bundled() {
        try (InputStream in = CareVocabulary.class.getResourceAsStream("/nl/zorgloket/search/care-vocabulary.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource care-vocabulary.tsv");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From lines of code, Dutch label, English label and terms (separated by |), tab-separated. */
    static CareVocabulary read(List<String> lines) {
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
                String folded = Folding.fold(term);
                terms.add(new Term(folded, folded.contains(" "), category));
            }
        }
        return new CareVocabulary(categories, terms);
    }

    /**
     * Changes with any code or term, not with labels: an index whose providers were given their
     * kinds of care by another vocabulary is out of date.
     */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Term t : terms) {
                sha.update((t.category().code() + "=" + t.folded() + "\n").getBytes(StandardCharsets.UTF_8));
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

    /** The categories named in the text, in the order of the vocabulary. */
    public Set<CareCategory> categoriesIn(String text) {
        String folded = Folding.fold(text);
        if (folded.isEmpty()) {
            return Set.of();
        }
        String padded = " " + folded + " ";
        Set<CareCategory> found = new LinkedHashSet<>();
        for (String token : new LinkedHashSet<>(List.of(folded.split(" ")))) {
            found.addAll(byToken(token));
        }
        for (Term term : terms) {
            if (term.phrase() && !found.contains(term.category()) && padded.contains(" " + term.folded() + " ")) {
                found.add(term.category());
            }
        }
        List<CareCategory> ordered = new ArrayList<>(categories);
        ordered.retainAll(found);
        return new LinkedHashSet<>(ordered);
    }

    /**
     * The categories one word names. Remembered: the typo comparison is the costly part of reading a
     * text, and the same words come back in every provider and every request.
     */
    private Set<CareCategory> byToken(String token) {
        Set<CareCategory> known = tokenCache.get(token);
        if (known != null) {
            return known;
        }
        Set<CareCategory> found = new LinkedHashSet<>();
        List<String> single = List.of(token);
        for (Term term : terms) {
            if (!term.phrase() && !found.contains(term.category()) && anyTokenMatches(single, term.folded())) {
                found.add(term.category());
            }
        }
        if (tokenCache.size() >= TOKEN_CACHE_SIZE) {
            // a flood of one-off words (hostile input) empties it rather than letting it grow
            tokenCache.clear();
        }
        Set<CareCategory> result = Set.copyOf(found);
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
                // a slip of the thumb rarely hits the first letter; "indicatie" is no "medicatie"
                int budget = Folding.typoBudget(term.length());
                if (!token.isEmpty() && token.charAt(0) == term.charAt(0) && Folding.distance(token, term, budget) <= budget) {
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
