package nl.zorgloket.intake.conversation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** That a client wrote in a conversation: no text, no number; staff open the conversation to read it. */
@Introspected
@Serdeable
public record ClientMessageEvent(long messageId, long conversationId, Mode mode, Instant createdAt) {
}
