package nl.zorgloket.intake.outbox;

/** A message was queued for sending: dispatchers may wake once its transaction commits. */
public record OutboxWritten(long conversationId) {
}
