package nl.zorgloket.intake.handoff;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.conversation.Conversation;
import nl.zorgloket.intake.conversation.ConversationRepository;
import nl.zorgloket.intake.conversation.Mode;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A colleague takes a conversation over: the bot falls silent and the client is told a person is
 * here. Two colleagues taking the same conversation at once: the first wins, the second is refused.
 */
@Singleton
public class TakeOverConversation {
    /** @param noticeRefused why the client could not be told, when they could not (opted out, 24-hour window) */
    public record TakenOver(long conversationId, boolean clientNotified, Optional<String> noticeRefused) {
    }

    private final Holding holding;
    private final ConversationRepository conversations;
    private final Clock clock;

    TakeOverConversation(Holding holding, ConversationRepository conversations, Clock clock) {
        this.holding = holding;
        this.conversations = conversations;
        this.clock = clock;
    }

    /** @param staffName the first name the client will see */
    @Transactional
    public TakenOver takeOver(long conversationId, long staffUserId, String staffName) {
        Holding.Locked locked = holding.lockOpen(conversationId);
        Conversation c = locked.conversation();
        if (c.mode() == Mode.STAFF && c.assignedStaffId() != null) {
            if (c.assignedStaffId() == staffUserId) {
                return new TakenOver(conversationId, false, Optional.of("You already hold this conversation."));
            }
            throw new HandoffRefused(HandoffRefused.Reason.HELD_BY_ANOTHER,
                    "A colleague holds this conversation; ask them to release it.");
        }
        Instant now = clock.instant();
        conversations.update(new Conversation(c.id(), c.contactId(), c.openKey(), c.medium(), Mode.STAFF,
                c.dialogueState(), staffUserId, c.lastInboundAt(), c.version(), c.createdAt(), now, c.closedAt()));
        Optional<String> refused = holding.tell(locked, staffUserId,
                "Hoi, je praat nu met " + staffName + " van het klantenbureau. Ik help je verder.",
                "Hi, this is " + staffName + " from the customer office. I will take it from here.");
        return new TakenOver(conversationId, refused.isEmpty(), refused);
    }
}
