package nl.zorgloket.intake.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.conversation.Author;
import nl.zorgloket.intake.conversation.Contact;
import nl.zorgloket.intake.conversation.ContactRepository;
import nl.zorgloket.intake.conversation.Conversation;
import nl.zorgloket.intake.conversation.ConversationRepository;
import nl.zorgloket.intake.conversation.Direction;
import nl.zorgloket.intake.conversation.Message;
import nl.zorgloket.intake.conversation.MessageRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.NoSuchElementException;

/**
 * Writes a message to a client that is not an inline webhook reply (a staff reply, a notice) and
 * its outbox row, in one transaction: once this returns the message will be sent, by whichever
 * instance's dispatcher claims it first.
 */
@Singleton
public class QueueOutboundMessage {
    private final ConversationRepository conversations;
    private final ContactRepository contacts;
    private final MessageRepository messages;
    private final OutboxRepository outbox;
    private final Clock clock;
    private final ApplicationEventPublisher<OutboxWritten> events;

    QueueOutboundMessage(ConversationRepository conversations, ContactRepository contacts, MessageRepository messages,
                         OutboxRepository outbox, Clock clock, ApplicationEventPublisher<OutboxWritten> events) {
        this.events = events;
        this.conversations = conversations;
        this.contacts = contacts;
        this.messages = messages;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @throws NoSuchElementException when there is no such conversation
     * @throws OutboundRefused when this client may not be sent free text now
     */
    @Transactional
    public Message queue(long conversationId, Author author, @Nullable Long staffUserId, String text) {
        if (author == Author.CLIENT) {
            throw new IllegalArgumentException("a client does not write outbound messages");
        }
        return queue(conversationId, new Message(null, conversationId, Direction.OUT, author, text, null, null, null,
                staffUserId, null, null, clock.instant()), false);
    }

    /**
     * An approved template (Twilio Content API): allowed outside WhatsApp's 24-hour window, where free
     * text is not. {@code description} is what the transcript shows.
     */
    @Transactional
    public Message queueTemplate(long conversationId, long staffUserId, String contentSid, String variablesJson,
                                 String description) {
        return queue(conversationId, new Message(null, conversationId, Direction.OUT, Author.STAFF, description, null,
                null, null, staffUserId, null, null, clock.instant(), contentSid, variablesJson), true);
    }

    private Message queue(long conversationId, Message toWrite, boolean template) {
        Instant now = toWrite.createdAt();
        Conversation unlocked = conversations.findById(conversationId)
                .orElseThrow(() -> new NoSuchElementException("no conversation " + conversationId));
        // The lock order of inbound messages: contact first, then conversation.
        Contact contact = contacts.findByIdForUpdate(unlocked.contactId()).orElseThrow();
        Conversation conversation = conversations.findByIdForUpdate(conversationId).orElseThrow();
        if (conversation.closedAt() != null) {
            throw new OutboundRefused(OutboundRefused.Reason.CONVERSATION_CLOSED, "This conversation is closed.");
        }
        if (contact.optedOutAt() != null) {
            throw new OutboundRefused(OutboundRefused.Reason.CLIENT_OPTED_OUT,
                    "The client asked not to receive messages (stop). Only the client can undo that, by sending start.");
        }
        if (!template && !conversation.canSendFreeform(now)) {
            throw new OutboundRefused(OutboundRefused.Reason.WHATSAPP_WINDOW_CLOSED,
                    "WhatsApp allows free text only within 24 hours of the client's last message. Send an approved template instead.");
        }
        Message message = messages.save(toWrite);
        outbox.save(new OutboxEntry(null, message.id(), conversationId, OutboxState.PENDING, 0, now, null, null, now, now));
        events.publishEvent(new OutboxWritten(conversationId));
        return message;
    }
}
