package nl.zorgloket.intake.privacy;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.zorgloket.intake.conversation.Contact;

import java.time.Instant;
import java.util.List;

/**
 * The statements that remove a client's personal data: what erasure (AVG article 17) and the
 * retention period do. Rows stay where other rows or the access log point at them; their content
 * goes.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ClientDataRepository extends GenericRepository<Contact, Long> {
    @Query("SELECT id FROM conversation WHERE contact_id = :contactId")
    List<Long> conversationsOf(long contactId);

    /** Closes the contact's open conversations: a later message starts a new one. */
    @Query("""
            UPDATE conversation SET mode = 'CLOSED', open_key = NULL, closed_at = COALESCE(closed_at, :now),
                   updated_at = :now, version = version + 1
            WHERE contact_id = :contactId AND closed_at IS NULL""")
    void closeConversationsOf(long contactId, Instant now);

    /** Texts, media and the dialogue's memory of these conversations; the rows stay. */
    @Query("UPDATE message SET body = NULL, media = NULL, content_variables = NULL WHERE conversation_id IN (:conversationIds)")
    void redactMessages(List<Long> conversationIds);

    @Query("UPDATE conversation SET dialogue_state = '{}' WHERE id IN (:conversationIds)")
    void forgetDialogues(List<Long> conversationIds);

    @Query("DELETE FROM staff_note WHERE conversation_id IN (:conversationIds)")
    void deleteNotes(List<Long> conversationIds);

    /** Messages not sent yet are never sent. */
    @Query("DELETE FROM outbox WHERE conversation_id IN (:conversationIds) AND state IN ('PENDING', 'SENDING', 'UNCERTAIN')")
    void dropUnsent(List<Long> conversationIds);

    /**
     * What identifies the client in their cases goes; the municipality, age group and kinds of care stay for
     * the figures. Nothing more is done with them: open cases are closed.
     */
    @Query("""
            UPDATE care_case SET need_text = NULL, contact_name = NULL, contact_detail = NULL, postcode = NULL, address = NULL,
                   age_years = NULL, answers = '{}', suggested_providers = NULL, outcome = NULL, updated_at = :now,
                   status = 'CLOSED', closed_at = COALESCE(closed_at, :now), version = version + 1
            WHERE contact_id = :contactId""")
    void pseudonymiseCases(long contactId, Instant now);

    @Query("DELETE FROM inbound_queue WHERE channel_address = (SELECT channel_address FROM contact WHERE id = :contactId)")
    void dropWaitingMessages(long contactId);

    /** The contact becomes a pseudonym: its id, which the access log keeps. */
    @Query("""
            UPDATE contact SET channel_address = CONCAT('erased:', id), phone = NULL, display_name = NULL,
                   language = NULL, updated_at = :now
            WHERE id = :contactId""")
    void pseudonymiseContact(long contactId, Instant now);

    /** Conversations closed before this moment whose texts are still there. */
    @Query("""
            SELECT c.id FROM conversation c
            WHERE c.closed_at < :before AND c.dialogue_state <> '{}'
            ORDER BY c.closed_at LIMIT :limit""")
    List<Long> closedBefore(Instant before, int limit);
}
