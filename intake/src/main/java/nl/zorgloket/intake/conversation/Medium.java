package nl.zorgloket.intake.conversation;

/** The channel a client writes through. WhatsApp and SMS share the Twilio adapter. */
public enum Medium {
    WHATSAPP, SMS, WEBCHAT;

    /** Whether the channel gives us the client's phone number, so we never need to ask it. */
    public boolean knowsPhoneNumber() {
        return this != WEBCHAT;
    }
}
