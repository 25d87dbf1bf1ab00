package nl.zorgloket.intake.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A client's yes to keeping their details: which text they saw, when, through which channel, in which message. */
@MappedEntity("consent")
public record Consent(
        @Id @GeneratedValue @Nullable Long id,
        Long contactId,
        Long conversationId,
        Long messageId,
        String textVersion,
        Medium medium,
        Instant givenAt,
        @Nullable Instant withdrawnAt) {
}
