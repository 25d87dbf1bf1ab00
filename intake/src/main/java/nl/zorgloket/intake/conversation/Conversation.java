package nl.zorgloket.intake.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Duration;
import java.time.Instant;

/**
 * One conversation with a client on one channel.
 *
 * @param openKey the contact's address while open, null once closed (one open conversation per address)
 * @param dialogueState the dialogue's state as JSON
 */
@MappedEntity("conversation")
public record Conversation(
        @Id @GeneratedValue @Nullable Long id,
        Long contactId,
        @Nullable String openKey,
        Medium medium,
        Mode mode,
        String dialogueState,
        @Nullable Long assignedStaffId,
        @Nullable Instant lastInboundAt,
        @Version @Nullable Long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant closedAt) {

    /** WhatsApp allows free-form business messages only within 24 hours of the client's last message. */
    public static final Duration WHATSAPP_WINDOW = Duration.ofHours(24);

    public boolean canSendFreeform(Instant now) {
        if (medium != Medium.WHATSAPP) {
            return true;
        }
        return lastInboundAt != null && lastInboundAt.plus(WHATSAPP_WINDOW).isAfter(now);
    }

    public Conversation afterInbound(String state, Mode newMode, Instant receivedAt, Instant now) {
        return new Conversation(id, contactId, openKey, medium, newMode, state, assignedStaffId, receivedAt, version,
                createdAt, now, closedAt);
    }
}
