package nl.zorgloket.intake.conversation;

import jakarta.inject.Singleton;
import nl.zorgloket.intake.db.DeadlockRetry;

/**
 * Handles one client message as it arrives and returns the replies, for a channel that answers in
 * the same exchange (web chat). Stored once, answered once, in one transaction per attempt: the
 * first messages from a brand-new number can race to create its contact, and MariaDB then aborts
 * one transaction as a deadlock victim, which is simply run again.
 *
 * <p>Webhooks that must answer fast store the message in the {@link InboundQueue} instead.
 */
@Singleton
public class HandleInboundMessage {
    private final InboundTransaction transaction;

    HandleInboundMessage(InboundTransaction transaction) {
        this.transaction = transaction;
    }

    public HandledMessage handle(InboundMessage in) {
        return DeadlockRetry.run(() -> transaction.handle(in));
    }
}
