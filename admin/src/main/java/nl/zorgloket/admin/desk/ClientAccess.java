package nl.zorgloket.admin.desk;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import nl.zorgloket.admin.audit.AuditAction;
import nl.zorgloket.admin.audit.AuditObject;
import nl.zorgloket.admin.audit.RecordAudit;

/**
 * The access log of client data (NEN 7513): every read and change by a person, with the client it
 * concerns. Never the message text.
 */
@Singleton
class ClientAccess {
    private final RecordAudit audit;

    ClientAccess(RecordAudit audit) {
        this.audit = audit;
    }

    void log(Authentication who, HttpRequest<?> request, AuditAction action, AuditObject object, long objectId,
             Long contactId) {
        audit.record(who.getName(), request, action, object, String.valueOf(objectId), contactId, null);
    }

    void log(Authentication who, HttpRequest<?> request, AuditAction action, AuditObject object, long objectId,
             Long contactId, String detail) {
        audit.record(who.getName(), request, action, object, String.valueOf(objectId), contactId, detail);
    }
}
