package nl.zorgloket.intake.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statements every client message runs, in plain JDBC: storing it in the inbound queue, and in
 * the handling transaction (on its connection) the lock, the checks, the message, the conversation's
 * new state and the replies. Each statement covers all the messages handled together (one or
 * several clients'), so a batch costs the statements of one message. Through repositories these cost the service several times the
 * statements' own work (binding through introspection, result mappers built per call): a quarter of
 * its CPU per message (docs/benchmarks.md). Less frequent work stays with the repositories.
 * Timestamps are bound and read as the repositories do ({@link Timestamp}).
 */
@Singleton
class InboundRows {
    /** MariaDB's ER_DUP_ENTRY. */
    private static final int DUPLICATE_KEY = 1062;

    private final JdbcOperations jdbc;

    InboundRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the contacts of the addresses and their open conversations, in one statement and in the
     * order of the addresses (as every handler does, so two handlers never wait for each other in a
     * circle). Addresses without a contact are missing from the answer.
     */
    Map<String, InboundLock> lock(Collection<String> addresses) {
        List<String> sorted = addresses.stream().sorted().toList();
        String sql = """
                SELECT k.channel_address, k.id, v.id, v.open_key, v.medium, v.mode, v.dialogue_state,
                       v.assigned_staff_id, v.last_inbound_at, v.version, v.created_at, v.updated_at
                FROM contact k LEFT JOIN conversation v ON v.open_key = k.channel_address
                WHERE k.channel_address IN (%s)
                ORDER BY k.channel_address
                FOR UPDATE""".formatted(placeholders(sorted.size()));
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            int p = 1;
            for (String address : sorted) {
                ps.setString(p++, address);
            }
            Map<String, InboundLock> locks = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String medium = rs.getString(5);
                    String mode = rs.getString(6);
                    locks.put(rs.getString(1), new InboundLock(rs.getLong(2), nullableLong(rs, 3), rs.getString(4),
                            medium == null ? null : Medium.valueOf(medium), mode == null ? null : Mode.valueOf(mode),
                            rs.getString(7), nullableLong(rs, 8), instant(rs, 9), nullableLong(rs, 10),
                            instant(rs, 11), instant(rs, 12)));
                }
            }
            return locks;
        } catch (SQLException e) {
            throw failed("lock contacts and conversations", e);
        }
    }

    /** What {@link #facts} reads for one message. */
    record FactsOf(String address, long conversationId, @Nullable String sid) {
    }

    /**
     * What else handling client messages reads, in one statement: per message the address's oldest
     * waiting inbound message, the conversation's unsent replies and an earlier delivery of its
     * provider id. Read after {@link #lock}, so it sees what the previous holder of a lock committed.
     * The answer is in the order of {@code of}.
     */
    List<InboundFacts> facts(List<FactsOf> of) {
        String one = """
                SELECT %d,
                       (SELECT MIN(q.id) FROM inbound_queue q
                        WHERE q.channel_address = ? AND q.failed_at IS NULL),
                       (SELECT COUNT(*) FROM outbox o
                        WHERE o.conversation_id = ? AND o.state IN ('PENDING', 'UNCERTAIN', 'SENDING')),
                       (SELECT m.id FROM message m WHERE m.provider_message_id = ?)""";
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < of.size(); i++) {
            sql.append(i == 0 ? "" : "\nUNION ALL\n").append(one.formatted(i));
        }
        try (PreparedStatement ps = connection().prepareStatement(sql.toString())) {
            int p = 1;
            for (FactsOf f : of) {
                ps.setString(p++, f.address());
                ps.setLong(p++, f.conversationId());
                ps.setString(p++, f.sid());
            }
            InboundFacts[] facts = new InboundFacts[of.size()];
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    facts[rs.getInt(1)] = new InboundFacts(nullableLong(rs, 2), rs.getLong(3), nullableLong(rs, 4));
                }
            }
            return List.of(facts);
        } catch (SQLException e) {
            throw failed("read the facts of inbound messages", e);
        }
    }

    /** A client message to store in its conversation. */
    record ClientMessage(long conversationId, InboundMessage in, @Nullable String media, Instant receivedAt) {
    }

    /** Stores client messages in one statement; returns their ids in order. */
    List<Long> insertClientMessages(List<ClientMessage> stored) {
        String sql = "INSERT INTO message (conversation_id, direction, author, body, media, provider_message_id, "
                + "created_at) VALUES " + rows("(?, 'IN', 'CLIENT', ?, ?, ?, ?)", stored.size()) + " RETURNING id";
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            int p = 1;
            for (ClientMessage m : stored) {
                ps.setLong(p++, m.conversationId());
                ps.setString(p++, m.in().body());
                ps.setString(p++, m.media());
                ps.setString(p++, m.in().providerMessageId());
                ps.setTimestamp(p++, Timestamp.from(m.receivedAt()));
            }
            return ids(ps, stored.size());
        } catch (SQLException e) {
            throw failed("store client messages", e);
        }
    }

    /** A reply of the bot to a client message. */
    record Reply(long conversationId, long replyToId, String body, Instant at) {
    }

    /** Stores the bot's replies in one statement; returns their ids in order. */
    List<Long> insertReplies(List<Reply> replies) {
        if (replies.isEmpty()) {
            return List.of();
        }
        String sql = "INSERT INTO message (conversation_id, direction, author, body, reply_to_id, created_at) VALUES "
                + rows("(?, 'OUT', 'BOT', ?, ?, ?)", replies.size()) + " RETURNING id";
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            int p = 1;
            for (Reply reply : replies) {
                ps.setLong(p++, reply.conversationId());
                ps.setString(p++, reply.body());
                ps.setLong(p++, reply.replyToId());
                ps.setTimestamp(p++, Timestamp.from(reply.at()));
            }
            return ids(ps, replies.size());
        } catch (SQLException e) {
            throw failed("store the replies", e);
        }
    }

    /**
     * Writes what client messages changed in their conversations, in one statement, and counts each
     * version up. The conversations are locked, so the versions always match; a mismatch is a fault
     * and aborts.
     */
    void updateAfterInbound(List<Conversation> changed) {
        if (changed.isEmpty()) {
            return;
        }
        String sql;
        if (changed.size() == 1) {
            sql = """
                    UPDATE conversation SET mode = ?, dialogue_state = ?, last_inbound_at = ?, updated_at = ?,
                           version = version + 1
                    WHERE id = ? AND version = ?""";
        } else {
            String whenThen = " WHEN ? THEN ?".repeat(changed.size());
            sql = """
                    UPDATE conversation SET mode = CASE id%1$s END, dialogue_state = CASE id%1$s END,
                           last_inbound_at = CASE id%1$s END, updated_at = CASE id%1$s END, version = version + 1
                    WHERE id IN (%2$s) AND version = CASE id%1$s END""".formatted(whenThen,
                    placeholders(changed.size()));
        }
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            if (changed.size() == 1) {
                Conversation c = changed.getFirst();
                ps.setString(1, c.mode().name());
                ps.setString(2, c.dialogueState());
                setInstant(ps, 3, c.lastInboundAt());
                ps.setTimestamp(4, Timestamp.from(c.updatedAt()));
                ps.setLong(5, c.id());
                ps.setLong(6, c.version());
            } else {
                int p = 1;
                for (Conversation c : changed) {
                    ps.setLong(p++, c.id());
                    ps.setString(p++, c.mode().name());
                }
                for (Conversation c : changed) {
                    ps.setLong(p++, c.id());
                    ps.setString(p++, c.dialogueState());
                }
                for (Conversation c : changed) {
                    ps.setLong(p++, c.id());
                    setInstant(ps, p++, c.lastInboundAt());
                }
                for (Conversation c : changed) {
                    ps.setLong(p++, c.id());
                    ps.setTimestamp(p++, Timestamp.from(c.updatedAt()));
                }
                for (Conversation c : changed) {
                    ps.setLong(p++, c.id());
                }
                for (Conversation c : changed) {
                    ps.setLong(p++, c.id());
                    ps.setLong(p++, c.version());
                }
            }
            int updated = ps.executeUpdate();
            if (updated != changed.size()) {
                throw new OptimisticLockException("of " + changed.size() + " locked conversations " + updated
                        + " had the version read");
            }
        } catch (SQLException e) {
            throw failed("update conversations", e);
        }
    }

    /**
     * Stores received messages in the inbound queue, in one autocommit insert (outside any
     * transaction: they must be kept whatever happens next), all or none. When one has the provider
     * id of a message waiting already, none is stored and this throws: store them one by one then.
     */
    @Connectable
    public List<QueuedInbound> enqueue(List<InboundMessage> received, List<@Nullable String> media, Instant now) {
        String sql = """
                INSERT INTO inbound_queue (provider_message_id, channel_address, medium, phone, display_name, body, media,
                                           received_at, attempts, next_attempt_at)
                VALUES %s
                RETURNING id""".formatted(rows("(?, ?, ?, ?, ?, ?, ?, ?, 0, ?)", received.size()));
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            Timestamp at = Timestamp.from(now);
            int p = 1;
            for (int i = 0; i < received.size(); i++) {
                InboundMessage in = received.get(i);
                ps.setString(p++, in.providerMessageId());
                ps.setString(p++, in.channelAddress());
                ps.setString(p++, in.medium().name());
                ps.setString(p++, in.phone());
                ps.setString(p++, in.displayName());
                ps.setString(p++, in.body());
                ps.setString(p++, media.get(i));
                ps.setTimestamp(p++, at);
                ps.setTimestamp(p++, at);
            }
            List<Long> ids = ids(ps, received.size());
            List<QueuedInbound> queued = new ArrayList<>(received.size());
            for (int i = 0; i < received.size(); i++) {
                InboundMessage in = received.get(i);
                queued.add(new QueuedInbound(ids.get(i), in.providerMessageId(), in.channelAddress(), in.medium(),
                        in.phone(), in.displayName(), in.body(), media.get(i), now, 0, now, null, null));
            }
            return queued;
        } catch (SQLException e) {
            throw failed("store received messages", e);
        }
    }

    /**
     * Stores a received message in the inbound queue, in its own autocommit insert. Empty when a
     * message with the same provider id waits already.
     */
    @Connectable
    public Optional<QueuedInbound> enqueue(InboundMessage in, @Nullable String media, Instant now) {
        try {
            return Optional.of(enqueue(List.of(in), Collections.singletonList(media), now).getFirst());
        } catch (DataAccessException e) {
            if (e.getCause() instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Removes handled messages from the inbound queue. */
    void deleteQueued(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String sql = "DELETE FROM inbound_queue WHERE id IN (" + placeholders(ids.size()) + ")";
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            int p = 1;
            for (long id : ids) {
                ps.setLong(p++, id);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failed("delete handled messages from the queue", e);
        }
    }

    private static String placeholders(int count) {
        return rows("?", count);
    }

    /** {@code row} {@code count} times, separated by commas. */
    private static String rows(String row, int count) {
        StringBuilder sql = new StringBuilder(row.length() * count + 2 * count);
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }

    private Connection connection() {
        return jdbc.getConnection();
    }

    /** The ids an {@code INSERT ... RETURNING id} of {@code rows} rows gives back, in the order of its rows. */
    private static List<Long> ids(PreparedStatement ps, int rows) throws SQLException {
        List<Long> ids = new ArrayList<>(rows);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        if (ids.size() != rows) {
            throw new DataAccessException("stored " + rows + " rows but the database returned " + ids.size() + " ids");
        }
        return ids;
    }

    private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static void setInstant(PreparedStatement ps, int index, @Nullable Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setTimestamp(index, Timestamp.from(value));
        }
    }

    /** The database's own message can quote a client's words; it stays with the cause. */
    private static DataAccessException failed(String what, SQLException e) {
        return new DataAccessException("could not " + what + " (SQL state " + e.getSQLState() + ")", e);
    }
}
