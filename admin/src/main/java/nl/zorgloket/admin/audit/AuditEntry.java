package nl.zorgloket.admin.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One row of the append-only audit log (NEN 7513): who did what, when, to which object and, where
 * a client's data was read or changed, which client.
 */
@MappedEntity("audit_log")
public record AuditEntry(
        @Id @GeneratedValue @Nullable Long id,
        Instant occurredAt,
        String actor,
        @Nullable String onBehalfOf,
        String action,
        String objectType,
        @Nullable String objectId,
        @Nullable Long contactId,
        @Nullable String remoteAddress,
        @Nullable String detail) {
}
