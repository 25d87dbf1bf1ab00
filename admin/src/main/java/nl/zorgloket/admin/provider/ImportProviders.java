package nl.zorgloket.admin.provider;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.zorgloket.admin.audit.AuditAction;
import nl.zorgloket.admin.audit.AuditObject;
import nl.zorgloket.admin.audit.RecordAudit;
import nl.zorgloket.admin.web.InvalidField;
import nl.zorgloket.admin.web.ProblemException;
import nl.zorgloket.intake.provider.ProviderDirectory;
import nl.zorgloket.intake.provider.ProviderImport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * POST /api/providers/import: a JSON array in the import format, upserted by externalId, all or
 * nothing. Every row is checked before anything is stored, and every invalid row and field is named.
 */
@Singleton
public class ImportProviders {
    /** More rows than this go in several imports. */
    static final int MAX_ROWS = 20_000;

    @Serdeable
    public record Result(int created, int updated) {
    }

    private final ProviderRules rules;
    private final ProviderDirectory directory;
    private final ObjectMapper json;
    private final RecordAudit audit;

    ImportProviders(ProviderRules rules, ProviderDirectory directory, ObjectMapper json, RecordAudit audit) {
        this.rules = rules;
        this.directory = directory;
        this.json = json;
        this.audit = audit;
    }

    @Transactional
    public Result importAll(byte[] body, String actor, HttpRequest<?> request) {
        List<ProviderImport> valid = check(body);
        ProviderDirectory.Upserted upserted = directory.upsertImported(valid, false);
        audit.record(actor, request, AuditAction.IMPORT, AuditObject.PROVIDER, null, null,
                valid.size() + " rows: " + upserted.created() + " created, " + upserted.updated() + " updated");
        return new Result(upserted.created(), upserted.updated());
    }

    private List<ProviderImport> check(byte[] body) {
        JsonNode array;
        try {
            array = json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw ProblemException.invalid(List.of(InvalidField.of("", "The body is not JSON: " + e.getMessage())));
        }
        if (array == null || !array.isArray()) {
            throw ProblemException.invalid(List.of(InvalidField.of("", "The body is a JSON array of providers.")));
        }
        if (array.size() > MAX_ROWS) {
            throw ProblemException.invalid(List.of(InvalidField.of("",
                    "At most " + MAX_ROWS + " providers per import; this has " + array.size() + ". Import in parts.")));
        }
        List<InvalidField> errors = new ArrayList<>();
        List<ProviderImport> valid = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (int row = 0; row < array.size(); row++) {
            JsonNode node = array.get(row);
            if (!node.isObject()) {
                errors.add(new InvalidField(row, "", "Each row is a JSON object."));
                continue;
            }
            ProviderImport p;
            try {
                p = json.readValueFromTree(node, ProviderImport.class);
            } catch (IOException | RuntimeException e) {
                errors.add(new InvalidField(row, "", "A field has the wrong type: " + e.getMessage()));
                continue;
            }
            ProviderRules.Checked checked = rules.check(p, row);
            errors.addAll(checked.errors());
            if (p.externalId() != null) {
                Integer first = firstRowOf.putIfAbsent(p.externalId(), row);
                if (first != null) {
                    errors.add(new InvalidField(row, "externalId",
                            "'" + p.externalId() + "' is also row " + first + "; each provider once per import."));
                }
            }
            if (checked.valid()) {
                valid.add(checked.provider());
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(io.micronaut.http.HttpStatus.BAD_REQUEST, "Import refused",
                    errors.size() + " problem" + (errors.size() == 1 ? "" : "s") + " in the import; nothing was stored.",
                    errors);
        }
        return valid;
    }
}
