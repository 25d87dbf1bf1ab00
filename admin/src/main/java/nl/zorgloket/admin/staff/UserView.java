package nl.zorgloket.admin.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** An account as the API shows it: never its hash or its failure counts. */
@Serdeable
public record UserView(long id, String username, String displayName, List<String> roles, boolean active,
                       @Nullable Instant lockedUntil, Instant passwordChangedAt, Instant createdAt,
                       boolean twoFactor) {
    static UserView of(StaffUser u, Instant now) {
        return new UserView(u.id(), u.username(), u.displayName(), u.roleSet().stream().map(Role::name).toList(),
                u.active(), u.lockedAt(now) ? u.lockedUntil() : null, u.passwordChangedAt(), u.createdAt(),
                u.totpEnabled());
    }
}
