package nl.zorgloket.bot.webchat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One browser's chat: its token's hash and the channel address its messages come from. */
@MappedEntity("chat_session")
record ChatSession(@Id @GeneratedValue @Nullable Long id, String tokenHash, String channelAddress, Instant createdAt,
                   Instant lastSeenAt) {
}
