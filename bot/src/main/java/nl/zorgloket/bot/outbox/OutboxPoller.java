package nl.zorgloket.bot.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import nl.zorgloket.intake.outbox.DispatchOutbox;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs the outbox dispatcher on every instance. Instances share the rows (claims skip rows another
 * instance holds), so running several is safe and spreads the sending.
 */
@Singleton
@Requires(property = "zorgloket.outbox.enabled", notEquals = "false")
class OutboxPoller {
    private final DispatchOutbox dispatch;
    private final ReentrantLock polling = new ReentrantLock();
    private volatile boolean stopping;

    OutboxPoller(DispatchOutbox dispatch) {
        this.dispatch = dispatch;
    }

    @Scheduled(fixedDelay = "${zorgloket.outbox.poll-interval:1s}", initialDelay = "${zorgloket.outbox.poll-interval:1s}")
    void poll() {
        polling.lock();
        try {
            // A full batch means more may be due: go on at once instead of waiting for the next tick.
            int claimed;
            do {
                if (stopping) {
                    return;
                }
                claimed = dispatch.dispatchDue();
            } while (claimed == dispatch.batchSize());
        } finally {
            polling.unlock();
        }
    }

    /**
     * On shutdown: no new round, and the round under way may finish (and settle its rows) before
     * the database goes away. A row left behind keeps its lease and is looked up before it is sent again.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        if (polling.tryLock(10, TimeUnit.SECONDS)) {
            polling.unlock();
        }
    }
}
