package nl.zorgloket.admin.provider;

import jakarta.inject.Singleton;
import nl.zorgloket.admin.web.InvalidField;
import nl.zorgloket.intake.provider.ProviderImport;
import nl.zorgloket.search.place.Gazetteer;
import nl.zorgloket.search.place.Municipality;
import nl.zorgloket.search.text.Folding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a provider in the import format must be, field by field, and its tidy form: municipalities
 * spelled as the CBS list spells them, postcodes as "7141 AB".
 */
@Singleton
class ProviderRules {
    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Pattern POSTCODE = Pattern.compile("\\s*([1-9][0-9]{3})\\s?([A-Za-z]{2})\\s*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,30}");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s]{3,290}");
    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 5_000;
    private static final int MAX_ITEMS = 50;
    private static final int MAX_ITEM = 100;
    private static final int MAX_AGE = 130;
    // The Netherlands with a margin for providers just across the border.
    private static final double MIN_LAT = 50.6;
    private static final double MAX_LAT = 53.7;
    private static final double MIN_LON = 3.2;
    private static final double MAX_LON = 7.3;

    private final Gazetteer gazetteer;

    ProviderRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The tidy provider, or the reasons it cannot be stored; {@code row} is its place in an import. */
    Checked check(ProviderImport p, Integer row) {
        List<InvalidField> errors = new ArrayList<>();
        if (p.externalId() == null || !EXTERNAL_ID.matcher(p.externalId()).matches()) {
            errors.add(new InvalidField(row, "externalId",
                    "An externalId is 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit."));
        }
        text(row, "name", p.name(), true, MAX_NAME, errors);
        text(row, "description", p.description(), false, MAX_DESCRIPTION, errors);
        List<String> expertise = items(row, "expertise", p.expertise(), errors);
        if (expertise.isEmpty() && (p.description() == null || p.description().isBlank())) {
            errors.add(new InvalidField(row, "expertise",
                    "Name at least one kind of care (or give a description): otherwise nobody finds this provider."));
        }
        List<String> municipalities = municipalities(row, p.municipalities(), errors);
        ProviderImport.Address address = address(row, p.address(), errors);
        location(row, p.location(), errors);
        age(row, "ageMin", p.ageMin(), errors);
        age(row, "ageMax", p.ageMax(), errors);
        if (p.ageMin() != null && p.ageMax() != null && p.ageMin() > p.ageMax()) {
            errors.add(new InvalidField(row, "ageMax", "ageMax is below ageMin."));
        }
        contact(row, p.contact(), errors);
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(new ProviderImport(p.externalId(), p.name().strip(),
                p.description() == null ? null : p.description().strip(), expertise, municipalities, address,
                p.location() != null ? p.location() : locationOf(address), p.ageMin(), p.ageMax(),
                p.acceptingClients() == null || p.acceptingClients(), p.contact()), List.of());
    }

    /**
     * Where a provider without a location of its own lies, as near as the gazetteer knows its address:
     * the centre of the postcode area, else of the municipality of the postcode or the city; null when
     * the address tells nothing the gazetteer knows. Search ranks by distance from it.
     */
    private ProviderImport.Location locationOf(ProviderImport.Address address) {
        if (address == null) {
            return null;
        }
        return gazetteer.locate(address.postcode(), address.city())
                .map(l -> new ProviderImport.Location(l.point().lat(), l.point().lon())).orElse(null);
    }

    record Checked(ProviderImport provider, List<InvalidField> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    private static void text(Integer row, String field, String value, boolean required, int max,
                             List<InvalidField> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new InvalidField(row, field, "Give a " + field + "."));
            }
        } else if (value.length() > max) {
            errors.add(new InvalidField(row, field, "At most " + max + " characters; this has " + value.length() + "."));
        } else if (value.indexOf('\0') >= 0) {
            errors.add(new InvalidField(row, field, "Contains a NUL character."));
        }
    }

    private static List<String> items(Integer row, String field, List<String> values, List<InvalidField> errors) {
        Set<String> tidy = new LinkedHashSet<>();
        if (values.size() > MAX_ITEMS) {
            errors.add(new InvalidField(row, field, "At most " + MAX_ITEMS + " items; this has " + values.size() + "."));
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v == null || v.isBlank() || v.length() > MAX_ITEM) {
                errors.add(new InvalidField(row, field + "[" + i + "]", "Each item is 1 to " + MAX_ITEM + " characters."));
            } else {
                tidy.add(v.strip());
            }
        }
        return List.copyOf(tidy);
    }

    private List<String> municipalities(Integer row, List<String> names, List<InvalidField> errors) {
        if (names.isEmpty()) {
            errors.add(new InvalidField(row, "municipalities",
                    "Name at least one municipality the provider works in: search filters on it."));
            return List.of();
        }
        Set<String> tidy = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i);
            Optional<Municipality> m = gazetteer.municipality(name);
            if (m.isEmpty()) {
                errors.add(new InvalidField(row, "municipalities[" + i + "]",
                        "'" + name + "' is not a Dutch municipality (CBS list)."));
            } else if (!Folding.fold(m.get().name()).equals(Folding.fold(name))) {
                errors.add(new InvalidField(row, "municipalities[" + i + "]",
                        "'" + name + "' is a place in the municipality " + m.get().name() + "; give the municipality."));
            } else {
                tidy.add(m.get().name());
            }
        }
        return List.copyOf(tidy);
    }

    private static ProviderImport.Address address(Integer row, ProviderImport.Address a, List<InvalidField> errors) {
        if (a == null) {
            return null;
        }
        text(row, "address.street", a.street(), false, MAX_NAME, errors);
        text(row, "address.city", a.city(), false, 100, errors);
        String postcode = a.postcode();
        if (postcode != null && !postcode.isBlank()) {
            Matcher m = POSTCODE.matcher(postcode);
            if (m.matches()) {
                postcode = m.group(1) + " " + m.group(2).toUpperCase();
            } else {
                errors.add(new InvalidField(row, "address.postcode", "A Dutch postcode is written like 7141 AB."));
            }
        }
        return new ProviderImport.Address(a.street(), postcode, a.city());
    }

    private static void location(Integer row, ProviderImport.Location l, List<InvalidField> errors) {
        if (l == null) {
            return;
        }
        if (l.lat() == null || l.lon() == null) {
            errors.add(new InvalidField(row, "location", "Give both lat and lon, or no location."));
        } else if (l.lat() < MIN_LAT || l.lat() > MAX_LAT || l.lon() < MIN_LON || l.lon() > MAX_LON) {
            errors.add(new InvalidField(row, "location",
                    "Not in the Netherlands: lat is about 50.7 to 53.6 and lon 3.3 to 7.2 (were they swapped?)."));
        }
    }

    private static void age(Integer row, String field, Integer age, List<InvalidField> errors) {
        if (age != null && (age < 0 || age > MAX_AGE)) {
            errors.add(new InvalidField(row, field, "An age is 0 to " + MAX_AGE + "."));
        }
    }

    private static void contact(Integer row, ProviderImport.Contact c, List<InvalidField> errors) {
        if (c == null) {
            return;
        }
        if (c.phone() != null && !c.phone().isBlank() && !PHONE.matcher(c.phone().strip()).matches()) {
            errors.add(new InvalidField(row, "contact.phone", "A phone number has digits, spaces, '-' and an optional '+'."));
        }
        if (c.email() != null && !c.email().isBlank() && (c.email().length() > 200 || !EMAIL.matcher(c.email().strip()).matches())) {
            errors.add(new InvalidField(row, "contact.email", "Not an e-mail address."));
        }
        if (c.website() != null && !c.website().isBlank() && !WEBSITE.matcher(c.website().strip()).matches()) {
            errors.add(new InvalidField(row, "contact.website", "A website starts with http:// or https://."));
        }
    }
}
