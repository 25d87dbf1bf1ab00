package nl.zorgloket.intake.handoff;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.conversation.Conversation;
import nl.zorgloket.intake.conversation.ConversationRepository;
import nl.zorgloket.intake.conversation.Mode;

import java.time.Clock;

/**
 * Who holds a conversation gives it back to the bot, which goes on where it was: the dialogue's
 * state was kept while staff held it.
 */
@Singleton
public class ReleaseConversation {
    private final Holding holding;
    private final ConversationRepository conversations;
    private final Clock clock;

    ReleaseConversation(Holding holding, ConversationRepository conversations, Clock clock) {
        this.holding = holding;
        this.conversations = conversations;
        this.clock = clock;
    }

    /** @return whether the client was told */
    @Transactional
    public boolean release(long conversationId, long staffUserId) {
        Holding.Locked locked = holding.lockHeldBy(conversationId, staffUserId);
        Conversation c = locked.conversation();
        conversations.update(new Conversation(c.id(), c.contactId(), c.openKey(), c.medium(), Mode.BOT,
                c.dialogueState(), null, c.lastInboundAt(), c.version(), c.createdAt(), clock.instant(), c.closedAt()));
        return holding.tell(locked, staffUserId,
                "Je praat weer met de digitale assistent. Stuur gerust een bericht, dan gaan we verder waar we waren.",
                "You are back with the digital assistant. Write whenever you like; we go on where we were.").isEmpty();
    }
}
