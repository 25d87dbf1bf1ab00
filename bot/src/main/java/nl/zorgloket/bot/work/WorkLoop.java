package nl.zorgloket.bot.work;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A few threads that run rounds of work: at once while rounds find work, otherwise when woken or
 * after the idle wait. A wake that comes during a round is kept, so no work is left lying until the
 * idle wait ends.
 */
public final class WorkLoop {
    private static final Logger LOG = LoggerFactory.getLogger(WorkLoop.class);

    private final String name;
    private final int threads;
    private final Duration idleWait;
    private final BooleanSupplier round;
    private final Semaphore wakeups = new Semaphore(0);
    private final List<Thread> running = new ArrayList<>();
    private volatile boolean stopping;

    /**
     * @param round one round of work; true when it found work, so another round follows at once
     */
    public WorkLoop(String name, int threads, Duration idleWait, BooleanSupplier round) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread");
        }
        this.name = name;
        this.threads = threads;
        this.idleWait = idleWait;
        this.round = round;
    }

    public synchronized void start() {
        if (!running.isEmpty()) {
            return;
        }
        for (int i = 1; i <= threads; i++) {
            Thread t = Thread.ofPlatform().name(name + "-" + i).daemon(true).unstarted(this::run);
            running.add(t);
            t.start();
        }
    }

    /** Starts a round soon on one idle thread. */
    public void wake() {
        if (wakeups.availablePermits() < threads) {
            wakeups.release();
        }
    }

    /** No new round starts; rounds under way may finish within the grace. */
    public void stop(Duration grace) throws InterruptedException {
        stopping = true;
        wakeups.release(threads);
        long deadline = System.nanoTime() + grace.toNanos();
        List<Thread> threadsToJoin;
        synchronized (this) {
            threadsToJoin = List.copyOf(running);
        }
        for (Thread t : threadsToJoin) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                t.join(Duration.ofNanos(left));
            }
            if (t.isAlive()) {
                LOG.warn("{} still busy at shutdown", t.getName());
            }
        }
    }

    public boolean stopping() {
        return stopping;
    }

    private void run() {
        while (!stopping) {
            boolean worked;
            try {
                worked = round.getAsBoolean();
            } catch (RuntimeException e) {
                // the database away for a moment, say: the next round tries again after the idle wait
                LOG.warn("{}: round failed: {}", name, e.getClass().getName());
                LOG.debug("details", e);
                worked = false;
            }
            if (!worked && !stopping) {
                try {
                    wakeups.tryAcquire(idleWait.toNanos(), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
