package nl.zorgloket.intake.dialogue;

/** How the coordinator should reach the client. */
public enum ContactPreference {
    /** through the channel the client wrote on */
    THIS_CHANNEL,
    /** a phone call to the number the client wrote from */
    CALL,
    /** a phone number or e-mail address the client gave */
    OTHER
}
