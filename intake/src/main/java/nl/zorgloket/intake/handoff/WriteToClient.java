package nl.zorgloket.intake.handoff;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.conversation.Author;
import nl.zorgloket.intake.conversation.Message;
import nl.zorgloket.intake.outbox.QueueOutboundMessage;

/**
 * Who holds a conversation writes to the client, through the client's own channel: stored with an
 * outbox row in one transaction, sent by the dispatcher.
 */
@Singleton
public class WriteToClient {
    private final Holding holding;
    private final QueueOutboundMessage outbound;

    WriteToClient(Holding holding, QueueOutboundMessage outbound) {
        this.holding = holding;
        this.outbound = outbound;
    }

    /** @throws nl.zorgloket.intake.outbox.OutboundRefused when this client may not be sent free text now */
    @Transactional
    public Message write(long conversationId, long staffUserId, String text) {
        holding.lockHeldBy(conversationId, staffUserId);
        return outbound.queue(conversationId, Author.STAFF, staffUserId, text);
    }

    /**
     * An approved template, which WhatsApp delivers outside its 24-hour window too.
     *
     * @param variablesJson the template's variables as a JSON object
     */
    @Transactional
    public Message writeTemplate(long conversationId, long staffUserId, String contentSid, String variablesJson) {
        return writeTemplate(conversationId, staffUserId, contentSid, variablesJson,
                "[template " + contentSid + " " + variablesJson + "]");
    }

    /** A template whose text is known here: the transcript shows it as the client reads it. */
    @Transactional
    public Message writeTemplate(long conversationId, long staffUserId, String contentSid, String variablesJson,
                                 String asRead) {
        holding.lockHeldBy(conversationId, staffUserId);
        return outbound.queueTemplate(conversationId, staffUserId, contentSid, variablesJson, asRead);
    }
}
