package nl.zorgloket.admin.place;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.zorgloket.admin.audit.AuditAction;
import nl.zorgloket.admin.audit.AuditObject;
import nl.zorgloket.admin.audit.RecordAudit;
import nl.zorgloket.admin.web.InvalidField;
import nl.zorgloket.admin.web.ProblemException;
import nl.zorgloket.intake.place.PostcodeTable;
import nl.zorgloket.search.place.Gazetteer;
import nl.zorgloket.search.place.GeoPoint;
import nl.zorgloket.search.place.Municipality;
import nl.zorgloket.search.place.PostcodeArea;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * POST /api/gazetteer/postcodes: a CSV of four-digit postcode areas ({@code pc4,municipality,lat,lon};
 * lat and lon may be empty), created or replaced by their digits, all or nothing. A header line is
 * optional, and a spreadsheet's Dutch export (semicolons, decimal commas) is read as well.
 */
@Singleton
public class ImportPostcodes {
    // The Netherlands has some 4,100 four-digit areas.
    static final int MAX_ROWS = 10_000;
    private static final Pattern PC4 = Pattern.compile("[1-9][0-9]{3}");

    @Serdeable
    public record Result(int imported, int withCentre) {
    }

    private final Gazetteer gazetteer;
    private final PostcodeTable table;
    private final RecordAudit audit;

    ImportPostcodes(Gazetteer gazetteer, PostcodeTable table, RecordAudit audit) {
        this.gazetteer = gazetteer;
        this.table = table;
        this.audit = audit;
    }

    @Transactional
    public Result importCsv(byte[] body, String actor, HttpRequest<?> request) {
        List<PostcodeArea> areas = parse(decode(body));
        table.upsert(areas);
        int withCentre = (int) areas.stream().filter(a -> a.centre() != null).count();
        audit.record(actor, request, AuditAction.IMPORT, AuditObject.POSTCODE_AREA, null, null,
                areas.size() + " areas, " + withCentre + " with a centre");
        return new Result(areas.size(), withCentre);
    }

    private static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid(List.of(InvalidField.of("", "The file is not UTF-8 text.")));
        }
    }

    private List<PostcodeArea> parse(String csv) {
        String[] lines = csv.split("\r?\n", -1);
        List<InvalidField> errors = new ArrayList<>();
        List<PostcodeArea> areas = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String text = lines[i].strip().replace("\uFEFF", "");
            if (text.isEmpty() || text.startsWith("#") || (areas.isEmpty() && errors.isEmpty()
                    && text.toLowerCase().startsWith("pc4"))) {
                continue;
            }
            boolean dutchSpreadsheet = text.contains(";");
            String[] f = text.split(dutchSpreadsheet ? ";" : ",", -1);
            if (f.length != 2 && f.length != 4) {
                errors.add(new InvalidField(line, "", "A line is pc4,municipality,lat,lon (lat and lon may be left out)."));
                continue;
            }
            String pc4 = unquote(f[0]);
            if (!PC4.matcher(pc4).matches()) {
                errors.add(new InvalidField(line, "pc4", "A four-digit postcode is 1000 to 9999; this is '" + pc4 + "'."));
            } else {
                Integer first = firstLineOf.putIfAbsent(pc4, line);
                if (first != null) {
                    errors.add(new InvalidField(line, "pc4", pc4 + " is also on line " + first + "."));
                }
            }
            String name = unquote(f[1]);
            Optional<Municipality> municipality = gazetteer.municipalityNamed(name);
            if (municipality.isEmpty()) {
                errors.add(new InvalidField(line, "municipality", gazetteer.municipality(name)
                        .map(m -> "'" + name + "' is a place in " + m.name() + "; give the municipality.")
                        .orElse("'" + name + "' is not a Dutch municipality (CBS list).")));
            }
            GeoPoint centre = null;
            if (f.length == 4 && !(unquote(f[2]).isEmpty() && unquote(f[3]).isEmpty())) {
                centre = centre(unquote(f[2]), unquote(f[3]), dutchSpreadsheet, line, errors);
            }
            if (municipality.isPresent() && PC4.matcher(pc4).matches()) {
                areas.add(new PostcodeArea(pc4, municipality.get().name(), centre));
            }
        }
        if (areas.isEmpty() && errors.isEmpty()) {
            errors.add(InvalidField.of("", "The file has no postcode areas."));
        }
        if (areas.size() > MAX_ROWS) {
            errors.add(InvalidField.of("", "At most " + MAX_ROWS + " areas per import; this has " + areas.size() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "Import refused",
                    errors.size() + " problem" + (errors.size() == 1 ? "" : "s") + " in the file; nothing was stored.",
                    errors.size() > 100 ? errors.subList(0, 100) : errors);
        }
        return areas;
    }

    private static GeoPoint centre(String lat, String lon, boolean decimalComma, int line, List<InvalidField> errors) {
        try {
            double la = Double.parseDouble(decimalComma ? lat.replace(',', '.') : lat);
            double lo = Double.parseDouble(decimalComma ? lon.replace(',', '.') : lon);
            if (la < 50.6 || la > 53.7 || lo < 3.2 || lo > 7.3) {
                errors.add(new InvalidField(line, "lat", "Not in the Netherlands: lat is about 50.7 to 53.6 and lon"
                        + " 3.3 to 7.2 (were they swapped, or are these RD coordinates?)."));
                return null;
            }
            return new GeoPoint(la, lo);
        } catch (NumberFormatException e) {
            errors.add(new InvalidField(line, "lat", "lat and lon are decimal degrees, such as 51.987 and 6.567."));
            return null;
        }
    }

    private static String unquote(String field) {
        String f = field.strip();
        return f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"") ? f.substring(1, f.length() - 1).strip() : f;
    }
}
