package nl.zorgloket.bot.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.outbox.DispatchOutbox;

/**
 * Runs the outbox dispatcher on every instance. Instances share the rows (claims skip rows another
 * instance holds), so running several is safe and spreads the sending.
 */
@Singleton
@Requires(property = "zorgloket.outbox.enabled", notEquals = "false")
class OutboxPoller {
    private final DispatchOutbox dispatch;

    OutboxPoller(DispatchOutbox dispatch) {
        this.dispatch = dispatch;
    }

    @Scheduled(fixedDelay = "${zorgloket.outbox.poll-interval:1s}", initialDelay = "${zorgloket.outbox.poll-interval:1s}")
    void poll() {
        // A full batch means more may be due: go on at once instead of waiting for the next tick.
        int claimed;
        do {
            claimed = dispatch.dispatchDue();
        } while (claimed == dispatch.batchSize());
    }
}
