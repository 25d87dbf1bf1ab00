package nl.zorgloket.intake.outbox;

import jakarta.inject.Singleton;
import nl.zorgloket.intake.db.DeadlockRetry;
import nl.zorgloket.intake.conversation.MessageRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Sends what the outbox holds: claim due rows, hand each message to its channel once, and settle
 * the row by what the channel answered. Never sends a message twice on purpose: a message that may
 * have reached the channel is looked up there before it is sent again.
 */
@Singleton
public class DispatchOutbox {
    private static final Logger LOG = LoggerFactory.getLogger(DispatchOutbox.class);

    private final OutboxTransactions transactions;
    private final List<OutboundChannel> channels;
    private final MessageRepository messages;
    private final OutboxSettings settings;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.getDefault();

    DispatchOutbox(OutboxTransactions transactions, List<OutboundChannel> channels, MessageRepository messages,
                   OutboxSettings settings, Clock clock) {
        this.transactions = transactions;
        this.channels = channels;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    /** One round: returns how many rows were claimed, so a caller can go on while batches are full. */
    public int dispatchDue() {
        List<OutboxTransactions.Claim> claims =
                transactions.claimDue(clock.instant(), settings.batchSize(), settings.lease());
        for (OutboxTransactions.Claim claim : claims) {
            try {
                dispatch(claim);
            } catch (RuntimeException e) {
                // The database failed us while settling: the row keeps its lease, is taken up again when
                // the lease ends and looked up before any resend. The other claims of the batch go on.
                LOG.warn("settling message {} failed: {}", claim.message().messageId(), e.getClass().getName());
                LOG.debug("details", e);
            }
        }
        return claims.size();
    }

    public int batchSize() {
        return settings.batchSize();
    }

    private void dispatch(OutboxTransactions.Claim claim) {
        OutboundMessage message = claim.message();
        if (claim.clientOptedOut()) {
            settle(claim, new SendOutcome.Rejected("the client opted out", null));
            return;
        }
        Optional<OutboundChannel> channel = channels.stream().filter(c -> c.serves(message.medium())).findFirst();
        if (channel.isEmpty()) {
            settle(claim, new SendOutcome.NotSent("no outbound channel for " + message.medium(), null, null));
            return;
        }
        if (claim.entry().state().maybeSentBefore()) {
            Optional<SendOutcome> known = lookUp(channel.get(), message);
            if (known.isPresent()) {
                settle(claim, known.get());
                return;
            }
        }
        SendOutcome outcome;
        try {
            outcome = channel.get().send(message);
        } catch (RuntimeException e) {
            // A fault of our own, at an unknown point of the send: treat it as perhaps sent.
            LOG.warn("sending message {} failed unexpectedly: {}", message.messageId(), e.getClass().getName());
            LOG.debug("details", e);
            outcome = new SendOutcome.MaybeSent("unexpected " + e.getClass().getSimpleName());
        }
        settle(claim, outcome);
    }

    /** Empty when the earlier attempt never arrived, so sending is safe. */
    private Optional<SendOutcome> lookUp(OutboundChannel channel, OutboundMessage message) {
        OutboundChannel.Lookup lookup;
        try {
            lookup = channel.findEarlierSend(message);
        } catch (RuntimeException e) {
            LOG.warn("looking up message {} failed unexpectedly: {}", message.messageId(), e.getClass().getName());
            LOG.debug("details", e);
            lookup = new OutboundChannel.Lookup.Unavailable("unexpected " + e.getClass().getSimpleName());
        }
        return switch (lookup) {
            case OutboundChannel.Lookup.Unavailable unavailable ->
                    Optional.of(new SendOutcome.MaybeSent("lookup failed: " + unavailable.reason()));
            case OutboundChannel.Lookup.Candidates candidates -> candidates.found().stream()
                    // a match that is already one of our other messages is not this one
                    .filter(found -> messages.findByProviderMessageId(found.providerMessageId()).isEmpty())
                    .<SendOutcome>map(found -> found)
                    .findFirst();
        };
    }

    private void settle(OutboxTransactions.Claim claim, SendOutcome outcome) {
        Instant now = clock.instant();
        long id = claim.message().messageId();
        boolean lastAttempt = claim.attempt() >= settings.maxAttempts();
        boolean settled = DeadlockRetry.run(() -> settleOnce(claim, outcome, id, lastAttempt, now));
        if (!settled) {
            LOG.info("message {} was settled elsewhere while it was being sent", id);
        }
    }

    private boolean settleOnce(OutboxTransactions.Claim claim, SendOutcome outcome, long id, boolean lastAttempt,
                               Instant now) {
        return switch (outcome) {
            case SendOutcome.Accepted accepted -> {
                LOG.debug("message {} accepted as {}", id, accepted.providerMessageId());
                yield transactions.accepted(claim, accepted, now);
            }
            case SendOutcome.Rejected rejected -> {
                LOG.warn("message {} rejected by the channel (code {}): {}", id, rejected.errorCode(),
                        rejected.reason());
                yield transactions.failed(claim, rejected.errorCode(), rejected.reason(), now);
            }
            case SendOutcome.NotSent notSent when lastAttempt -> giveUp(claim, notSent.errorCode(), notSent.reason(), now);
            case SendOutcome.MaybeSent maybe when lastAttempt -> giveUp(claim, null, maybe.reason(), now);
            case SendOutcome.NotSent notSent -> {
                Duration wait = settings.backoff().after(claim.attempt(), random);
                if (notSent.retryAfter() != null && notSent.retryAfter().compareTo(wait) > 0) {
                    wait = notSent.retryAfter();
                }
                LOG.info("message {} not sent (attempt {}, {}), next try in {} ms", id, claim.attempt(),
                        notSent.reason(), wait.toMillis());
                yield transactions.retry(claim, OutboxState.PENDING, now.plus(wait), notSent.reason(), now);
            }
            case SendOutcome.MaybeSent maybe -> {
                Duration wait = settings.backoff().after(claim.attempt(), random);
                if (settings.lookupDelay().compareTo(wait) > 0) {
                    wait = settings.lookupDelay();
                }
                LOG.info("message {} perhaps sent (attempt {}, {}), looked up in {} ms", id, claim.attempt(),
                        maybe.reason(), wait.toMillis());
                yield transactions.retry(claim, OutboxState.UNCERTAIN, now.plus(wait), maybe.reason(), now);
            }
        };
    }

    private boolean giveUp(OutboxTransactions.Claim claim, Integer errorCode, String reason, Instant now) {
        LOG.warn("message {} failed after {} attempts: {}", claim.message().messageId(), claim.attempt(), reason);
        return transactions.failed(claim, errorCode, "gave up after " + claim.attempt() + " attempts: " + reason, now);
    }
}
