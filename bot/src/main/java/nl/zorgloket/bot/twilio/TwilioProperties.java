package nl.zorgloket.bot.twilio;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

import java.time.Duration;

/**
 * Twilio settings; each has its environment variable (TWILIO_AUTH_TOKEN is twilio.auth-token).
 *
 * @param publicBaseUrl the URL Twilio calls, as Twilio sees it (behind a proxy: the public one);
 *                      signatures are computed over it
 * @param apiBaseUrl where the REST API is, for a local Twilio-compatible stand-in; null is Twilio
 * @param accountSid the account that sends outbound messages; without it they wait in the outbox
 * @param whatsappFrom the cooperative's WhatsApp sender ("whatsapp:+31..." or "+31...")
 * @param smsFrom the cooperative's SMS number or alphanumeric sender
 * @param responseTimeout how long one REST call may take; after it the message counts as perhaps sent
 */
@ConfigurationProperties("twilio")
public record TwilioProperties(
        @NotBlank String authToken,
        @Nullable String accountSid,
        @NotBlank String publicBaseUrl,
        @Nullable String apiBaseUrl,
        @Nullable String whatsappFrom,
        @Nullable String smsFrom,
        @Bindable(defaultValue = "5s") Duration connectTimeout,
        @Bindable(defaultValue = "20s") Duration responseTimeout) {
}
