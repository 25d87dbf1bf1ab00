package nl.zorgloket.admin.staff;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Login and token settings ({@code zorgloket.security.*}).
 *
 * @param passwordIterations PBKDF2 rounds for new hashes; OWASP's 2023 advice for PBKDF2-HMAC-SHA256
 * @param tokenLifetime how long a token from POST /login is valid
 * @param failuresBeforeLock failed logins in a row before an account waits
 * @param firstLock the first wait; it doubles with every further failure
 * @param maxLock the longest wait
 * @param addressFailures failed logins from one address before that address waits
 * @param addressWindow how long an address's failures count, and how long it waits
 * @param requireTwoFactor staff and coordinators must log in with a code from an authenticator app
 */
@ConfigurationProperties("zorgloket.security")
public record SecuritySettings(
        @Bindable(defaultValue = "600000") int passwordIterations,
        @Bindable(defaultValue = "30m") Duration tokenLifetime,
        @Bindable(defaultValue = "5") int failuresBeforeLock,
        @Bindable(defaultValue = "1m") Duration firstLock,
        @Bindable(defaultValue = "1h") Duration maxLock,
        @Bindable(defaultValue = "30") int addressFailures,
        @Bindable(defaultValue = "15m") Duration addressWindow,
        @Bindable(defaultValue = "false") boolean requireTwoFactor) {

    /** How long an account waits after this many failures in a row; zero below the threshold. */
    Duration lockAfter(int failures) {
        if (failures < failuresBeforeLock) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - failuresBeforeLock, 20);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
