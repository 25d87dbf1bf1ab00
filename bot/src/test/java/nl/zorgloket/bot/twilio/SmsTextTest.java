package nl.zorgloket.bot.twilio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmsTextTest {
    @Test
    void textInTheGsmAlphabetIsLeftAlone() {
        String text = "Een coördinator neemt binnen 2 werkdagen contact op. Eén huishouden, één plan. Prijs: €0 {ok}";
        assertTrue(SmsText.isGsm7(text));
        assertSame(text, SmsText.fit(text));
    }

    @Test
    void charactersWithAGsmLookAlikeAreReplaced() {
        assertEquals("6. Als professional, voor een client", SmsText.fit("6. Als professional, voor een cliënt"));
        assertEquals("medewerker - praat met een mens", SmsText.fit("medewerker – praat met een mens"));
        assertEquals("'ja' of \"nee\"...", SmsText.fit("‘ja’ of “nee”…"));
        assertEquals("geinteresseerd in facade", SmsText.fit("geïnteresseerd in façade"));
        assertEquals("ijs en vijf", SmsText.fit("ĳs en\u00A0vijf"));
        assertTrue(SmsText.isGsm7(SmsText.fit("Zorgerf ’t Hoge Veld – ervaring met NAH, Winterswijk")));
    }

    @Test
    void textWithACharacterThatHasNoLookAlikeGoesAsWritten() {
        // an emoji makes the message UCS-2 anyway: changing the rest would save nothing
        String text = "Dank je, cliënt 😊";
        assertSame(text, SmsText.fit(text));
        String greek = "Γεια σου, Ελένη";
        assertFalse(SmsText.isGsm7(greek));
        assertSame(greek, SmsText.fit(greek));
    }
}
