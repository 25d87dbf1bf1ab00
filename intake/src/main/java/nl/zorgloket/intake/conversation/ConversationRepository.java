package nl.zorgloket.intake.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ConversationRepository extends CrudRepository<Conversation, Long> {

    /** Opens a conversation for the address unless one is open; the unique open_key makes it race-free. */
    @Query("""
            INSERT IGNORE INTO conversation (contact_id, open_key, medium, mode, dialogue_state, version, created_at, updated_at)
            VALUES (:contactId, :openKey, :medium, 'BOT', :state, 0, :now, :now)""")
    void insertIgnoreOpen(Long contactId, String openKey, String medium, String state, Instant now);

    /**
     * Locks the contact of the address and its open conversation, in that order (as everywhere), in
     * one statement. Empty when the address has no contact yet.
     */
    @Query("""
            SELECT k.id AS contact_id, v.id AS conversation_id, v.open_key, v.medium, v.mode, v.dialogue_state,
                   v.assigned_staff_id, v.last_inbound_at, v.version, v.created_at, v.updated_at
            FROM contact k LEFT JOIN conversation v ON v.open_key = k.channel_address
            WHERE k.channel_address = :address
            FOR UPDATE""")
    Optional<InboundLock> lockForInbound(String address);

    /**
     * What else handling a client message reads, in one statement: the address's oldest waiting
     * inbound message, the conversation's unsent replies and an earlier delivery of {@code sid}. Read
     * after {@link #lockForInbound}, so it sees what the previous holder of the lock committed.
     */
    @Query("""
            SELECT (SELECT MIN(q.id) FROM inbound_queue q
                    WHERE q.channel_address = :address AND q.failed_at IS NULL) AS queue_head_id,
                   (SELECT COUNT(*) FROM outbox o
                    WHERE o.conversation_id = :conversationId AND o.state IN ('PENDING', 'UNCERTAIN', 'SENDING')) AS unsent_replies,
                   (SELECT m.id FROM message m WHERE m.provider_message_id = :sid) AS earlier_message_id""")
    InboundFacts inboundFacts(String address, long conversationId, @Nullable String sid);

    @Query("SELECT * FROM conversation WHERE id = :id FOR UPDATE")
    Optional<Conversation> findByIdForUpdate(Long id);

    /** Open conversations in this mode, most recently active first. */
    @Query("SELECT * FROM conversation WHERE mode = :mode ORDER BY updated_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<Conversation> findByModeRecentFirst(String mode, int limit, int offset);

    List<Conversation> findByContactIdOrderById(Long contactId);
}
