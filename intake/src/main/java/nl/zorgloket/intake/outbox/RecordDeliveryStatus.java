package nl.zorgloket.intake.outbox;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.db.DeadlockRetry;
import nl.zorgloket.intake.conversation.DeliveryStatus;


/**
 * A channel's report on a message we sent. Reports arrive out of order and a status only moves
 * forward. A report can be the first we hear of a send whose answer was lost (a timeout): it
 * carries our message id, names the message and settles its outbox row, so it is not sent again.
 */
@Singleton
public class RecordDeliveryStatus {
    private final OutboxTransactions transactions;

    RecordDeliveryStatus(OutboxTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * @param ourMessageId the id we sent along with the message, when the report has it
     * @return whether anything changed
     */
    public boolean record(String providerMessageId, @Nullable Long ourMessageId, DeliveryStatus status,
                          @Nullable Integer errorCode) {
        // A report can race the dispatcher settling the same message; the loser of a deadlock is run again.
        return DeadlockRetry.run(() -> transactions.statusReported(providerMessageId, ourMessageId, status, errorCode));
    }
}
