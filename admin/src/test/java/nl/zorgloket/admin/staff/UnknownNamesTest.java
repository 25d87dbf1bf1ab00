package nl.zorgloket.admin.staff;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnknownNamesTest {
    private static final SecuritySettings SETTINGS = new SecuritySettings(600_000, Duration.ofMinutes(30), 5,
            Duration.ofMinutes(1), Duration.ofHours(1), 30, Duration.ofMinutes(15), false);
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private final UnknownNames names = new UnknownNames(SETTINGS);

    @Test
    void aNameWithoutAnAccountWaitsInTheStepsOfAnAccount() {
        Instant now = T0;
        // 1 to 4 do not wait, then 1, 2, 4 ... 32 minutes, then an hour at most
        for (int failure = 1; failure <= 12; failure++) {
            Duration accountWait = SETTINGS.lockAfter(failure);
            Optional<Instant> expected = accountWait.isZero() ? Optional.empty() : Optional.of(now.plus(accountWait));
            assertEquals(expected, names.failed("ghost", now), "after failure " + failure);
            // the next try comes when the wait is over, as a patient guesser's would
            now = expected.orElse(now).plusSeconds(1);
        }
    }

    @Test
    void whileItWaitsItIsNotTried() {
        for (int i = 0; i < 4; i++) {
            names.failed("ghost", T0);
        }
        assertEquals(Optional.of(T0.plusSeconds(60)), names.failed("ghost", T0));
        assertEquals(Optional.of(T0.plusSeconds(60)), names.waitingUntil("ghost", T0.plusSeconds(59)));
        assertEquals(Optional.empty(), names.waitingUntil("ghost", T0.plusSeconds(60)));
        assertEquals(Optional.empty(), names.waitingUntil("other", T0), "each name counts on its own");
    }
}
