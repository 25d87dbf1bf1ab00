package nl.zorgloket.intake.db;

import io.micronaut.data.exceptions.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a transaction again when the database aborted it to break a deadlock. Nothing of an aborted
 * attempt is kept, so running it again is safe.
 */
public final class DeadlockRetry {
    private static final Logger LOG = LoggerFactory.getLogger(DeadlockRetry.class);
    private static final int ATTEMPTS = 5;

    private DeadlockRetry() {
    }

    public static <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (DataAccessException e) {
                if (attempt == ATTEMPTS || !isDeadlockVictim(e)) {
                    throw e;
                }
                LOG.debug("transaction aborted as deadlock victim, attempt {}", attempt);
                sleepJittered(attempt);
            }
        }
    }

    public static boolean isDeadlockVictim(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    private static void sleepJittered(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << attempt));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", ie);
        }
    }
}
