package nl.zorgloket.intake.carecase;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class ContactDetailFitTest {
    @Test
    void aDetailTooLongForItsColumnIsCutBetweenCharacters() {
        assertNull(OpenCase.fitted(null));
        assertEquals("0612345678", OpenCase.fitted("0612345678"));
        String plain = "a".repeat(300);
        assertEquals(OpenCase.CONTACT_DETAIL_CHARS, OpenCase.fitted(plain).length());
        // an emoji (two chars) where the cut falls: left out whole, never half
        String emoji = "a".repeat(OpenCase.CONTACT_DETAIL_CHARS - 2) + "\uD83D\uDE00" + "a".repeat(50);
        String fitted = OpenCase.fitted(emoji);
        assertFalse(Character.isHighSurrogate(fitted.charAt(fitted.length() - 2)), fitted);
        assertEquals("a".repeat(OpenCase.CONTACT_DETAIL_CHARS - 2) + "…", fitted);
    }
}
