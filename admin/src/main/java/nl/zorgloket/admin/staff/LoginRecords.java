package nl.zorgloket.admin.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Counts an account's failed logins under its row lock, so parallel attempts all count. */
@Singleton
class LoginRecords {
    private final StaffUserRepository users;
    private final SecuritySettings settings;

    LoginRecords(StaffUserRepository users, SecuritySettings settings) {
        this.users = users;
        this.settings = settings;
    }

    /** Records one more failure; the time the account waits until, if it waits now. */
    @Transactional
    Optional<Instant> failed(long userId, Instant now) {
        StaffUser user = users.findByIdForUpdate(userId).orElseThrow();
        int failures = user.failedLogins() + 1;
        Duration lock = settings.lockAfter(failures);
        Instant until = lock.isZero() ? null : now.plus(lock);
        users.update(user.withLoginFailure(failures, until, now));
        return Optional.ofNullable(until);
    }

    /**
     * Takes a code's step as used, unless a code of this step or a later one was used already (two
     * logins racing with one code: one wins).
     */
    @Transactional
    boolean codeUsed(long userId, long step, Instant now) {
        StaffUser user = users.findByIdForUpdate(userId).orElseThrow();
        if (user.totpLastStep() != null && user.totpLastStep() >= step) {
            return false;
        }
        users.update(user.withTotpUsed(step, false, now));
        return true;
    }

    /** Clears the failures and, when the hash is older than today's cost, stores a new one. */
    @Transactional
    void succeeded(long userId, @Nullable String newHash, Instant now) {
        StaffUser user = users.findByIdForUpdate(userId).orElseThrow();
        if (newHash != null) {
            users.update(user.withRehash(newHash, now));
        } else if (user.failedLogins() > 0 || user.lockedUntil() != null) {
            users.update(user.withLoginFailure(0, null, now));
        }
    }
}
