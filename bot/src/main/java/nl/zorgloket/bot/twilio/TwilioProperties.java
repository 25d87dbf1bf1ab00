package nl.zorgloket.bot.twilio;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;

/**
 * Twilio settings; each has its environment variable (TWILIO_AUTH_TOKEN is twilio.auth-token).
 *
 * @param publicBaseUrl the URL Twilio calls, as Twilio sees it (behind a proxy: the public one);
 *                      signatures are computed over it
 * @param apiBaseUrl where the REST API is, for a local Twilio-compatible stand-in; null is Twilio
 */
@ConfigurationProperties("twilio")
public record TwilioProperties(
        @NotBlank String authToken,
        @Nullable String accountSid,
        @NotBlank String publicBaseUrl,
        @Nullable String apiBaseUrl,
        @Nullable String whatsappFrom,
        @Nullable String smsFrom) {
}
