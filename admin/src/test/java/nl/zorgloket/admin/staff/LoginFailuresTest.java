package nl.zorgloket.admin.staff;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.zorgloket.admin.testing.ApiTest;
import nl.zorgloket.intake.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failed logins without an account row, counted in the database for every instance together. */
@MicronautTest(transactional = false, environments = "test")
class LoginFailuresTest extends ApiTest {
    @Inject
    LoginFailures failures;
    @Inject
    SecuritySettings settings;
    @Inject
    JdbcOperations jdbc;
    @Inject
    Clock clock;

    private static final LoginFailures.Kind NAME = LoginFailures.Kind.NAME;
    private static final LoginFailures.Kind ADDRESS = LoginFailures.Kind.ADDRESS;

    @Test
    void aNameWithoutAnAccountWaitsInTheStepsOfAnAccount() {
        Instant now = now();
        // 1 to 4 do not wait, then 1, 2, 4 ... 32 minutes, then an hour at most
        for (int failure = 1; failure <= 12; failure++) {
            Duration accountWait = settings.lockAfter(failure);
            Optional<Instant> expected = accountWait.isZero() ? Optional.empty() : Optional.of(now.plus(accountWait));
            assertEquals(expected, failures.failed(NAME, "ghost", now), "after failure " + failure);
            // the next try comes when the wait is over, as a patient guesser's would
            now = expected.orElse(now).plusSeconds(1);
        }
    }

    @Test
    void everyInstanceCountsTheSameFailures() {
        Instant t0 = now();
        // four failures another instance counted: the row as it leaves it
        TestDatabase.execute(dataSource, "INSERT INTO login_failure (kind, key_hash, failures, window_start, updated_at)"
                + " VALUES ('NAME', UNHEX(SHA2('ghost', 256)), 4, NOW(6), NOW(6))");
        assertEquals(Optional.of(t0.plusSeconds(60)), failures.failed(NAME, "ghost", t0));
        assertEquals(Optional.of(t0.plusSeconds(60)), failures.waitingUntil(NAME, "ghost", t0.plusSeconds(59)));
        assertEquals(Optional.empty(), failures.waitingUntil(NAME, "ghost", t0.plusSeconds(60)));
        assertEquals(Optional.empty(), failures.waitingUntil(NAME, "other", t0), "each name counts on its own");
        assertEquals(Optional.empty(), failures.waitingUntil(ADDRESS, "ghost", t0), "a name is no address");
    }

    @Test
    void anAddressWaitsOnceItFailedTooOftenInItsWindowAndStartsAgainAfterIt() {
        Instant t0 = now();
        int limit = settings.addressFailures();
        for (int i = 1; i < limit; i++) {
            assertEquals(Optional.empty(), failures.failed(ADDRESS, "192.0.2.7", t0.plusSeconds(i)));
        }
        Instant windowEnd = t0.plusSeconds(1).plus(settings.addressWindow());
        assertEquals(Optional.of(windowEnd), failures.failed(ADDRESS, "192.0.2.7", t0.plusSeconds(limit)));
        assertEquals(Optional.of(windowEnd), failures.waitingUntil(ADDRESS, "192.0.2.7", windowEnd.minusMillis(1)));
        assertEquals(Optional.empty(), failures.waitingUntil(ADDRESS, "192.0.2.8", t0.plusSeconds(limit)));
        // a new window: one failure, no wait
        assertEquals(Optional.empty(), failures.failed(ADDRESS, "192.0.2.7", windowEnd));
        assertEquals(Optional.empty(), failures.waitingUntil(ADDRESS, "192.0.2.7", windowEnd));
    }

    @Test
    void whatWasTypedIsNotKeptAndOldRowsAreForgotten() {
        Instant now = clock.instant();
        failures.failed(NAME, "my-password-by-mistake", now.minus(Duration.ofDays(2)));
        failures.failed(NAME, "ghost", now);
        assertEquals(2, count("SELECT COUNT(*) FROM login_failure WHERE LENGTH(key_hash) = 32"));
        assertEquals(0, count("SELECT COUNT(*) FROM login_failure WHERE key_hash LIKE '%password%'"));
        failures.forgetOld();
        assertEquals(1, count("SELECT COUNT(*) FROM login_failure"));
        assertTrue(failures.waitingUntil(NAME, "ghost", now).isEmpty());
    }

    /** Now, as the database keeps times: to the microsecond. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private long count(String sql) {
        return jdbc.execute(connection -> {
            try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
