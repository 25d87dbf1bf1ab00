package nl.zorgloket.admin.desk;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReopenTemplateTest {
    private static final String SID = "HX" + "0123456789abcdef".repeat(2);

    @Test
    void setUpOnlyWithAContentSidAndItsText() {
        assertTrue(new ReopenTemplate(SID, "Hallo {{1}}, stuur een antwoord.").configured());
        assertFalse(new ReopenTemplate("", "").configured(), "the default: none");
        assertFalse(new ReopenTemplate("HX123", "Hallo {{1}}").configured(), "not a ContentSid");
        assertFalse(new ReopenTemplate(SID, " ").configured(), "no text for the transcript");
    }

    @Test
    void theFirstNameIsFilledIn() {
        assertEquals("Hallo Anna, stuur een antwoord.", new ReopenTemplate(SID, "Hallo {{1}}, stuur een antwoord.")
                .filledIn("Anna"));
    }
}
