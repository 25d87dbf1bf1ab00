package nl.zorgloket.intake.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("contact")
public record Contact(
        @Id @GeneratedValue @Nullable Long id,
        String channelAddress,
        Medium medium,
        @Nullable String phone,
        @Nullable String displayName,
        @Nullable String language,
        @Nullable Instant optedOutAt,
        Instant createdAt,
        Instant updatedAt) {
}
