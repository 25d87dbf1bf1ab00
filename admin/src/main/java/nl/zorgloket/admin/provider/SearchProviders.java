package nl.zorgloket.admin.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import nl.zorgloket.admin.web.InvalidField;
import nl.zorgloket.admin.web.ProblemException;
import nl.zorgloket.search.place.Gazetteer;
import nl.zorgloket.search.place.Location;
import nl.zorgloket.search.place.Municipality;
import nl.zorgloket.search.provider.ProviderHit;
import nl.zorgloket.search.provider.ProviderIndex;
import nl.zorgloket.search.provider.ProviderQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GET /api/providers/search: the search the dialogue uses, for staff. A place name stands for its
 * municipality (Lichtenvoorde is Oost Gelre), and so does a postcode; where the postcode table has
 * coordinates, nearer providers rank higher and say how far they are.
 */
@Singleton
public class SearchProviders {
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_QUERY = 2_000;

    @Serdeable
    public record Hit(String externalId, String name, float score, List<String> reasons) {
        static Hit of(ProviderHit h) {
            return new Hit(h.externalId(), h.name(), h.score(), h.reasons());
        }
    }

    /** @param municipality the municipality searched in, as resolved from a place name or postcode */
    @Serdeable
    public record Result(@JsonInclude(JsonInclude.Include.ALWAYS) List<Hit> hits, @Nullable String municipality) {
    }

    private final ProviderIndex index;
    private final Gazetteer gazetteer;

    SearchProviders(ProviderIndex index, Gazetteer gazetteer) {
        this.index = index;
        this.gazetteer = gazetteer;
    }

    public Result search(@Nullable String q, @Nullable String municipality, @Nullable String postcode,
                         @Nullable Integer age, @Nullable Integer limit, @Nullable String language) {
        List<InvalidField> errors = new ArrayList<>();
        if (q != null && q.length() > MAX_QUERY) {
            errors.add(InvalidField.of("q", "At most " + MAX_QUERY + " characters."));
        }
        String where = null;
        if (municipality != null && !municipality.isBlank()) {
            Optional<Municipality> m = gazetteer.municipality(municipality);
            if (m.isEmpty()) {
                errors.add(InvalidField.of("municipality", "'" + municipality.strip()
                        + "' is neither a Dutch municipality nor a place the gazetteer knows."));
            } else {
                where = m.get().name();
            }
        } else if (postcode != null && !postcode.isBlank()) {
            String pc4 = postcode.strip().length() >= 4 ? postcode.strip().substring(0, 4) : "";
            Optional<Municipality> m = pc4.matches("[1-9][0-9]{3}") ? gazetteer.byPostcode(pc4) : Optional.empty();
            if (m.isEmpty()) {
                errors.add(InvalidField.of("postcode", "The postcode table does not know '" + postcode.strip()
                        + "'; give the municipality instead."));
            } else {
                where = m.get().name();
            }
        }
        if (age != null && (age < 0 || age > 130)) {
            errors.add(InvalidField.of("age", "An age is 0 to 130."));
        }
        int n = limit == null ? DEFAULT_LIMIT : limit;
        if (n < 1 || n > ProviderQuery.MAX_LIMIT) {
            errors.add(InvalidField.of("limit", "limit is 1 to " + ProviderQuery.MAX_LIMIT + "."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Location near = gazetteer.locate(postcode, where).orElse(null);
        List<Hit> hits = index.match(new ProviderQuery(q, where, age, n, language, near)).stream().map(Hit::of).toList();
        return new Result(hits, where);
    }
}
