package nl.zorgloket.intake.handoff;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.conversation.ConversationRepository;

import java.time.Clock;

/** A colleague writes an internal note on a conversation; it is never sent. */
@Singleton
public class WriteNote {
    private final ConversationRepository conversations;
    private final StaffNoteRepository notes;
    private final Clock clock;

    WriteNote(ConversationRepository conversations, StaffNoteRepository notes, Clock clock) {
        this.conversations = conversations;
        this.notes = notes;
        this.clock = clock;
    }

    @Transactional
    public StaffNote write(long conversationId, long staffUserId, String text) {
        if (!conversations.existsById(conversationId)) {
            throw new HandoffRefused(HandoffRefused.Reason.NO_SUCH_CONVERSATION,
                    "Conversation " + conversationId + " does not exist.");
        }
        return notes.save(new StaffNote(null, conversationId, staffUserId, text, clock.instant()));
    }
}
