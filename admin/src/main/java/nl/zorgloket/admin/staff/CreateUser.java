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

/** An admin creates an account. */
@Singleton
public class CreateUser {
    @Serdeable
    public record Command(@Nullable String username, @Nullable String displayName, @Nullable String password,
                          @Nullable List<String> roles) {
    }

    private final StaffUserRepository users;
    private final PasswordHasher hasher;
    private final RecordAudit audit;
    private final Clock clock;

    CreateUser(StaffUserRepository users, PasswordHasher hasher, RecordAudit audit, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UserView create(Command c, String actor, HttpRequest<?> request) {
        List<InvalidField> errors = new ArrayList<>();
        String username = c.username() == null ? null : c.username().strip();
        UserFields.username(username, errors);
        UserFields.displayName(c.displayName(), errors);
        Set<Role> roles = UserFields.roles(c.roles(), errors);
        UserFields.password("password", c.password(), username, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (users.findByUsername(username).isPresent()) {
            throw ProblemException.conflict("The username '" + username + "' is taken.");
        }
        Instant now = clock.instant();
        StaffUser saved = users.save(new StaffUser(null, username, c.displayName().strip(), hasher.hash(c.password()),
                Role.toColumn(roles), true, 0, 0, null, now, null, now, now, null, false, null));
        audit.record(actor, request, AuditAction.CREATE, AuditObject.STAFF_USER, String.valueOf(saved.id()), null,
                "username " + username + ", roles " + Role.toColumn(roles));
        return UserView.of(saved, now);
    }
}
