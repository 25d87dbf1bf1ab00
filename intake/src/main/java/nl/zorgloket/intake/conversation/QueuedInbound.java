package nl.zorgloket.intake.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A client message stored by a webhook and not handled yet.
 *
 * @param media JSON array of {"url", "contentType"}, or null
 * @param failedAt set once handling failed too often; the row is kept and no longer tried
 */
@MappedEntity("inbound_queue")
record QueuedInbound(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable String providerMessageId,
        String channelAddress,
        Medium medium,
        @Nullable String phone,
        @Nullable String displayName,
        String body,
        @Nullable String media,
        Instant receivedAt,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        @Nullable Instant failedAt) {
}
