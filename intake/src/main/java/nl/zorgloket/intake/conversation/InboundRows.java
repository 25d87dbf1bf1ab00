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
import java.util.List;
import java.util.Optional;

/**
 * The statements every client message runs, in plain JDBC: storing it in the inbound queue, and in
 * the handling transaction (on its connection) the lock, the checks, the message, the conversation's
 * new state and the replies. Through repositories these cost the service several times the
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
     * Locks the contact of the address and its open conversation, in that order (as everywhere), in
     * one statement. Empty when the address has no contact yet.
     */
    Optional<InboundLock> lock(String address) {
        String sql = """
                SELECT k.id, v.id, v.open_key, v.medium, v.mode, v.dialogue_state, v.assigned_staff_id,
                       v.last_inbound_at, v.version, v.created_at, v.updated_at
                FROM contact k LEFT JOIN conversation v ON v.open_key = k.channel_address
                WHERE k.channel_address = ?
                FOR UPDATE""";
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            ps.setString(1, address);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String medium = rs.getString(4);
                String mode = rs.getString(5);
                return Optional.of(new InboundLock(rs.getLong(1), nullableLong(rs, 2), rs.getString(3),
                        medium == null ? null : Medium.valueOf(medium), mode == null ? null : Mode.valueOf(mode),
                        rs.getString(6), nullableLong(rs, 7), instant(rs, 8), nullableLong(rs, 9), instant(rs, 10),
                        instant(rs, 11)));
            }
        } catch (SQLException e) {
            throw failed("lock contact and conversation", e);
        }
    }

    /**
     * What else handling a client message reads, in one statement: the address's oldest waiting
     * inbound message, the conversation's unsent replies and an earlier delivery of {@code sid}. Read
     * after {@link #lock}, so it sees what the previous holder of the lock committed.
     */
    InboundFacts facts(String address, long conversationId, @Nullable String sid) {
        String sql = """
                SELECT (SELECT MIN(q.id) FROM inbound_queue q
                        WHERE q.channel_address = ? AND q.failed_at IS NULL),
                       (SELECT COUNT(*) FROM outbox o
                        WHERE o.conversation_id = ? AND o.state IN ('PENDING', 'UNCERTAIN', 'SENDING')),
                       (SELECT m.id FROM message m WHERE m.provider_message_id = ?)""";
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            ps.setString(1, address);
            ps.setLong(2, conversationId);
            ps.setString(3, sid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new InboundFacts(nullableLong(rs, 1), rs.getLong(2), nullableLong(rs, 3));
            }
        } catch (SQLException e) {
            throw failed("read the facts of an inbound message", e);
        }
    }

    /** Stores the client's message; returns its id. */
    long insertClientMessage(long conversationId, InboundMessage in, @Nullable String media, Instant receivedAt) {
        String sql = """
                INSERT INTO message (conversation_id, direction, author, body, media, provider_message_id, created_at)
                VALUES (?, 'IN', 'CLIENT', ?, ?, ?, ?)
                RETURNING id""";
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            ps.setLong(1, conversationId);
            ps.setString(2, in.body());
            ps.setString(3, media);
            ps.setString(4, in.providerMessageId());
            ps.setTimestamp(5, Timestamp.from(receivedAt));
            return ids(ps).getFirst();
        } catch (SQLException e) {
            throw failed("store a client message", e);
        }
    }

    /** Stores the bot's replies to a client message in one statement; returns their ids in order. */
    List<Long> insertReplies(long conversationId, long replyToId, List<String> bodies, Instant now) {
        if (bodies.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(
                "INSERT INTO message (conversation_id, direction, author, body, reply_to_id, created_at) VALUES ");
        for (int i = 0; i < bodies.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, 'OUT', 'BOT', ?, ?, ?)");
        }
        sql.append(" RETURNING id");
        try (PreparedStatement ps = connection().prepareStatement(sql.toString())) {
            Timestamp at = Timestamp.from(now);
            int p = 1;
            for (String body : bodies) {
                ps.setLong(p++, conversationId);
                ps.setString(p++, body);
                ps.setLong(p++, replyToId);
                ps.setTimestamp(p++, at);
            }
            List<Long> ids = ids(ps);
            if (ids.size() != bodies.size()) {
                throw new DataAccessException("stored " + bodies.size() + " replies but got " + ids.size() + " ids");
            }
            return ids;
        } catch (SQLException e) {
            throw failed("store the replies", e);
        }
    }

    /**
     * Writes what a client message changed in its conversation and counts its version up. The
     * conversation is locked, so the version always matches; a mismatch is a fault and aborts.
     */
    void updateAfterInbound(Conversation conversation) {
        String sql = """
                UPDATE conversation SET mode = ?, dialogue_state = ?, last_inbound_at = ?, updated_at = ?,
                       version = version + 1
                WHERE id = ? AND version = ?""";
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            ps.setString(1, conversation.mode().name());
            ps.setString(2, conversation.dialogueState());
            setInstant(ps, 3, conversation.lastInboundAt());
            ps.setTimestamp(4, Timestamp.from(conversation.updatedAt()));
            ps.setLong(5, conversation.id());
            ps.setLong(6, conversation.version());
            if (ps.executeUpdate() != 1) {
                throw new OptimisticLockException("conversation " + conversation.id() + " changed while locked");
            }
        } catch (SQLException e) {
            throw failed("update the conversation", e);
        }
    }

    /**
     * Stores a received message in the inbound queue, in its own autocommit insert (outside any
     * transaction: it must be kept whatever happens next). Empty when a message with the same
     * provider id waits already.
     */
    @Connectable
    public Optional<QueuedInbound> enqueue(InboundMessage in, @Nullable String media, Instant now) {
        String sql = """
                INSERT INTO inbound_queue (provider_message_id, channel_address, medium, phone, display_name, body, media,
                                           received_at, attempts, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
                RETURNING id""";
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            Timestamp at = Timestamp.from(now);
            ps.setString(1, in.providerMessageId());
            ps.setString(2, in.channelAddress());
            ps.setString(3, in.medium().name());
            ps.setString(4, in.phone());
            ps.setString(5, in.displayName());
            ps.setString(6, in.body());
            ps.setString(7, media);
            ps.setTimestamp(8, at);
            ps.setTimestamp(9, at);
            long id = ids(ps).getFirst();
            return Optional.of(new QueuedInbound(id, in.providerMessageId(), in.channelAddress(), in.medium(),
                    in.phone(), in.displayName(), in.body(), media, now, 0, now, null, null));
        } catch (SQLException e) {
            if (e.getErrorCode() == DUPLICATE_KEY) {
                return Optional.empty();
            }
            throw failed("store a received message", e);
        }
    }

    /** Removes a handled message from the inbound queue. */
    void deleteQueued(long id) {
        try (PreparedStatement ps = connection().prepareStatement("DELETE FROM inbound_queue WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failed("delete a handled message from the queue", e);
        }
    }

    private Connection connection() {
        return jdbc.getConnection();
    }

    /** The ids an {@code INSERT ... RETURNING id} gives back, in the order of its rows. */
    private static List<Long> ids(PreparedStatement ps) throws SQLException {
        List<Long> ids = new ArrayList<>(2);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        if (ids.isEmpty()) {
            throw new DataAccessException("the database returned no id");
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
