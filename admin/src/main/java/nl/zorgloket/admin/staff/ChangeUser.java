package nl.zorgloket.admin.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.zorgloket.admin.audit.AuditAction;
import nl.zorgloket.admin.audit.AuditObject;
import nl.zorgloket.admin.audit.RecordAudit;
import nl.zorgloket.admin.web.InvalidField;
import nl.zorgloket.admin.web.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An admin changes an account's name, roles or whether it is active. New roles or a disabled
 * account revoke every token the account holds. The last active admin cannot be disabled or lose
 * the admin role: nobody could manage accounts any more.
 */
@Singleton
public class ChangeUser {
    /** Fields left out stay as they are. */
    @Serdeable
    public record Command(@Nullable String displayName, @Nullable List<String> roles, @Nullable Boolean active) {
    }

    private final StaffUserRepository users;
    private final RecordAudit audit;
    private final Clock clock;

    ChangeUser(StaffUserRepository users, RecordAudit audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UserView change(long id, Command c, String actor, HttpRequest<?> request) {
        List<InvalidField> errors = new ArrayList<>();
        if (c.displayName() != null) {
            UserFields.displayName(c.displayName(), errors);
        }
        Set<Role> newRoles = c.roles() == null ? null : UserFields.roles(c.roles(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        // admins first, then the account: one lock order for every change that can touch an admin
        List<StaffUser> activeAdmins = users.findActiveAdminsForUpdate();
        StaffUser user = users.findByIdForUpdate(id).orElseThrow(() -> ProblemException.notFound("Account " + id));
        Set<Role> roles = newRoles == null ? user.roleSet() : newRoles;
        boolean active = c.active() == null ? user.active() : c.active();
        boolean wasActiveAdmin = user.active() && user.roleSet().contains(Role.ADMIN);
        boolean staysActiveAdmin = active && roles.contains(Role.ADMIN);
        if (wasActiveAdmin && !staysActiveAdmin && activeAdmins.size() <= 1) {
            throw ProblemException.conflict("This is the last active admin; make another account admin first.");
        }
        Instant now = clock.instant();
        StaffUser changed = user.withProfile(c.displayName() == null ? user.displayName() : c.displayName().strip(),
                roles, active, now);
        users.update(changed);
        audit.record(actor, request, AuditAction.UPDATE, AuditObject.STAFF_USER, String.valueOf(id), null,
                "roles " + Role.toColumn(roles) + ", active " + active
                        + (changed.tokenVersion() != user.tokenVersion() ? ", tokens revoked" : ""));
        return UserView.of(changed, now);
    }
}
