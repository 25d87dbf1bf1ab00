package nl.zorgloket.intake.conversation;

import jakarta.inject.Singleton;
import nl.zorgloket.intake.db.DeadlockRetry;
import nl.zorgloket.intake.outbox.Backoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Persist first, answer fast. A webhook {@link #receive receives} a client message: it is stored
 * on its own (committed before anything else runs, so no fault of the dialogue can lose it) and
 * then handled at once, with the replies returned for the webhook's own answer. When that cannot
 * happen (handling failed, or an older message of the same client still waits) the message stays
 * in the queue; a worker {@link #handleNext handles} it later and its replies leave through the
 * outbox.
 *
 * <p>Order per client holds across workers and instances: only the oldest waiting message of an
 * address is handled, under the contact's lock, and replies that would overtake replies still in
 * the outbox go there behind them. A message whose handling fails is tried again later, and the
 * client's later messages wait for it; after {@link #MAX_ATTEMPTS} it is set aside (kept, marked
 * failed) so the conversation can go on.
 */
@Singleton
public class InboundQueue {
    private static final Logger LOG = LoggerFactory.getLogger(InboundQueue.class);
    static final int MAX_ATTEMPTS = 5;
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));

    private final InboundQueueRepository queue;
    private final InboundRows rows;
    private final InboundTransaction transaction;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.getDefault();

    InboundQueue(InboundQueueRepository queue, InboundRows rows, InboundTransaction transaction, Clock clock) {
        this.queue = queue;
        this.rows = rows;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What one call of {@link #handleNext} did. */
    public enum Step {
        /** A message was handled; its replies, if any, are in the outbox. */
        HANDLED,
        /** Nothing to do now: no message waits, the oldest waits for a retry, or another worker has it. */
        NOTHING_DUE,
        /** Handling the oldest message failed; it will be tried again later. */
        FAILED
    }

    /** What became of a received message. */
    public sealed interface Receipt {
        /** Stored and handled; the replies, if any, are to be given in the same exchange. */
        record Answered(HandledMessage handled) implements Receipt {
        }

        /** Stored; a worker handles it (its turn has not come, or handling failed and is retried). */
        record Waiting(String channelAddress) implements Receipt {
        }

        /** The same message (provider id) is stored and waiting already: nothing new was stored. */
        record AlreadyWaiting() implements Receipt {
        }
    }

    public Receipt receive(InboundMessage in) {
        Optional<QueuedInbound> stored = accept(in);
        if (stored.isEmpty()) {
            return new Receipt.AlreadyWaiting();
        }
        return handleNow(stored.get());
    }

    /**
     * Receives messages of different clients together: stored in one insert and commit, then handled
     * in one transaction; the receipts in their order. When they cannot be handled together (one
     * fails), each is handled on its own, as {@link #receive} would. Throws when storing them
     * together fails (one of them repeats a message that still waits): then nothing is stored, and
     * each is to be {@linkplain #receive received} on its own.
     */
    public List<Receipt> receiveTogether(List<InboundMessage> received) {
        if (received.size() == 1) {
            return List.of(receive(received.getFirst()));
        }
        List<String> media = new ArrayList<>(received.size());
        for (InboundMessage in : received) {
            media.add(transaction.mediaJson(in.media()));
        }
        List<QueuedInbound> queued = rows.enqueue(received, media, clock.instant());
        try {
            List<Optional<HandledMessage>> handled = DeadlockRetry.run(
                    () -> transaction.handleQueued(queued, InboundTransaction.Delivery.INLINE_IN_ORDER));
            List<Receipt> receipts = new ArrayList<>(queued.size());
            for (int i = 0; i < queued.size(); i++) {
                receipts.add(receipt(queued.get(i), handled.get(i)));
            }
            return receipts;
        } catch (RuntimeException e) {
            LOG.warn("handling {} messages together failed ({}); handling each on its own", queued.size(),
                    e.getClass().getName());
            LOG.debug("details", e);
            return queued.stream().map(this::handleNow).toList();
        }
    }

    private Receipt handleNow(QueuedInbound queued) {
        try {
            return receipt(queued,
                    DeadlockRetry.run(() -> transaction.handleQueued(queued, InboundTransaction.Delivery.INLINE_IN_ORDER)));
        } catch (RuntimeException e) {
            recordFailure(queued, e);
            return new Receipt.Waiting(queued.channelAddress());
        }
    }

    /** Answered when it was handled; waiting when it was not its turn. */
    private static Receipt receipt(QueuedInbound queued, Optional<HandledMessage> handled) {
        return handled.<Receipt>map(Receipt.Answered::new).orElseGet(() -> new Receipt.Waiting(queued.channelAddress()));
    }

    /**
     * Stores the message in its own autocommit insert. Empty when a message with the same provider
     * id waits already; one handled before is recognised when this copy is handled.
     */
    Optional<QueuedInbound> accept(InboundMessage in) {
        return rows.enqueue(in, transaction.mediaJson(in.media()), clock.instant());
    }

    /** Handles the oldest waiting message of the address, if it is due; its replies go to the outbox. */
    public Step handleNext(String address) {
        Optional<QueuedInbound> head = queue.findHead(address);
        if (head.isEmpty() || head.get().nextAttemptAt().isAfter(clock.instant())) {
            return Step.NOTHING_DUE;
        }
        QueuedInbound queued = head.get();
        try {
            // empty when a handler that held the address handled this message while we waited for it
            return DeadlockRetry.run(() -> transaction.handleQueued(queued, InboundTransaction.Delivery.OUTBOX))
                    .isPresent() ? Step.HANDLED : Step.NOTHING_DUE;
        } catch (RuntimeException e) {
            recordFailure(queued, e);
            return Step.FAILED;
        }
    }

    /**
     * Addresses with a message that has waited longer than {@code grace}: the ones no worker was
     * told about (another instance stopped, a retry came due). Fresh messages are left to the
     * worker the webhook woke.
     */
    public List<String> addressesDue(Duration grace, int limit) {
        Instant now = clock.instant();
        return queue.findAddressesDue(now, now.minus(grace), limit);
    }

    /** Messages waiting to be handled. */
    public long waiting() {
        return queue.countWaiting();
    }

    /** Messages set aside after failing {@link #MAX_ATTEMPTS} times. */
    public long failed() {
        return queue.countFailed();
    }

    private void recordFailure(QueuedInbound queued, RuntimeException e) {
        int attempt = queued.attempts() + 1;
        Instant now = clock.instant();
        String error = e.getClass().getName();
        Instant failedAt = null;
        if (attempt >= MAX_ATTEMPTS) {
            failedAt = now;
            LOG.error("inbound message {} set aside after {} failed attempts ({})", queued.id(), attempt, error);
        } else {
            LOG.warn("handling inbound message {} failed (attempt {}, {}); tried again later", queued.id(), attempt,
                    error);
        }
        LOG.debug("details", e);
        queue.recordFailure(queued.id(), now.plus(BACKOFF.after(attempt, random)), error, failedAt);
    }
}
