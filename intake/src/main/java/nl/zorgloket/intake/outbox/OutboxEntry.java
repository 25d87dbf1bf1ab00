package nl.zorgloket.intake.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One outbound message waiting to be sent, written in the same transaction as the message.
 *
 * @param conversationId the message's conversation: its messages leave in the order they were written
 *
 * @param leaseUntil while SENDING: until when the claiming dispatcher owns the row
 */
@MappedEntity("outbox")
public record OutboxEntry(
        @Id @GeneratedValue @Nullable Long id,
        Long messageId,
        Long conversationId,
        OutboxState state,
        int attempts,
        Instant nextAttemptAt,
        @Nullable Instant leaseUntil,
        @Nullable String lastError,
        Instant createdAt,
        Instant updatedAt) {
}
