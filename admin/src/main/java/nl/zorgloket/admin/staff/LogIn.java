package nl.zorgloket.admin.staff;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks a username and password. Repeated failures make the account wait (a minute, doubling up to
 * an hour) and make the address they came from wait; a username without an account waits the same
 * way, so neither the answers nor the waits tell which accounts exist. All of it is counted in the
 * database, so on every instance together.
 */
@Singleton
public class LogIn {
    /** What a login attempt came to. */
    public sealed interface Outcome {
        record Success(StaffUser user) implements Outcome {
        }

        record Refused() implements Outcome {
        }

        /** Too many failures: no password is checked until then. */
        record Waiting(Instant until) implements Outcome {
        }

        /** The password is right and the account has two-factor login: a code from the app is needed. */
        record CodeNeeded() implements Outcome {
        }
    }

    private final StaffUserRepository users;
    private final LoginRecords records;
    private final PasswordHasher hasher;
    private final Totp totp;
    private final Clock clock;
    private final LoginFailures failures;

    LogIn(StaffUserRepository users, LoginRecords records, PasswordHasher hasher, Totp totp, LoginFailures failures,
          Clock clock) {
        this.totp = totp;
        this.users = users;
        this.records = records;
        this.hasher = hasher;
        this.clock = clock;
        this.failures = failures;
    }

    /** @param code the code from the authenticator app, or null */
    public Outcome logIn(String username, String password, String code, String address) {
        Instant now = clock.instant();
        Optional<Instant> addressWait = failures.waitingUntil(LoginFailures.Kind.ADDRESS, address, now);
        if (addressWait.isPresent()) {
            return new Outcome.Waiting(addressWait.get());
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        Optional<StaffUser> found = users.findByUsername(name).filter(StaffUser::active);
        if (found.isEmpty()) {
            Optional<Instant> nameWait = failures.waitingUntil(LoginFailures.Kind.NAME, name, now);
            if (nameWait.isPresent()) {
                return new Outcome.Waiting(nameWait.get());
            }
            hasher.verifyDecoy(password);
            failures.failed(LoginFailures.Kind.ADDRESS, address, now);
            return failures.failed(LoginFailures.Kind.NAME, name, now).<Outcome>map(Outcome.Waiting::new)
                    .orElse(new Outcome.Refused());
        }
        StaffUser user = found.get();
        if (user.lockedAt(now)) {
            return new Outcome.Waiting(user.lockedUntil());
        }
        if (!hasher.verify(password, user.passwordHash())) {
            failures.failed(LoginFailures.Kind.ADDRESS, address, now);
            return records.failed(user.id(), now).<Outcome>map(Outcome.Waiting::new).orElse(new Outcome.Refused());
        }
        if (user.totpEnabled()) {
            if (code == null || code.isBlank()) {
                return new Outcome.CodeNeeded();
            }
            OptionalLong step = totp.verify(user.totpSecret(), code, user.totpLastStep(), now);
            if (step.isEmpty() || !records.codeUsed(user.id(), step.getAsLong(), now)) {
                failures.failed(LoginFailures.Kind.ADDRESS, address, now);
                return records.failed(user.id(), now).<Outcome>map(Outcome.Waiting::new).orElse(new Outcome.Refused());
            }
        }
        records.succeeded(user.id(), hasher.outdated(user.passwordHash()) ? hasher.hash(password) : null, now);
        return new Outcome.Success(user);
    }
}
