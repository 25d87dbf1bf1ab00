package nl.zorgloket.intake.handoff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An internal note on a conversation, for colleagues only. */
@MappedEntity("staff_note")
public record StaffNote(@Id @GeneratedValue @Nullable Long id, Long conversationId, Long staffUserId, String body,
                        Instant createdAt) {
}
