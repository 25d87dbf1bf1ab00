package nl.zorgloket.bot.outbox;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import nl.zorgloket.bot.work.WorkLoop;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import nl.zorgloket.intake.outbox.DispatchOutbox;
import nl.zorgloket.intake.outbox.OutboxWritten;

import java.time.Duration;

/**
 * Runs the outbox dispatcher on every instance: woken when a message is queued here, and every
 * poll interval for the rest (retries that came due, messages queued by another instance).
 * Instances and threads share the rows (claims skip rows another dispatcher holds), so running
 * several is safe and spreads the sending.
 */
@Context
@Requires(property = "zorgloket.outbox.enabled", notEquals = "false")
public class OutboxPoller {
    private final WorkLoop loop;

    OutboxPoller(DispatchOutbox dispatch,
                 @Value("${zorgloket.outbox.dispatchers:2}") int dispatchers,
                 @Value("${zorgloket.outbox.poll-interval:1s}") Duration pollInterval) {
        this.loop = new WorkLoop("outbox", dispatchers, pollInterval, () -> dispatch.dispatchDue() > 0);
    }

    @PostConstruct
    void start() {
        loop.start();
    }

    /** A message was queued: send it now rather than at the next poll. */
    public void wake() {
        loop.wake();
    }

    /** A message queued on this instance (a staff reply, a notice) goes out as soon as it is committed. */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onWritten(OutboxWritten event) {
        loop.wake();
    }

    /**
     * On shutdown: no new round, and the round under way may finish (and settle its rows) before
     * the database goes away. A row left behind keeps its lease and is looked up before it is sent again.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        loop.stop(Duration.ofSeconds(10));
    }
}
