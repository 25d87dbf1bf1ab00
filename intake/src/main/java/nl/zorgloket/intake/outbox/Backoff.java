package nl.zorgloket.intake.outbox;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "equal jitter": the wait doubles per attempt up to a ceiling, and a
 * random half of it spreads retries of many messages (after an outage) over time instead of
 * sending them all in the same second.
 */
public record Backoff(Duration base, Duration max) {

    /** The wait after the given (1-based) failed attempt. */
    public Duration after(int attempt, RandomGenerator random) {
        long baseMillis = Math.max(1, base.toMillis());
        long maxMillis = Math.max(baseMillis, max.toMillis());
        int doublings = Math.min(Math.max(attempt, 1) - 1, 40);
        long full = baseMillis > (maxMillis >> doublings) ? maxMillis : Math.min(maxMillis, baseMillis << doublings);
        long half = full / 2;
        return Duration.ofMillis(full - half + random.nextLong(half + 1));
    }
}
