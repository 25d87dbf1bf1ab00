package nl.zorgloket.admin.staff;

import io.micronaut.core.annotation.Nullable;
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

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A new password, set by an admin or by the account's owner (who gives the current one too). Every
 * token the account holds is revoked, and a waiting account may log in again.
 */
@Singleton
public class SetPassword {
    @Serdeable
    public record Command(@Nullable String currentPassword, @Nullable String password) {
    }

    private final StaffUserRepository users;
    private final PasswordHasher hasher;
    private final RecordAudit audit;
    private final Clock clock;

    SetPassword(StaffUserRepository users, PasswordHasher hasher, RecordAudit audit, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param ownAccount true when the account's owner changes it: the current password must be right
     */
    @Transactional
    public void set(long id, Command c, boolean ownAccount, String actor, HttpRequest<?> request) {
        StaffUser user = users.findByIdForUpdate(id).orElseThrow(() -> ProblemException.notFound("Account " + id));
        List<InvalidField> errors = new ArrayList<>();
        if (ownAccount && (c.currentPassword() == null || c.currentPassword().isEmpty())) {
            errors.add(InvalidField.of("currentPassword", "Give the current password."));
        }
        UserFields.password("password", c.password(), user.username(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (ownAccount && !hasher.verify(c.currentPassword(), user.passwordHash())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Wrong password", "The current password is wrong.");
        }
        users.update(user.withPassword(hasher.hash(c.password()), clock.instant()));
        audit.record(actor, request, AuditAction.SET_PASSWORD, AuditObject.STAFF_USER, String.valueOf(id), null, "tokens revoked");
    }
}
