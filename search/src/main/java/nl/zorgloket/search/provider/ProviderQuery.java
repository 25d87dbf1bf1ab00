package nl.zorgloket.search.provider;

import nl.zorgloket.search.place.Location;

/**
 * What a client needs, as structured input: never passed to a query parser.
 *
 * @param needText the need in the client's own words
 * @param municipality the municipality the provider must serve, or null for anywhere
 * @param age the age of the person needing care, or null when unknown
 * @param limit how many hits at most
 * @param language "nl" or "en": the language of the reasons
 * @param near where the client is, when known: nearer providers rank higher, and say how far they are when
 *             the location is precise enough for that
 */
public record ProviderQuery(String needText, String municipality, Integer age, int limit, String language,
                            Location near) {
    public static final int MAX_LIMIT = 50;

    public ProviderQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
        if (age != null && (age < 0 || age > 130)) {
            throw new IllegalArgumentException("age must be 0..130, was " + age);
        }
        needText = needText == null ? "" : needText;
        language = "en".equals(language) ? "en" : "nl";
    }

    public ProviderQuery(String needText, String municipality, Integer age, int limit, String language) {
        this(needText, municipality, age, limit, language, null);
    }
}
