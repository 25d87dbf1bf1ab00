package nl.zorgloket.bot.twilio;

import java.text.Normalizer;
import java.util.Map;

/**
 * Text for an SMS, in the GSM-7 alphabet where that costs nothing. One character outside it (an
 * "ë", a long dash, a curly quote) makes the whole message UCS-2: 70 characters per part instead
 * of 160, so a question with its options costs two or three times as many parts. When every
 * character has a GSM-7 look-alike ("cliënt" -> "client", "–" -> "-") the text is sent with those;
 * when one has none (an emoji, a Greek name) the text goes as written, for then nothing is saved.
 */
final class SmsText {
    /** The GSM 03.38 basic alphabet and its extension table (the latter counts twice). */
    private static final String GSM_7 = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà" + "^{}\\[~]|€\f";

    private static final Map<Character, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry('‘', "'"), Map.entry('’', "'"), Map.entry('‚', "'"), Map.entry('‛', "'"), Map.entry('′', "'"),
            Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('„', "\""), Map.entry('‟', "\""),
            Map.entry('″', "\""), Map.entry('«', "\""), Map.entry('»', "\""),
            Map.entry('‐', "-"), Map.entry('‑', "-"), Map.entry('‒', "-"), Map.entry('–', "-"), Map.entry('—', "-"),
            Map.entry('−', "-"), Map.entry('…', "..."), Map.entry('•', "-"), Map.entry('·', "-"),
            Map.entry('\u00A0', " "), Map.entry('\u2007', " "), Map.entry('\u2009', " "), Map.entry('\u202F', " "),
            Map.entry('\u200B', ""), Map.entry('\uFEFF', ""), Map.entry('\t', " "),
            Map.entry('ĳ', "ij"), Map.entry('Ĳ', "IJ"));

    private SmsText() {
    }

    static String fit(String text) {
        if (isGsm7(text)) {
            return text;
        }
        StringBuilder fitted = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_7.indexOf(c) >= 0) {
                fitted.append(c);
                continue;
            }
            String alike = lookAlike(c);
            if (alike == null) {
                return text;
            }
            fitted.append(alike);
        }
        return fitted.toString();
    }

    static boolean isGsm7(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (GSM_7.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A GSM-7 stand-in for {@code c}: a listed one, or its letter without the accent ("ë" -> "e"). */
    private static String lookAlike(char c) {
        String listed = LOOK_ALIKES.get(c);
        if (listed != null) {
            return listed;
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (base.length() > 1 && GSM_7.indexOf(base.charAt(0)) >= 0
                && base.substring(1).chars().allMatch(m -> Character.getType(m) == Character.NON_SPACING_MARK)) {
            return base.substring(0, 1);
        }
        return null;
    }
}
