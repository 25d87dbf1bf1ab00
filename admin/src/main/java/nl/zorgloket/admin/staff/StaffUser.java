package nl.zorgloket.admin.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.Set;

/** A person who logs in: staff, coordinator or admin. */
@MappedEntity("staff_user")
public record StaffUser(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String displayName,
        String passwordHash,
        String roles,
        boolean active,
        int tokenVersion,
        int failedLogins,
        @Nullable Instant lockedUntil,
        Instant passwordChangedAt,
        @Version @Nullable Long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable String totpSecret,
        boolean totpEnabled,
        @Nullable Long totpLastStep) {

    public Set<Role> roleSet() {
        return Role.fromColumn(roles);
    }

    /** The first word of the display name: how clients are told who helps them ("Els"). */
    public String firstName() {
        return displayName.strip().split("\\s+")[0];
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The token a user holds is current only while the account is active and its version unchanged. */
    boolean accepts(int tokenVersionClaim) {
        return active && tokenVersion == tokenVersionClaim;
    }

    StaffUser withLoginFailure(int failures, @Nullable Instant until, Instant now) {
        return new StaffUser(id, username, displayName, passwordHash, roles, active, tokenVersion, failures, until,
                passwordChangedAt, version, createdAt, now, totpSecret, totpEnabled, totpLastStep);
    }

    StaffUser withPassword(String hash, Instant now) {
        return new StaffUser(id, username, displayName, hash, roles, active, tokenVersion + 1, 0, null, now,
                version, createdAt, now, totpSecret, totpEnabled, totpLastStep);
    }

    /** A rehash with a higher cost is the same password: tokens stay valid. */
    StaffUser withRehash(String hash, Instant now) {
        return new StaffUser(id, username, displayName, hash, roles, active, tokenVersion, 0, null,
                passwordChangedAt, version, createdAt, now, totpSecret, totpEnabled, totpLastStep);
    }

    StaffUser withProfile(String newDisplayName, Set<Role> newRoles, boolean newActive, Instant now) {
        // Roles travel in the token: a change of roles or a disabled account revokes every token.
        boolean revoke = !Role.fromColumn(roles).equals(newRoles) || (active && !newActive);
        return new StaffUser(id, username, newDisplayName, passwordHash, Role.toColumn(newRoles), newActive,
                revoke ? tokenVersion + 1 : tokenVersion, newActive ? failedLogins : 0,
                newActive ? lockedUntil : null, passwordChangedAt, version, createdAt, now, totpSecret, totpEnabled,
                totpLastStep);
    }

    /** Enrolment starts (or starts over): a new secret, not yet in use. */
    StaffUser withTotpSecret(String secret, Instant now) {
        return new StaffUser(id, username, displayName, passwordHash, roles, active, tokenVersion, failedLogins,
                lockedUntil, passwordChangedAt, version, createdAt, now, secret, false, null);
    }

    /** A code was accepted for this step; turning two-factor login on raises the token version. */
    StaffUser withTotpUsed(long step, boolean enable, Instant now) {
        return new StaffUser(id, username, displayName, passwordHash, roles, active,
                enable && !totpEnabled ? tokenVersion + 1 : tokenVersion, failedLogins, lockedUntil,
                passwordChangedAt, version, createdAt, now, totpSecret, totpEnabled || enable, step);
    }

    /** Two-factor login off: every token goes, the next login is with the password alone. */
    StaffUser withoutTotp(Instant now) {
        return new StaffUser(id, username, displayName, passwordHash, roles, active, tokenVersion + 1, failedLogins,
                lockedUntil, passwordChangedAt, version, createdAt, now, null, false, null);
    }
}
