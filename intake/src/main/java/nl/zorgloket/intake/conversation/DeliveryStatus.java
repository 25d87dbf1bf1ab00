package nl.zorgloket.intake.conversation;

import java.util.Locale;
import java.util.Optional;

/**
 * Twilio's message statuses in the order they happen. Status callbacks can arrive out of order;
 * a status only ever moves forward (a late "sent" never overwrites "delivered"). The order here
 * must match the FIELD() list in {@link MessageRepository#advanceStatus}.
 */
public enum DeliveryStatus {
    ACCEPTED, SCHEDULED, QUEUED, SENDING, SENT, DELIVERED, READ, UNDELIVERED, FAILED, CANCELED;

    public static Optional<DeliveryStatus> parse(String twilioStatus) {
        if (twilioStatus == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(twilioStatus.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** 1-based, as MariaDB's FIELD() counts. */
    public int rank() {
        return ordinal() + 1;
    }
}
