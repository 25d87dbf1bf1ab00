package nl.zorgloket.intake.conversation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/**
 * What handling a client message reads once it holds the lock.
 *
 * @param queueHeadId the oldest message of the address still waiting in the inbound queue
 * @param unsentReplies replies of the conversation still waiting in the outbox
 * @param earlierMessageId the stored message with the same provider id, when this is a repeated delivery
 */
@Introspected
record InboundFacts(@Nullable Long queueHeadId, long unsentReplies, @Nullable Long earlierMessageId) {
}
