package nl.zorgloket.intake.dialogue;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the coordinator should reach the client. */
public enum ContactPreference {
    /** through the channel the client wrote on */
    THIS_CHANNEL,
    /** a phone call to the number the client wrote from */
    CALL,
    /** a phone number or e-mail address the client gave */
    OTHER,
    /** a text message to the number the client wrote from on WhatsApp (on SMS that is THIS_CHANNEL) */
    SMS;

    private static final String CLOCK = "[0-9]{1,2}(?:[:.][0-9]{2})?(?![0-9])(?:\\s*(?:uur|u|h|am|pm)\\b)?";
    private static final String DAY = "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|werkdagen"
            + "|doordeweeks|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays)";
    /**
     * When the client would like to be reached: "na 17:00", "liever na 5 uur", "niet tussen 12 en 13",
     * "'s avonds", "op dinsdag", "after 6pm". Kept in the client's words.
     */
    private static final Pattern CONTACT_WHEN = Pattern.compile("(?iu)(?:\\b(?:liefst|liever|graag|alleen|pas|niet|"
            + "het liefst|only|preferably|not)\\s+)*(?:\\b(?:na|voor|vanaf|tot|tussen|rond|om|after|before|from|until"
            + "|between|around|at)\\s+" + CLOCK + "(?:\\s*(?:en|tot|-|and|to)\\s*" + CLOCK + ")?"
            + "|['’`]?s[ -]?(?:ochtends|morgens|middags|avonds)\\b|\\b(?:overdag|in de (?:ochtend|middag|avond)"
            + "|na (?:het werk|werktijd|schooltijd)|onder schooltijd|in the (?:morning|afternoon|evening)|after work"
            + "|during the day)\\b|\\b(?:op |on |in het |at the )?" + DAY + "(?:\\s*(?:en|of|and|or)\\s*" + DAY + ")*\\b)");

    /** When the client would like to be reached, in their words, or empty: "na 17:00", "'s avonds". */
    public static Optional<String> when(String text) {
        Matcher m = CONTACT_WHEN.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int start = m.start();
        int end = m.end();
        while (m.find()) {
            end = m.end();
        }
        return Optional.of(text.substring(start, end).strip());
    }
}
