package nl.zorgloket.intake.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.conversation.Contact;
import nl.zorgloket.intake.conversation.ContactRepository;
import nl.zorgloket.intake.conversation.Conversation;
import nl.zorgloket.intake.conversation.DeliveryStatus;
import nl.zorgloket.intake.conversation.ConversationRepository;
import nl.zorgloket.intake.conversation.Message;
import nl.zorgloket.intake.conversation.MessageRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The short transactions around a send: claim rows, then settle each one. The send itself runs
 * between them, outside any transaction, so a slow channel never holds a database lock.
 */
@Singleton
class OutboxTransactions {
    private final OutboxRepository outbox;
    private final MessageRepository messages;
    private final ConversationRepository conversations;
    private final ContactRepository contacts;
    private final Clock clock;

    OutboxTransactions(OutboxRepository outbox, MessageRepository messages, ConversationRepository conversations,
                       ContactRepository contacts, Clock clock) {
        this.clock = clock;
        this.outbox = outbox;
        this.messages = messages;
        this.conversations = conversations;
        this.contacts = contacts;
    }

    record Claim(OutboxEntry entry, OutboundMessage message, boolean clientOptedOut) {
        int attempt() {
            return entry.attempts() + 1;
        }
    }

    @Transactional
    List<Claim> claimDue(Instant now, int limit, Duration lease) {
        List<Claim> claims = new ArrayList<>();
        for (OutboxEntry entry : outbox.findDueForUpdate(now, limit)) {
            outbox.claim(entry.id(), now.plus(lease), now);
            Message message = messages.findById(entry.messageId()).orElseThrow();
            Conversation conversation = conversations.findById(message.conversationId()).orElseThrow();
            Contact contact = contacts.findById(conversation.contactId()).orElseThrow();
            OutboundMessage out = new OutboundMessage(message.id(), conversation.medium(), contact.channelAddress(),
                    message.body() == null ? "" : message.body(), message.createdAt(), message.contentSid(),
                    message.contentVariables());
            claims.add(new Claim(entry, out, contact.optedOutAt() != null));
        }
        return claims;
    }

    @Transactional
    boolean accepted(Claim claim, SendOutcome.Accepted accepted, Instant now) {
        if (outbox.settle(claim.entry().id(), OutboxState.SENT.name(), now, null, now) == 0) {
            return false;
        }
        messages.adoptProviderMessageId(claim.message().messageId(), accepted.providerMessageId());
        messages.advanceStatus(accepted.providerMessageId(), accepted.status().name(), accepted.status().rank(), null);
        return true;
    }

    @Transactional
    boolean retry(Claim claim, OutboxState state, Instant nextAttemptAt, String error, Instant now) {
        return outbox.settle(claim.entry().id(), state.name(), nextAttemptAt, clip(error), now) == 1;
    }

    @Transactional
    boolean failed(Claim claim, @Nullable Integer errorCode, String error, Instant now) {
        if (outbox.settle(claim.entry().id(), OutboxState.FAILED.name(), now, clip(error), now) == 0) {
            return false;
        }
        messages.markFailed(claim.message().messageId(), errorCode);
        return true;
    }

    /**
     * Takes the locks in the dispatcher's order, outbox row first and then the message, so a report
     * that races the settling of its message waits for it instead of deadlocking with it.
     */
    @Transactional
    boolean statusReported(String providerMessageId, @Nullable Long ourMessageId, DeliveryStatus status,
                           @Nullable Integer errorCode) {
        if (ourMessageId != null) {
            outbox.lockByMessageId(ourMessageId);
            if (messages.findByProviderMessageId(providerMessageId).isEmpty()
                    && messages.adoptProviderMessageId(ourMessageId, providerMessageId) == 1) {
                outbox.markSentByMessage(ourMessageId, Instant.now(clock));
            }
        }
        return messages.advanceStatus(providerMessageId, status.name(), status.rank(), errorCode) == 1;
    }

    private static String clip(String error) {
        return error.length() <= 500 ? error : error.substring(0, 500);
    }
}
