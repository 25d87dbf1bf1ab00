package nl.zorgloket.intake.outbox;

/** A message that may not be sent to this client now; nothing was stored. */
public class OutboundRefused extends RuntimeException {

    public enum Reason {
        /** The client wrote "stop"; only their own "start" lets us write again. */
        CLIENT_OPTED_OUT,
        /** WhatsApp takes free-form text only within 24 hours of the client's last message. */
        WHATSAPP_WINDOW_CLOSED,
        CONVERSATION_CLOSED
    }

    private final Reason reason;

    public OutboundRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
