package nl.zorgloket.intake.conversation;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Receives webhook messages in the {@link InboundQueue} a few clients at a time. Every message
 * costs a commit to store it and a transaction to handle it; messages that arrive while the
 * handlers are busy wait briefly and then share both with the others that arrived meanwhile
 * ({@link InboundQueue#receiveTogether}), so under load the database does a fraction of the work per
 * message (docs/benchmarks.md). A lone message is taken at once.
 *
 * <p>A batch holds at most one message per address, and a client's next message waits until the
 * batch with its previous one is done: each client's messages are stored and handled in the order
 * they arrived here. The caller waits for its own message's receipt.
 */
@Singleton
public class InboundBatcher {
    private static final Logger LOG = LoggerFactory.getLogger(InboundBatcher.class);

    private final InboundQueue queue;
    private final int maxBatch;
    private final List<Thread> handlers = new ArrayList<>();
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    /** Addresses with a message in a batch being worked on. */
    private final Set<String> busy = new HashSet<>();
    private boolean stopping;
    private long batches;
    private long received;

    private record Pending(InboundMessage in, CompletableFuture<InboundQueue.Receipt> receipt) {
    }

    InboundBatcher(InboundQueue queue, @Value("${zorgloket.inbound.batch-handlers:2}") int handlerCount,
                   @Value("${zorgloket.inbound.batch-max:32}") int maxBatch) {
        if (handlerCount < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("zorgloket.inbound.batch-handlers and batch-max must be at least 1");
        }
        this.queue = queue;
        this.maxBatch = maxBatch;
        for (int i = 1; i <= handlerCount; i++) {
            Thread t = Thread.ofPlatform().name("inbound-batch-" + i).daemon().unstarted(this::work);
            handlers.add(t);
            t.start();
        }
    }

    /** Stores and handles the message together with others arriving now; waits for its receipt. */
    public InboundQueue.Receipt receive(InboundMessage in) {
        Pending p = new Pending(in, new CompletableFuture<>());
        synchronized (pending) {
            if (stopping) {
                throw new IllegalStateException("the service is stopping");
            }
            pending.add(p);
            pending.notifyAll();
        }
        try {
            return p.receipt().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void work() {
        while (true) {
            List<Pending> batch;
            synchronized (pending) {
                while ((batch = take()).isEmpty()) {
                    if (stopping && pending.isEmpty()) {
                        return;
                    }
                    try {
                        pending.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            try {
                run(batch);
            } catch (RuntimeException | Error e) {
                // nobody waits for ever: what is not answered yet fails
                for (Pending p : batch) {
                    p.receipt().completeExceptionally(e);
                }
                LOG.error("receiving {} messages failed ({})", batch.size(), e.getClass().getName());
                LOG.debug("details", e);
            } finally {
                synchronized (pending) {
                    for (Pending p : batch) {
                        busy.remove(p.in().channelAddress());
                    }
                    pending.notifyAll();
                }
            }
        }
    }

    /** The oldest waiting messages whose address is not busy, one per address; marks them busy. */
    private List<Pending> take() {
        List<Pending> batch = new ArrayList<>();
        for (Iterator<Pending> it = pending.iterator(); it.hasNext() && batch.size() < maxBatch; ) {
            Pending p = it.next();
            if (busy.add(p.in().channelAddress())) {
                batch.add(p);
                it.remove();
            }
        }
        if (!batch.isEmpty()) {
            batches++;
            received += batch.size();
        }
        return batch;
    }

    private void run(List<Pending> batch) {
        List<InboundQueue.Receipt> receipts;
        try {
            receipts = queue.receiveTogether(batch.stream().map(Pending::in).toList());
        } catch (RuntimeException e) {
            if (batch.size() > 1) {
                LOG.debug("storing {} messages together failed; storing each on its own", batch.size(), e);
            }
            for (Pending p : batch) {
                try {
                    p.receipt().complete(queue.receive(p.in()));
                } catch (RuntimeException one) {
                    p.receipt().completeExceptionally(one);
                }
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).receipt().complete(receipts.get(i));
        }
    }

    /** Batches taken so far. */
    public long batches() {
        synchronized (pending) {
            return batches;
        }
    }

    /** Messages taken into batches so far. */
    public long received() {
        synchronized (pending) {
            return received;
        }
    }

    /** Messages waiting for a handler. */
    public int waiting() {
        synchronized (pending) {
            return pending.size();
        }
    }

    /** Finishes what was received; refuses what comes after. */
    @PreDestroy
    void stop() {
        synchronized (pending) {
            stopping = true;
            pending.notifyAll();
        }
        for (Thread t : handlers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
