package nl.zorgloket.intake.conversation;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Handles one client message: stored once, answered once, in one transaction per attempt.
 *
 * <p>The first messages from a brand-new number can race to create its contact; MariaDB then
 * aborts one transaction as a deadlock victim. Nothing of an aborted attempt is kept, so it is
 * simply run again.
 */
@Singleton
public class HandleInboundMessage {
    private static final Logger LOG = LoggerFactory.getLogger(HandleInboundMessage.class);
    private static final int ATTEMPTS = 5;

    private final InboundTransaction transaction;

    HandleInboundMessage(InboundTransaction transaction) {
        this.transaction = transaction;
    }

    public HandledMessage handle(InboundMessage in) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.handle(in);
            } catch (DataAccessException e) {
                if (attempt == ATTEMPTS || !isDeadlockVictim(e)) {
                    throw e;
                }
                LOG.debug("inbound transaction aborted as deadlock victim, attempt {}", attempt);
                sleepJittered(attempt);
            }
        }
    }

    private static boolean isDeadlockVictim(Throwable e) {
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
