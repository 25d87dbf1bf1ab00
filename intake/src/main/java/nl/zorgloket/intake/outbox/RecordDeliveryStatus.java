package nl.zorgloket.intake.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.conversation.DeliveryStatus;
import nl.zorgloket.intake.conversation.MessageRepository;

import java.time.Clock;

/**
 * A channel's report on a message we sent. Reports arrive out of order and a status only moves
 * forward. A report can be the first we hear of a send whose answer was lost (a timeout): it
 * carries our message id, names the message and settles its outbox row, so it is not sent again.
 */
@Singleton
public class RecordDeliveryStatus {
    private final MessageRepository messages;
    private final OutboxRepository outbox;
    private final Clock clock;

    RecordDeliveryStatus(MessageRepository messages, OutboxRepository outbox, Clock clock) {
        this.messages = messages;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param ourMessageId the id we sent along with the message, when the report has it
     * @return whether anything changed
     */
    @Transactional
    public boolean record(String providerMessageId, @Nullable Long ourMessageId, DeliveryStatus status,
                          @Nullable Integer errorCode) {
        if (ourMessageId != null && messages.findByProviderMessageId(providerMessageId).isEmpty()
                && messages.adoptProviderMessageId(ourMessageId, providerMessageId) == 1) {
            outbox.markSentByMessage(ourMessageId, clock.instant());
        }
        return messages.advanceStatus(providerMessageId, status.name(), status.rank(), errorCode) == 1;
    }
}
