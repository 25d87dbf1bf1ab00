package nl.zorgloket.admin.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Writes an audit row. Called inside the transaction of the change it records, so a change and its
 * audit row are committed together or not at all.
 */
@Singleton
public class RecordAudit {
    private static final int MAX_DETAIL = 500;

    private final AuditRepository audit;
    private final HttpClientAddressResolver addresses;
    private final Clock clock;

    RecordAudit(AuditRepository audit, HttpClientAddressResolver addresses, Clock clock) {
        this.audit = audit;
        this.addresses = addresses;
        this.clock = clock;
    }

    /**
     * @param actor the user who acted
     * @param request the request it came with, for the address it came from; null for the service itself
     * @param detail what changed, never message text or a client's contact details
     */
    @Transactional
    public void record(String actor, @Nullable HttpRequest<?> request, AuditAction action, AuditObject object,
                       @Nullable String objectId, @Nullable Long contactId, @Nullable String detail) {
        String address = request == null ? null : addresses.resolve(request);
        String shortDetail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        audit.save(new AuditEntry(null, clock.instant(), actor, null, action.name(), object.code(), objectId, contactId,
                address, shortDetail));
    }
}
