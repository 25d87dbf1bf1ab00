package nl.zorgloket.intake.conversation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationTest {
    private static final Instant LAST = Instant.parse("2026-11-20T10:00:00Z");

    private static Conversation on(Medium medium) {
        return new Conversation(1L, 1L, "x", medium, Mode.STAFF, "{}", null, LAST, 0L, LAST, LAST, null);
    }

    @Test
    void whatsappAllowsFreeformWithinTwentyFourHoursOfTheClientsLastMessage() {
        assertTrue(on(Medium.WHATSAPP).canSendFreeform(LAST.plus(Duration.ofHours(23).plusMinutes(59))));
        assertFalse(on(Medium.WHATSAPP).canSendFreeform(LAST.plus(Duration.ofHours(24))));
    }

    @Test
    void smsHasNoWindow() {
        assertTrue(on(Medium.SMS).canSendFreeform(LAST.plus(Duration.ofDays(30))));
    }
}
