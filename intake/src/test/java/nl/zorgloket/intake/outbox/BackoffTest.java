package nl.zorgloket.intake.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10));

    @Test
    void waitDoublesPerAttemptWithinItsJitter() {
        Random random = new Random(42);
        for (int attempt = 1; attempt <= 8; attempt++) {
            long full = 2000L << (attempt - 1);
            for (int i = 0; i < 200; i++) {
                long ms = backoff.after(attempt, random).toMillis();
                assertTrue(ms >= full / 2 && ms <= full, attempt + ": " + ms);
            }
        }
    }

    @Test
    void waitNeverPassesTheCeilingEvenAfterManyAttempts() {
        Random random = new Random(7);
        for (int attempt : new int[] {9, 10, 30, 63, 64, 1000, Integer.MAX_VALUE}) {
            long ms = backoff.after(attempt, random).toMillis();
            assertTrue(ms >= 300_000 && ms <= 600_000, attempt + ": " + ms);
        }
    }

    @Test
    void jitterSpreadsTheWaits() {
        Random random = new Random(1);
        long distinct = java.util.stream.IntStream.range(0, 100)
                .mapToLong(i -> backoff.after(5, random).toMillis()).distinct().count();
        assertTrue(distinct > 50, "waits should differ: " + distinct);
    }

    @Test
    void firstWaitIsAroundTheBase() {
        assertEquals(2000, backoff.after(1, new Random(3) {
            @Override
            public long nextLong(long bound) {
                return bound - 1;
            }
        }).toMillis());
    }
}
