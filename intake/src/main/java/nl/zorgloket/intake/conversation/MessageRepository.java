package nl.zorgloket.intake.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MessageRepository extends CrudRepository<Message, Long> {

    Optional<Message> findByProviderMessageId(String providerMessageId);

    List<Message> findByReplyToIdOrderById(Long replyToId);

    List<Message> findByConversationIdOrderById(Long conversationId);

    /** Moves the status forward only; returns 0 when the message is unknown or already further. */
    @Query("""
            UPDATE message SET delivery_status = :status, error_code = COALESCE(:errorCode, error_code)
            WHERE provider_message_id = :sid
              AND (delivery_status IS NULL OR FIELD(delivery_status,
                   'ACCEPTED','SCHEDULED','QUEUED','SENDING','SENT','DELIVERED','READ','UNDELIVERED','FAILED','CANCELED') < :rank)""")
    int advanceStatus(String sid, String status, int rank, @Nullable Integer errorCode);

    /** After a client says no to keeping their details: their words are removed, the fact that they wrote stays. */
    @Query("UPDATE message SET body = NULL, media = NULL WHERE conversation_id = :conversationId AND author = 'CLIENT'")
    void redactClientMessages(Long conversationId);

    /**
     * Names an outbound message with the channel's id, once. The message id travels with the send, so
     * whichever comes first (the send's answer or a status report) names it.
     */
    @Query("""
            UPDATE message SET provider_message_id = :sid
            WHERE id = :id AND direction = 'OUT' AND provider_message_id IS NULL""")
    int adoptProviderMessageId(Long id, String sid);

    @Query("UPDATE message SET delivery_status = 'FAILED', error_code = :errorCode WHERE id = :id")
    void markFailed(Long id, @Nullable Integer errorCode);

    /** Client messages with an id above {@code after}, oldest first, with their conversation's mode. */
    @Query("""
            SELECT m.id AS message_id, m.conversation_id, c.mode, m.created_at
            FROM message m JOIN conversation c ON c.id = m.conversation_id
            WHERE m.id > :after AND m.direction = 'IN'
            ORDER BY m.id LIMIT :limit""")
    List<ClientMessageEvent> clientMessagesAfter(long after, int limit);

    @Query("SELECT COALESCE(MAX(id), 0) FROM message")
    long maxId();

    /** A client's messages (both ways, every conversation) after this id, oldest first: what a chat page shows. */
    @Query("""
            SELECT m.* FROM message m JOIN conversation c ON c.id = m.conversation_id
            JOIN contact k ON k.id = c.contact_id
            WHERE k.channel_address = :channelAddress AND m.id > :after
            ORDER BY m.id LIMIT :limit""")
    List<Message> findByChannelAddressAfter(String channelAddress, long after, int limit);
}
