package nl.zorgloket.intake.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * @param media JSON array of {"url", "contentType"}, null without media
 * @param providerMessageId Twilio's MessageSid; unique, so an inbound message is stored once
 * @param replyToId the inbound message this outbound message answers
 */
@MappedEntity("message")
public record Message(
        @Id @GeneratedValue @Nullable Long id,
        Long conversationId,
        Direction direction,
        Author author,
        @Nullable String body,
        @Nullable String media,
        @Nullable String providerMessageId,
        @Nullable Long replyToId,
        @Nullable Long staffUserId,
        @Nullable String deliveryStatus,
        @Nullable Integer errorCode,
        Instant createdAt,
        @Nullable String contentSid,
        @Nullable String contentVariables) {

    /** A message of free text (not a template). */
    public Message(Long id, Long conversationId, Direction direction, Author author, String body, String media,
                   String providerMessageId, Long replyToId, Long staffUserId, String deliveryStatus,
                   Integer errorCode, Instant createdAt) {
        this(id, conversationId, direction, author, body, media, providerMessageId, replyToId, staffUserId,
                deliveryStatus, errorCode, createdAt, null, null);
    }
}
