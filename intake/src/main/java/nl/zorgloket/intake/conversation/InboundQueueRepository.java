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
interface InboundQueueRepository extends CrudRepository<QueuedInbound, Long> {

    /** The oldest message of the address that is still to be handled. */
    @Query("""
            SELECT * FROM inbound_queue
            WHERE channel_address = :address AND failed_at IS NULL
            ORDER BY id LIMIT 1""")
    Optional<QueuedInbound> findHead(String address);

    /** Addresses with a message that is due and has waited longer than a worker should take to start on it. */
    @Query("""
            SELECT DISTINCT channel_address FROM inbound_queue
            WHERE failed_at IS NULL AND next_attempt_at <= :now AND received_at <= :receivedBefore
            LIMIT :limit""")
    List<String> findAddressesDue(Instant now, Instant receivedBefore, int limit);

    @Query("""
            UPDATE inbound_queue SET attempts = attempts + 1, next_attempt_at = :nextAttemptAt, last_error = :lastError,
                   failed_at = :failedAt
            WHERE id = :id""")
    void recordFailure(Long id, Instant nextAttemptAt, String lastError, @Nullable Instant failedAt);

    @Query("SELECT COUNT(*) FROM inbound_queue WHERE failed_at IS NULL")
    long countWaiting();

    @Query("SELECT COUNT(*) FROM inbound_queue WHERE failed_at IS NOT NULL")
    long countFailed();
}
