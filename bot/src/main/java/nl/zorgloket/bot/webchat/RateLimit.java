package nl.zorgloket.bot.webchat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** At most {@code limit} events per key in a fixed window; bounded, the oldest keys forgotten first. */
final class RateLimit {
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

    RateLimit(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Counts one event; false when the key is over its limit in this window. */
    synchronized boolean allow(String key, Instant now) {
        Window w = windows.get(key);
        if (w == null || !w.start().plus(window).isAfter(now)) {
            windows.put(key, new Window(now, 1));
            return true;
        }
        if (w.count() >= limit) {
            return false;
        }
        windows.put(key, new Window(w.start(), w.count() + 1));
        return true;
    }
}
