package nl.zorgloket.intake.outbox;

import io.micronaut.core.annotation.Nullable;
import nl.zorgloket.intake.conversation.DeliveryStatus;

import java.time.Duration;

/** What happened to one attempt to hand a message to a channel. */
public sealed interface SendOutcome {

    /** The channel took the message and named it. */
    record Accepted(String providerMessageId, DeliveryStatus status) implements SendOutcome {
    }

    /**
     * Certainly not sent (refused connection, rate limit, missing configuration): safe to try again.
     *
     * @param retryAfter the channel's own wait, when it said one
     */
    record NotSent(String reason, @Nullable Integer errorCode, @Nullable Duration retryAfter) implements SendOutcome {
    }

    /** Perhaps sent (timeout, server error): look it up before sending again. */
    record MaybeSent(String reason) implements SendOutcome {
    }

    /** The channel will never take this message (bad number, client blocked us, closed window). */
    record Rejected(String reason, @Nullable Integer errorCode) implements SendOutcome {
    }
}
