package nl.zorgloket.admin.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed logins per key (an address, a username no account has) within a window, in memory and
 * bounded: this instance's first line against guessing. Accounts that exist count their failures
 * in the database, so their wait holds on every instance.
 */
final class FailureCounter {
    // Enough for every address that could plausibly try at once; the oldest are forgotten first.
    private static final int MAX_KEYS = 10_000;

    private record Window(Instant start, int failures) {
    }

    private final int limit;
    private final Duration window;
    private final Map<String, Window> windows = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > MAX_KEYS;
        }
    };

    FailureCounter(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** When the key may try again, or empty when it may try now. */
    synchronized Optional<Instant> blockedUntil(String key, Instant now) {
        Window w = windows.get(key);
        if (w == null || !w.start().plus(window).isAfter(now)) {
            return Optional.empty();
        }
        return w.failures() >= limit ? Optional.of(w.start().plus(window)) : Optional.empty();
    }

    synchronized void failed(String key, Instant now) {
        Window w = windows.get(key);
        windows.put(key, w == null || !w.start().plus(window).isAfter(now) ? new Window(now, 1)
                : new Window(w.start(), w.failures() + 1));
    }
}
