package nl.zorgloket.intake.outbox;

import nl.zorgloket.intake.conversation.Medium;

import java.time.Instant;

/**
 * What a channel needs to send one message.
 *
 * @param messageId our id for the message; channels pass it along so that a late status report
 *                  can be matched even when the send's answer was lost
 * @param channelAddress the client's address ("whatsapp:+31612345678", "sms:+31612345678")
 * @param createdAt when the message was written; a lookup for an earlier, unconfirmed send starts there
 * @param contentSid an approved template to send instead of the body (its text is the template's); null for free text
 * @param contentVariables the template's variables as a JSON object, {"1": "Els"}
 */
public record OutboundMessage(long messageId, Medium medium, String channelAddress, String body, Instant createdAt,
                              String contentSid, String contentVariables) {

    public OutboundMessage(long messageId, Medium medium, String channelAddress, String body, Instant createdAt) {
        this(messageId, medium, channelAddress, body, createdAt, null, null);
    }

    @Override
    public String toString() {
        // Never the text or the address: this record may end up in a log line.
        return "OutboundMessage[" + messageId + ", " + medium + "]";
    }
}
