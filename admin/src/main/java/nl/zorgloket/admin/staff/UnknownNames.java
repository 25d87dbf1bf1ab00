package nl.zorgloket.admin.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed logins with names that have no account, counted exactly as an account's are (five in a
 * row wait a minute, doubling up to an hour), so the waits do not tell which names exist. In
 * memory and bounded, on this instance: the oldest names are forgotten first.
 */
final class UnknownNames {
    // Enough for every name that could plausibly be guessed at once.
    private static final int MAX_NAMES = 10_000;

    private record Failures(int inARow, Instant waitsUntil) {
    }

    private final SecuritySettings settings;
    private final Map<String, Failures> names = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_NAMES;
        }
    };

    UnknownNames(SecuritySettings settings) {
        this.settings = settings;
    }

    /** Until when the name waits, if it waits now: a login with it is not even tried. */
    synchronized Optional<Instant> waitingUntil(String name, Instant now) {
        Failures f = names.get(name);
        return f == null || f.waitsUntil() == null || !f.waitsUntil().isAfter(now)
                ? Optional.empty() : Optional.of(f.waitsUntil());
    }

    /** Records one more failure; until when the name waits, if it waits now. */
    synchronized Optional<Instant> failed(String name, Instant now) {
        Failures before = names.get(name);
        int inARow = before == null ? 1 : before.inARow() + 1;
        Duration wait = settings.lockAfter(inARow);
        Instant until = wait.isZero() ? null : now.plus(wait);
        names.put(name, new Failures(inARow, until));
        return Optional.ofNullable(until);
    }
}
