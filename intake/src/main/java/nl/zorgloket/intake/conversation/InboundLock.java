package nl.zorgloket.intake.conversation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A contact and its open conversation, both locked until the transaction ends: what handling a
 * client message locks, read in one query.
 *
 * @param conversationId null when the contact has no open conversation
 */
@Introspected
record InboundLock(
        long contactId,
        @Nullable Long conversationId,
        @Nullable String openKey,
        @Nullable Medium medium,
        @Nullable Mode mode,
        @Nullable String dialogueState,
        @Nullable Long assignedStaffId,
        @Nullable Instant lastInboundAt,
        @Nullable Long version,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {

    boolean hasConversation() {
        return conversationId != null;
    }

    Conversation conversation() {
        if (conversationId == null) {
            throw new IllegalStateException("no open conversation");
        }
        return new Conversation(conversationId, contactId, openKey, medium, mode, dialogueState, assignedStaffId,
                lastInboundAt, version, createdAt, updatedAt, null);
    }
}
