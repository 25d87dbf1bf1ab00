package nl.zorgloket.intake.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OutboxRepository extends CrudRepository<OutboxEntry, Long> {

    /**
     * Rows that are due, locked; rows another dispatcher holds are skipped, not waited for, so
     * several instances share the work. A SENDING row whose lease ran out belonged to a dispatcher
     * that died mid-send. Only the oldest unsent row of each conversation is taken: the next one
     * waits until it is settled, so a client reads replies in the order they were written.
     */
    @Query("""
            SELECT o.* FROM outbox o
            WHERE o.state IN ('PENDING', 'UNCERTAIN', 'SENDING') AND o.next_attempt_at <= :now
              AND (o.state <> 'SENDING' OR o.lease_until < :now)
              AND NOT EXISTS (SELECT 1 FROM outbox e
                              WHERE e.conversation_id = o.conversation_id AND e.id < o.id
                                AND e.state IN ('PENDING', 'UNCERTAIN', 'SENDING'))
            ORDER BY o.next_attempt_at
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""")
    List<OutboxEntry> findDueForUpdate(Instant now, int limit);

    @Query("""
            UPDATE outbox SET state = 'SENDING', attempts = attempts + 1, lease_until = :leaseUntil, updated_at = :now
            WHERE id = :id""")
    void claim(Long id, Instant leaseUntil, Instant now);

    /** Only the dispatcher that holds the row may settle it. */
    @Query("""
            UPDATE outbox SET state = :state, next_attempt_at = :nextAttemptAt, lease_until = NULL,
                   last_error = :lastError, updated_at = :now
            WHERE id = :id AND state = 'SENDING'""")
    int settle(Long id, String state, Instant nextAttemptAt, @Nullable String lastError, Instant now);

    /** A status callback proved the message reached Twilio. */
    @Query("""
            UPDATE outbox SET state = 'SENT', lease_until = NULL, updated_at = :now
            WHERE message_id = :messageId AND state IN ('PENDING', 'UNCERTAIN', 'SENDING')""")
    int markSentByMessage(Long messageId, Instant now);

    Optional<OutboxEntry> findByMessageId(Long messageId);

    @Query("SELECT id FROM outbox WHERE message_id = :messageId FOR UPDATE")
    Optional<Long> lockByMessageId(Long messageId);


    long countByMessageIdIn(java.util.Collection<Long> messageIds);

    /** Messages not sent yet: waiting, being sent, or to be looked up. */
    @Query("SELECT COUNT(*) FROM outbox WHERE state IN ('PENDING', 'UNCERTAIN', 'SENDING')")
    long countUnsettled();
}
