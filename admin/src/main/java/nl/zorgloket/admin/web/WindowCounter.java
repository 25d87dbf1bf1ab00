package nl.zorgloket.admin.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Events per key (an address, a name, a chat) in a fixed window, in memory and bounded: at most
 * {@code limit} per window, the oldest keys forgotten first. Per instance: a first line against
 * guessing and flooding, not a count the whole service shares.
 */
public final class WindowCounter {
    // Enough for every key that could plausibly be active at once.
    private static final int MAX_KEYS = 10_000;

    private record Window(Instant start, int count) {
    }

    private final int limit;
    private final Duration window;
    private final Map<String, Window> windows = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > MAX_KEYS;
        }
    };

    public WindowCounter(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** When the key may go on, or empty when it may now: it reached its limit in this window. */
    public synchronized Optional<Instant> blockedUntil(String key, Instant now) {
        Window w = current(key, now);
        return w != null && w.count() >= limit ? Optional.of(w.start().plus(window)) : Optional.empty();
    }

    /** Counts one event. */
    public synchronized void count(String key, Instant now) {
        Window w = current(key, now);
        windows.put(key, w == null ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
    }

    /** Counts one event unless the key reached its limit; false then, and nothing is counted. */
    public synchronized boolean allow(String key, Instant now) {
        if (blockedUntil(key, now).isPresent()) {
            return false;
        }
        count(key, now);
        return true;
    }

    private Window current(String key, Instant now) {
        Window w = windows.get(key);
        return w == null || !w.start().plus(window).isAfter(now) ? null : w;
    }
}
