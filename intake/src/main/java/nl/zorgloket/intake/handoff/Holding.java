package nl.zorgloket.intake.handoff;

import jakarta.inject.Singleton;
import nl.zorgloket.intake.conversation.Contact;
import nl.zorgloket.intake.conversation.ContactRepository;
import nl.zorgloket.intake.conversation.Conversation;
import nl.zorgloket.intake.conversation.ConversationRepository;
import nl.zorgloket.intake.conversation.Mode;
import nl.zorgloket.intake.conversation.Author;
import nl.zorgloket.intake.outbox.OutboundRefused;
import nl.zorgloket.intake.outbox.QueueOutboundMessage;

import java.util.Optional;

/**
 * Locks a conversation as every transaction that touches a client does (contact first, then the
 * conversation) and checks who holds it.
 */
@Singleton
class Holding {
    record Locked(Contact contact, Conversation conversation) {
    }

    private final ConversationRepository conversations;
    private final ContactRepository contacts;
    private final QueueOutboundMessage outbound;

    Holding(ConversationRepository conversations, ContactRepository contacts, QueueOutboundMessage outbound) {
        this.conversations = conversations;
        this.contacts = contacts;
        this.outbound = outbound;
    }

    /**
     * Tells the client who answers them now, in their language, through the outbox.
     *
     * @return why they could not be told (they opted out, WhatsApp's window closed), or empty
     */
    Optional<String> tell(Locked locked, long staffUserId, String nl, String en) {
        return outbound.queueIfAllowed(locked.conversation().id(), Author.SYSTEM, staffUserId,
                "en".equals(locked.contact().language()) ? en : nl).map(OutboundRefused::getMessage);
    }

    /** Must run inside a transaction. */
    Locked lockOpen(long conversationId) {
        Conversation unlocked = conversations.findById(conversationId).orElseThrow(() -> new HandoffRefused(
                HandoffRefused.Reason.NO_SUCH_CONVERSATION, "Conversation " + conversationId + " does not exist."));
        Contact contact = contacts.findByIdForUpdate(unlocked.contactId()).orElseThrow();
        Conversation conversation = conversations.findByIdForUpdate(conversationId).orElseThrow();
        if (conversation.mode() == Mode.CLOSED || conversation.closedAt() != null) {
            throw new HandoffRefused(HandoffRefused.Reason.CLOSED, "This conversation has ended.");
        }
        return new Locked(contact, conversation);
    }

    /** The conversation, locked, when this colleague holds it. */
    Locked lockHeldBy(long conversationId, long staffUserId) {
        Locked locked = lockOpen(conversationId);
        Conversation c = locked.conversation();
        if (c.mode() != Mode.STAFF || c.assignedStaffId() == null || c.assignedStaffId() != staffUserId) {
            throw new HandoffRefused(HandoffRefused.Reason.NOT_HELD,
                    "You do not hold this conversation: take it over first.");
        }
        return locked;
    }
}
