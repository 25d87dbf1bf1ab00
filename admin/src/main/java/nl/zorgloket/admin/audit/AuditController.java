package nl.zorgloket.admin.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import nl.zorgloket.admin.staff.Role;
import nl.zorgloket.admin.web.InvalidField;
import nl.zorgloket.admin.web.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * GET /api/audit: admins read the access log by client, user and period. Reading it is logged too.
 */
@Controller("/api/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.ADMIN_NAME)
class AuditController {
    private static final int MAX_PAGE = 500;
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Serdeable
    record Row(long id, Instant occurredAt, String actor, @Nullable String onBehalfOf, String action,
               String objectType, @Nullable String objectId, @Nullable Long contactId, @Nullable String remoteAddress,
               @Nullable String detail) {
        static Row of(AuditEntry e) {
            return new Row(e.id(), e.occurredAt(), e.actor(), e.onBehalfOf(), e.action(), e.objectType(), e.objectId(),
                    e.contactId(), e.remoteAddress(), e.detail());
        }
    }

    private final AuditRepository audit;
    private final RecordAudit record;

    AuditController(AuditRepository audit, RecordAudit record) {
        this.audit = audit;
        this.record = record;
    }

    /**
     * @param from the first day (yyyy-mm-dd, Dutch time) or instant (2026-11-23T10:00:00Z) included
     * @param until the first day or instant no longer included
     */
    @Get
    List<Row> search(HttpRequest<?> request, Authentication who, @Nullable @QueryValue Long contactId,
                     @Nullable @QueryValue String actor, @Nullable @QueryValue String from,
                     @Nullable @QueryValue String until, @QueryValue(defaultValue = "0") int page,
                     @QueryValue(defaultValue = "100") int size) {
        List<InvalidField> errors = new ArrayList<>();
        Instant start = instant("from", from, errors);
        Instant end = instant("until", until, errors);
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            errors.add(InvalidField.of("size", "page from 0, size 1 to " + MAX_PAGE + "."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<Row> rows = audit.search(contactId, actor == null || actor.isBlank() ? null : actor.strip(), start, end,
                size, page * size).stream().map(Row::of).toList();
        // the filters given, and how much was seen: "actor els, from 2026-11-01: 12 rows"
        String filters = java.util.stream.Stream.of(actor == null || actor.isBlank() ? null : "actor " + actor.strip(),
                from == null || from.isBlank() ? null : "from " + from.strip(),
                until == null || until.isBlank() ? null : "until " + until.strip())
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(", "));
        record.record(who.getName(), request, AuditAction.READ, AuditObject.AUDIT_LOG, null, contactId,
                (filters.isEmpty() ? "" : filters + ": ") + rows.size() + " rows");
        return rows;
    }

    private static Instant instant(String field, String value, List<InvalidField> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.contains("T") ? Instant.parse(value.strip())
                    : LocalDate.parse(value.strip()).atStartOfDay(NL).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(InvalidField.of(field, "A day as 2026-11-23, or an instant as 2026-11-23T10:00:00Z."));
            return null;
        }
    }
}
