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
import java.util.Optional;

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

    /**
     * Queues this text when the client may be sent free text now; when not (they opted out, WhatsApp's
     * window closed, the conversation ended) stores nothing and says why. It throws nothing, so the
     * caller's transaction goes on: a notice the client cannot get does not undo what it tells of.
     */
    @Transactional
    public Optional<OutboundRefused> queueIfAllowed(long conversationId, Author author, @Nullable Long staffUserId,
                                                    String text) {
        Message toWrite = new Message(null, conversationId, Direction.OUT, author, text, null, null, null, staffUserId,
                null, null, clock.instant());
        Optional<OutboundRefused> refused = refusal(conversationId, toWrite.createdAt(), false);
        if (refused.isEmpty()) {
            write(conversationId, toWrite);
        }
        return refused;
    }

    private Message queue(long conversationId, Message toWrite, boolean template) {
        Optional<OutboundRefused> refused = refusal(conversationId, toWrite.createdAt(), template);
        if (refused.isPresent()) {
            throw refused.get();
        }
        return write(conversationId, toWrite);
    }

    /** Locks contact and conversation (the lock order of inbound messages) and says why not to write, if so. */
    private Optional<OutboundRefused> refusal(long conversationId, Instant now, boolean template) {
        Conversation unlocked = conversations.findById(conversationId)
                .orElseThrow(() -> new NoSuchElementException("no conversation " + conversationId));
        Contact contact = contacts.findByIdForUpdate(unlocked.contactId()).orElseThrow();
        Conversation conversation = conversations.findByIdForUpdate(conversationId).orElseThrow();
        if (conversation.closedAt() != null) {
            return Optional.of(new OutboundRefused(OutboundRefused.Reason.CONVERSATION_CLOSED,
                    "This conversation is closed."));
        }
        if (contact.optedOutAt() != null) {
            return Optional.of(new OutboundRefused(OutboundRefused.Reason.CLIENT_OPTED_OUT,
                    "The client asked not to receive messages (stop). Only the client can undo that, by sending start."));
        }
        if (!template && !conversation.canSendFreeform(now)) {
            return Optional.of(new OutboundRefused(OutboundRefused.Reason.WHATSAPP_WINDOW_CLOSED,
                    "WhatsApp allows free text only within 24 hours of the client's last message. Send an approved template instead."));
        }
        return Optional.empty();
    }

    private Message write(long conversationId, Message toWrite) {
        Instant now = toWrite.createdAt();
        Message message = messages.save(toWrite);
        outbox.save(new OutboxEntry(null, message.id(), conversationId, OutboxState.PENDING, 0, now, null, null, now, now));
        events.publishEvent(new OutboxWritten(conversationId));
        return message;
    }
}
