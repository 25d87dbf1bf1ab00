package nl.zorgloket.intake.conversation;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A client message in neutral form, made by a channel adapter at the edge.
 *
 * @param channelAddress the client's address on the channel ("whatsapp:+31612345678", "sms:+31612345678")
 * @param phone the client's phone number in E.164 when the channel knows it
 * @param displayName the name the channel shows (WhatsApp profile name), personal data
 * @param providerMessageId the channel's id for the message; a second delivery with the same id changes nothing
 */
public record InboundMessage(
        Medium medium,
        String channelAddress,
        @Nullable String phone,
        @Nullable String displayName,
        @Nullable String providerMessageId,
        String body,
        List<Media> media) {

    @io.micronaut.serde.annotation.Serdeable
    public record Media(String url, @Nullable String contentType) {
    }

    public InboundMessage {
        body = body == null ? "" : body;
        media = List.copyOf(media);
    }
}
