package nl.zorgloket.admin.desk;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.regex.Pattern;

/**
 * The approved WhatsApp template ({@code zorgloket.whatsapp.reopen.*}) that staff send a client whose
 * 24-hour window has closed: an invitation to answer, after which free text may be sent again. Its
 * ContentSid comes from Twilio's Content API; {@code text} is the approved text as the transcript shows
 * it, with {@code {{1}}} for the client's first name.
 *
 * @param contentSid the template's ContentSid (HX and 32 hexadecimal characters), or empty: none set up
 * @param text the approved text, or empty
 */
@ConfigurationProperties("zorgloket.whatsapp.reopen")
record ReopenTemplate(@Bindable(defaultValue = "") String contentSid, @Bindable(defaultValue = "") String text) {
    static final Pattern CONTENT_SID = Pattern.compile("HX[0-9a-fA-F]{32}");
    /** How the template greets a client whose name we do not know: "Hallo daar". */
    static final String NO_NAME = "daar";

    boolean configured() {
        return contentSid != null && CONTENT_SID.matcher(contentSid).matches() && text != null && !text.isBlank();
    }

    /** The text as the client reads it. */
    String filledIn(String firstName) {
        return text.replace("{{1}}", firstName);
    }
}
