package nl.zorgloket.bot.inbound;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import nl.zorgloket.bot.outbox.OutboxPoller;
import nl.zorgloket.bot.work.WorkLoop;
import nl.zorgloket.intake.conversation.InboundQueue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Handles the messages webhooks put in the {@link InboundQueue}. A webhook names the address it
 * stored a message for and the worker starts on it at once; a sweep finds what no worker was told
 * about (a message stored by an instance that stopped, a retry that came due). Each address is
 * worked through oldest message first; the replies are handed to the outbox dispatcher.
 */
@Context
@Requires(property = "zorgloket.inbound.enabled", notEquals = "false")
public class InboundWorker {
    private final InboundQueue queue;
    private final Optional<OutboxPoller> outbox;
    private final Duration sweepGrace;
    private final WorkLoop loop;
    private final ConcurrentLinkedQueue<String> addresses = new ConcurrentLinkedQueue<>();
    private final Set<String> named = ConcurrentHashMap.newKeySet();

    InboundWorker(InboundQueue queue, Optional<OutboxPoller> outbox,
                  @Value("${zorgloket.inbound.workers:2}") int workers,
                  @Value("${zorgloket.inbound.sweep-interval:1s}") Duration sweepInterval) {
        this.queue = queue;
        this.outbox = outbox;
        this.sweepGrace = sweepInterval;
        this.loop = new WorkLoop("inbound", workers, sweepInterval, this::round);
    }

    @PostConstruct
    void start() {
        loop.start();
    }

    /** A message for this address was stored: handle it now. */
    public void stored(String address) {
        if (named.add(address)) {
            addresses.add(address);
        }
        loop.wake();
    }

    @Scheduled(fixedDelay = "${zorgloket.inbound.sweep-interval:1s}")
    void sweep() {
        if (loop.stopping()) {
            return;
        }
        for (String address : queue.addressesDue(sweepGrace, 500)) {
            stored(address);
        }
    }

    private boolean round() {
        String address = addresses.poll();
        if (address == null) {
            return false;
        }
        // Forget the name before working, so a message stored meanwhile names the address again.
        named.remove(address);
        while (!loop.stopping() && queue.handleNext(address) == InboundQueue.Step.HANDLED) {
            outbox.ifPresent(OutboxPoller::wake);
        }
        return true;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        loop.stop(Duration.ofSeconds(10));
    }
}
