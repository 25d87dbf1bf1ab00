package nl.zorgloket.admin.staff;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Failed logins no account row counts, in the database so every instance counts them together: a
 * username without an account waits in the steps of an account (five in a row wait a minute,
 * doubling up to an hour), and an address waits once it failed too often in its window. Keys are
 * kept as hashes; a row untouched for a day is forgotten.
 */
@Singleton
class LoginFailures {
    enum Kind { NAME, ADDRESS }

    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final JdbcOperations jdbc;
    private final SecuritySettings settings;
    private final Clock clock;

    LoginFailures(JdbcOperations jdbc, SecuritySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Until when the key waits, if it waits now: a login with it is not even tried. */
    @Transactional
    Optional<Instant> waitingUntil(Kind kind, String key, Instant now) {
        return jdbc.prepareStatement("SELECT waits_until FROM login_failure WHERE kind = ? AND key_hash = ?", ps -> {
            bindKey(ps, kind, key);
            try (ResultSet rs = ps.executeQuery()) {
                Timestamp until = rs.next() ? rs.getTimestamp(1) : null;
                return until == null || !until.toInstant().isAfter(now) ? Optional.<Instant>empty()
                        : Optional.of(until.toInstant());
            }
        });
    }

    /** Records one more failure, under the row's lock so parallel attempts all count; until when the key waits. */
    @Transactional
    Optional<Instant> failed(Kind kind, String key, Instant at) {
        // as the column keeps it, so what is answered now is what is read later
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        jdbc.prepareStatement("INSERT IGNORE INTO login_failure (kind, key_hash, failures, window_start, updated_at)"
                + " VALUES (?, ?, 0, ?, ?)", ps -> {
            bindKey(ps, kind, key);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setTimestamp(4, Timestamp.from(now));
            return ps.executeUpdate();
        });
        record Row(int failures, Instant windowStart) {
        }
        Row row = jdbc.prepareStatement("SELECT failures, window_start FROM login_failure WHERE kind = ? AND key_hash = ?"
                + " FOR UPDATE", ps -> {
            bindKey(ps, kind, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Row(rs.getInt(1), rs.getTimestamp(2).toInstant());
            }
        });
        int failures;
        Instant start;
        Instant until;
        if (kind == Kind.NAME) {
            failures = row.failures() + 1;
            start = row.windowStart();
            Duration wait = settings.lockAfter(failures);
            until = wait.isZero() ? null : now.plus(wait);
        } else {
            boolean expired = !row.windowStart().plus(settings.addressWindow()).isAfter(now);
            failures = expired ? 1 : row.failures() + 1;
            start = expired ? now : row.windowStart();
            until = failures >= settings.addressFailures() ? start.plus(settings.addressWindow()) : null;
        }
        jdbc.prepareStatement("UPDATE login_failure SET failures = ?, window_start = ?, waits_until = ?, updated_at = ?"
                + " WHERE kind = ? AND key_hash = ?", ps -> {
            ps.setInt(1, failures);
            ps.setTimestamp(2, Timestamp.from(start));
            ps.setTimestamp(3, until == null ? null : Timestamp.from(until));
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setString(5, kind.name());
            ps.setBytes(6, hash(key));
            return ps.executeUpdate();
        });
        return Optional.ofNullable(until);
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    @Transactional
    void forgetOld() {
        Instant now = clock.instant();
        jdbc.prepareStatement("DELETE FROM login_failure WHERE updated_at < ? AND (waits_until IS NULL OR waits_until < ?)",
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(now.minus(FORGET_AFTER)));
                    ps.setTimestamp(2, Timestamp.from(now));
                    return ps.executeUpdate();
                });
    }

    private static void bindKey(PreparedStatement ps, Kind kind, String key) throws SQLException {
        ps.setString(1, kind.name());
        ps.setBytes(2, hash(key));
    }

    private static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
