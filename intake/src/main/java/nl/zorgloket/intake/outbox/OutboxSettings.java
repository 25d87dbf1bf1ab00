package nl.zorgloket.intake.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * How the outbox retries (zorgloket.outbox.*).
 *
 * @param batchSize rows one dispatcher claims at a time
 * @param lease how long a claim holds a row; longer than one send can take (the Twilio client
 *              gives up after its socket timeout)
 * @param baseDelay the wait after the first failed attempt; it doubles with every attempt
 * @param maxDelay the longest wait between two attempts
 * @param maxAttempts after this many attempts the message is marked failed
 * @param lookupDelay the least wait before looking up a message that may have been sent; Twilio's
 *                    message list can lag a few seconds behind
 */
@ConfigurationProperties("zorgloket.outbox")
public record OutboxSettings(
        @Bindable(defaultValue = "20") @Min(1) int batchSize,
        @Bindable(defaultValue = "2m") Duration lease,
        @Bindable(defaultValue = "2s") Duration baseDelay,
        @Bindable(defaultValue = "10m") Duration maxDelay,
        @Bindable(defaultValue = "12") @Min(1) int maxAttempts,
        @Bindable(defaultValue = "15s") Duration lookupDelay) {

    Backoff backoff() {
        return new Backoff(baseDelay, maxDelay);
    }
}
