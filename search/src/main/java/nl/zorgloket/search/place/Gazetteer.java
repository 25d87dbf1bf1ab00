package nl.zorgloket.search.place;

import nl.zorgloket.search.text.Folding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dutch municipalities, the places inside them and four-digit postcode areas: turns what a
 * client wrote ("Lichtenvoorde", "7141 AB", "in ulft") into a municipality.
 */
public final class Gazetteer {
    /**
     * Place names that are also everyday words ("de best passende zorg", "mijn buren", "echt
     * moeilijk"): read as a place only when they are the whole answer to "where do you live?".
     */
    private static final Set<String> EVERYDAY_WORDS = Set.of(
            "best", "buren", "duiven", "echt", "beek", "goes", "epe", "ede", "laren", "putten",
            "velden", "laar", "america", "rekken", "baak", "ane", "lutten", "halle", "loo", "sluis",
            "leek", "grave", "doorn", "goor", "zetten", "leiden", "hoorn", "helden", "leunen",
            "miste", "huppel", "heide", "elst", "stein", "horst");

    // Names this long may be read with one letter off even outside an answer to "where?".
    private static final int LONG_NAME = 10;
    /** The words before "in" that say where someone lives: "woont in", "lives in". */
    private static final Set<String> LIVING = Set.of("woon", "woont", "wonen", "woonachtig", "wonend",
            "live", "lives", "living");

    // 1000-9999 followed by two letters; SA, SD and SS are never issued.
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![0-9])([1-9][0-9]{3}) ?(?!SA|SD|SS)([A-Z]{2})(?![A-Za-z])", Pattern.CASE_INSENSITIVE);
    // "we wonen in 7101 en zoeken ...": two small letters after a space that are a word of the sentence, not a
    // postcode's letters (written "7101 EN" or "7101en" they are)
    private static final Set<String> SMALL_WORDS = Set.of("en", "in", "op", "of", "is", "te", "om", "ik", "ze", "we",
            "je", "de", "al", "na", "nu", "er", "zo", "ja", "at", "it", "on", "or", "to", "me", "my", "so", "as", "by",
            "if", "no", "an");
    private static final Pattern BRACKETED_QUALIFIER = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    private static final Pattern PC4_ONLY = Pattern.compile("^\\s*([1-9][0-9]{3})\\s*$");
    // "in 7122", "postcode 7122" inside a sentence; not 1900-2099, which are more often years
    private static final Pattern PC4_AFTER_IN = Pattern.compile("(?:^| )(?:in|postcode) ([1-9][0-9]{3})(?![0-9])");
    // a postcode with its house number right after it, the Dutch way to write an address: "7141 AB 12a"
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![0-9])([1-9][0-9]{3}) ?(?!SA|SD|SS)([A-Z]{2})[ ,]+(?:nr\\.? ?|nummer )?([1-9][0-9]{0,4})(?:([A-Z]{1,2})|-([A-Z0-9]{1,3}))?(?![A-Za-z0-9])",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, Municipality> municipalities;
    private final Map<String, Named> names;
    /** A name without its qualifier ("Hengelo" of "Hengelo (Gld)") and the municipalities it may mean. */
    private final Map<String, Shared> sharedNames;
    private final Map<String, Area> bundledPostcodes;
    private final int longestNameTokens;
    /** The bundled areas with an admin's import over them; replaced whole, so readers never see half. */
    private volatile Map<String, Area> postcodes;

    private record Named(String name, Municipality municipality) {
    }

    private record Area(Municipality municipality, GeoPoint centre) {
    }

    /** @param name as the places write it, without the qualifier: "Bergen" */
    private record Shared(String name, List<Municipality> meant) {
    }

    private Gazetteer(Map<String, Municipality> municipalities, Map<String, Named> names,
                      Map<String, Area> postcodes) {
        this.municipalities = municipalities;
        this.names = names;
        this.sharedNames = sharedNames(names);
        this.bundledPostcodes = postcodes;
        this.postcodes = postcodes;
        this.longestNameTokens = names.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    /**
     * "Hengelo" is a municipality in Overijssel and "Hengelo (Gld)" a village in Bronckhorst: a name
     * that, without the qualifier in brackets, belongs to places in more than one municipality.
     */
    private static Map<String, Shared> sharedNames(Map<String, Named> names) {
        Map<String, List<Municipality>> byBareName = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (Named named : names.values()) {
            String bare = BRACKETED_QUALIFIER.matcher(named.name()).replaceFirst("");
            spelling.putIfAbsent(key(bare), bare);
            List<Municipality> meant = byBareName.computeIfAbsent(key(bare), k -> new ArrayList<>());
            if (!meant.contains(named.municipality())) {
                meant.add(named.municipality());
            }
        }
        Map<String, Shared> shared = new HashMap<>();
        byBareName.forEach((bare, meant) -> {
            if (meant.size() > 1) {
                meant.sort(Comparator.comparing(Municipality::name));
                shared.put(bare, new Shared(spelling.get(bare), List.copyOf(meant)));
            }
        });
        return Map.copyOf(shared);
    }

    /**
     * The municipalities a place name may mean when it is not clear which: "Hengelo" (the municipality
     * Hengelo, or Hengelo in Bronckhorst). Empty when the match is clear, as it is with a qualifier
     * ("Hengelo Gld"), a postcode or the name of a municipality that no place shares.
     */
    public List<Municipality> unclear(PlaceMatch match) {
        if (match.postcode() != null) {
            return List.of();
        }
        return sharing(match.said());
    }

    /**
     * The municipalities with a place of this name, without a qualifier in brackets: for "Hengelo" the
     * municipality Hengelo and Bronckhorst, in the order of their names. Empty for a name only one has.
     */
    public List<Municipality> sharing(String name) {
        Shared shared = sharedNames.get(key(name));
        return shared == null ? List.of() : shared.meant();
    }

    /** The bundled tables: every municipality, the places of the members' regions, their postcodes. */
    public static Gazetteer bundled() {
        Map<String, Municipality> municipalities = new HashMap<>();
        Map<String, Named> names = new HashMap<>();
        readLines("municipalities.tsv", line -> {
            String[] f = line.split("\t");
            Municipality m = new Municipality(f[0], f[1], new GeoPoint(Double.parseDouble(f[2]),
                    Double.parseDouble(f[3])));
            municipalities.put(Folding.fold(f[0]), m);
            names.put(key(f[0]), new Named(f[0], m));
        });
        readLines("places.tsv", line -> {
            String[] f = line.split("\t");
            Municipality m = municipalities.get(Folding.fold(f[1]));
            if (m == null) {
                throw new IllegalStateException("places.tsv names an unknown municipality: " + f[1]);
            }
            names.putIfAbsent(key(f[0]), new Named(f[0], m));
        });
        Map<String, Area> postcodes = new HashMap<>();
        readLines("postcodes.csv", line -> {
            String[] f = line.split(",");
            Municipality m = municipalities.get(Folding.fold(f[1]));
            if (m == null) {
                throw new IllegalStateException("postcodes.csv names an unknown municipality: " + f[1]);
            }
            GeoPoint centre = f.length >= 4 ? new GeoPoint(Double.parseDouble(f[2]), Double.parseDouble(f[3])) : null;
            postcodes.put(f[0].trim(), new Area(m, centre));
        });
        return new Gazetteer(Map.copyOf(municipalities), Map.copyOf(names), Map.copyOf(postcodes));
    }

    public Collection<Municipality> municipalities() {
        return Collections.unmodifiableCollection(municipalities.values());
    }

    /** A municipality by its own name, or by the name of a place inside it. */
    public Optional<Municipality> municipality(String name) {
        Named named = names.get(key(name));
        return Optional.ofNullable(named).map(Named::municipality);
    }

    public Optional<Municipality> byPostcode(String pc4) {
        return Optional.ofNullable(postcodes.get(pc4)).map(Area::municipality);
    }

    /** A postcode area as the tables have it: bundled, or imported over the bundled one. */
    public Optional<PostcodeArea> area(String pc4) {
        Area a = postcodes.get(pc4);
        return a == null ? Optional.empty() : Optional.of(new PostcodeArea(pc4, a.municipality().name(), a.centre()));
    }

    /** The municipality of exactly this name (not a place inside one), spelled as the CBS list does. */
    public Optional<Municipality> municipalityNamed(String name) {
        return Optional.ofNullable(municipalities.get(Folding.fold(name)));
    }

    /**
     * Where a client is, as near as the tables tell: the centre of their postcode area when it has
     * one, else the centre of their municipality (the postcode area's, or the one named); empty when
     * neither is known.
     */
    public Optional<Location> locate(String postcode, String municipality) {
        if (postcode != null && postcode.strip().length() >= 4) {
            Area area = postcodes.get(postcode.strip().substring(0, 4));
            if (area != null) {
                return Optional.of(area.centre() != null
                        ? new Location(area.centre(), Location.Precision.POSTCODE_AREA)
                        : new Location(area.municipality().centre(), Location.Precision.MUNICIPALITY));
            }
        }
        if (municipality != null) {
            return municipality(municipality)
                    .map(m -> new Location(m.centre(), Location.Precision.MUNICIPALITY));
        }
        return Optional.empty();
    }

    /**
     * Lays these areas (an admin's import) over the bundled table: an area given here replaces the
     * bundled one of the same four digits. Every area must name a municipality of the CBS list.
     */
    public void usePostcodes(Collection<PostcodeArea> imported) {
        Map<String, Area> merged = new HashMap<>(bundledPostcodes);
        for (PostcodeArea a : imported) {
            Municipality m = municipalityNamed(a.municipality()).orElseThrow(() -> new IllegalArgumentException(
                    "postcode " + a.pc4() + " names an unknown municipality: " + a.municipality()));
            merged.put(a.pc4(), new Area(m, a.centre()));
        }
        postcodes = Map.copyOf(merged);
    }

    /** How many postcode areas are known, and how many of them have a centre. */
    public int postcodeAreas(boolean withCentreOnly) {
        return (int) postcodes.values().stream().filter(a -> !withCentreOnly || a.centre() != null).count();
    }

    /**
     * A place mentioned anywhere in free text ("dagbesteding in Lichtenvoorde"), or a postcode.
     * Exact names only, and no everyday words: a false place is worse than asking.
     */
    public Optional<PlaceMatch> findIn(String text) {
        String postcode = postcodeIn(text);
        List<String> tokens = Folding.tokens(text);
        Optional<Named> named = longestName(tokens, true).or(() -> closeLongName(tokens))
                .or(() -> nearNameWhereOneLives(tokens));
        if (named.isPresent()) {
            // "7255 AB Hengelo": the postcode tells which Hengelo
            Area area = postcode == null ? null : postcodes.get(postcode.substring(0, 4));
            Municipality municipality = area != null && sharing(named.get().name()).contains(area.municipality())
                    ? area.municipality() : named.get().municipality();
            return Optional.of(new PlaceMatch(named.get().name(), municipality, postcode));
        }
        if (postcode != null) {
            Area area = postcodes.get(postcode.substring(0, 4));
            if (area != null) {
                return Optional.of(new PlaceMatch(postcode, area.municipality(), postcode));
            }
        }
        Matcher pc4 = PC4_AFTER_IN.matcher(String.join(" ", tokens));
        while (pc4.find()) {
            int number = Integer.parseInt(pc4.group(1));
            Area area = number >= 1900 && number <= 2099 ? null : postcodes.get(pc4.group(1));
            if (area != null) {
                return Optional.of(new PlaceMatch(pc4.group(1), area.municipality(), null));
            }
        }
        return Optional.empty();
    }

    /**
     * The answer to "where do you live?": also a bare four-digit postcode, everyday-word
     * places and names with a typo ("Lichtevoorde", "Doetinchen").
     */
    public Optional<PlaceMatch> resolveAnswer(String answer) {
        Optional<PlaceMatch> found = findIn(answer);
        if (found.isPresent()) {
            return found;
        }
        Matcher pc4 = PC4_ONLY.matcher(answer);
        Area area = pc4.matches() ? postcodes.get(pc4.group(1)) : null;
        if (area != null) {
            return Optional.of(new PlaceMatch(pc4.group(1), area.municipality(), null));
        }
        List<String> tokens = Folding.tokens(answer);
        if (tokens.isEmpty() || tokens.size() > 8) {
            return Optional.empty();
        }
        Optional<Named> exact = longestName(tokens, false);
        if (exact.isPresent()) {
            return Optional.of(new PlaceMatch(exact.get().name(), exact.get().municipality(), null));
        }
        // "Bergen", which only its places with a qualifier name: one of them, for the caller to ask which
        for (String token : tokens) {
            Shared shared = sharedNames.get(foldedKey(token));
            if (shared != null) {
                return Optional.of(new PlaceMatch(shared.name(), shared.meant().getFirst(), null));
            }
        }
        return closestName(tokens).map(n -> new PlaceMatch(n.name(), n.municipality(), null));
    }

    /** A Dutch postcode in the text, written as "7141 AB", or null. */
    public static String postcodeIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = POSTCODE.matcher(text);
        while (m.find()) {
            if (!aWordAfterDigits(text, m)) {
                return m.group(1) + " " + m.group(2).toUpperCase();
            }
        }
        return null;
    }

    /**
     * A postcode with the house number after it ("7141 AB 12", "7141ab, 12-2"), written as one
     * address: "7141 AB 12-2"; null when the text has none.
     */
    public static String addressIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ADDRESS.matcher(text);
        boolean found;
        do {
            found = m.find();
        } while (found && aWordAfterDigits(text, m));
        if (!found) {
            return null;
        }
        String addition = m.group(4) != null ? m.group(4) : m.group(5);
        return m.group(1) + " " + m.group(2).toUpperCase() + " " + m.group(3)
                + (addition == null ? "" : "-" + addition.toUpperCase());
    }

    /** Whether the letters of this match are a small word after a space, in lower case: "7101 en zoeken". */
    private static boolean aWordAfterDigits(String text, Matcher m) {
        String letters = m.group(2);
        return text.charAt(m.start(2) - 1) == ' ' && letters.equals(letters.toLowerCase(Locale.ROOT))
                && SMALL_WORDS.contains(letters);
    }

    private Optional<Named> longestName(List<String> tokens, boolean skipEverydayWords) {
        for (int n = Math.min(longestNameTokens, tokens.size()); n >= 1; n--) {
            for (int i = 0; i + n <= tokens.size(); i++) {
                String candidate = String.join(" ", tokens.subList(i, i + n));
                if (skipEverydayWords && n == 1 && EVERYDAY_WORDS.contains(candidate)) {
                    continue;
                }
                Named named = names.get(foldedKey(candidate));
                if (named != null) {
                    return Optional.of(named);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Named> closestName(List<String> tokens) {
        List<String> candidates = new ArrayList<>();
        for (int n = 1; n <= Math.min(longestNameTokens, tokens.size()); n++) {
            for (int i = 0; i + n <= tokens.size(); i++) {
                candidates.add(foldedKey(String.join(" ", tokens.subList(i, i + n))));
            }
        }
        return closestOf(candidates);
    }

    /**
     * The words right after "woont in", "wonen in", "lives in" name a place, typed as they may be:
     * "woont in groenloo". Read with the typos an answer to "where?" may have, from there on only.
     */
    private Optional<Named> nearNameWhereOneLives(List<String> tokens) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (LIVING.contains(tokens.get(i)) && (tokens.get(i + 1).equals("in") || tokens.get(i + 1).equals("te"))) {
                List<String> candidates = new ArrayList<>();
                for (int n = 1; n <= longestNameTokens && i + 2 + n <= tokens.size(); n++) {
                    candidates.add(foldedKey(String.join(" ", tokens.subList(i + 2, i + 2 + n))));
                }
                Optional<Named> near = closestOf(candidates);
                if (near.isPresent()) {
                    return near;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Named> closestOf(List<String> candidates) {
        Named best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, Named> e : names.entrySet()) {
            int budget = typoBudget(e.getKey().length());
            if (budget == 0) {
                continue;
            }
            for (String candidate : candidates) {
                int d = Folding.distance(candidate, e.getKey(), budget);
                if (d <= budget && (d < bestDistance
                        || d == bestDistance && e.getKey().length() > key(best.name()).length())) {
                    best = e.getValue();
                    bestDistance = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A long name (ten letters or more) one letter off, in a message that was not an answer to
     * "where?": "Lichtenvoord", "Doetinchen". Shorter names are too close to everyday words.
     */
    private Optional<Named> closeLongName(List<String> tokens) {
        Named best = null;
        for (int n = 1; n <= Math.min(longestNameTokens, tokens.size()); n++) {
            for (int i = 0; i + n <= tokens.size(); i++) {
                String candidate = foldedKey(String.join(" ", tokens.subList(i, i + n)));
                if (candidate.length() < LONG_NAME - 1) {
                    continue;
                }
                for (Map.Entry<String, Named> e : names.entrySet()) {
                    if (e.getKey().length() >= LONG_NAME && Folding.distance(candidate, e.getKey(), 1) <= 1) {
                        if (best != null && best.municipality() != e.getValue().municipality()) {
                            return Optional.empty(); // two places fit: ask
                        }
                        best = e.getValue();
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@link #key} of words folded already ({@link Folding#tokens}): folding them again changes nothing. */
    private static String foldedKey(String folded) {
        return folded.replace("ij", "y");
    }

    /** How names are compared: folded, and "ij" written as "y" (Winterswyk, Nymegen) is the same. */
    private static String key(String name) {
        return Folding.fold(name).replace("ij", "y");
    }

    /**
     * Stricter than for care words: many short place names are one letter from a Dutch word
     * ("weet" / Weert, "ede" / "de").
     */
    private static int typoBudget(int nameLength) {
        if (nameLength < 7) {
            return 0;
        }
        return nameLength < 11 ? 1 : 2;
    }

    private static void readLines(String resource, Consumer<String> line) {
        try (InputStream in = Gazetteer.class.getResourceAsStream("/nl/zorgloket/search/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String l;
            while ((l = reader.readLine()) != null) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    line.accept(l.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
