package nl.zorgloket.intake.handoff;

/** A change to who answers a client that cannot be made now; nothing was changed. */
public class HandoffRefused extends RuntimeException {
    public enum Reason {
        NO_SUCH_CONVERSATION,
        /** The conversation has ended. */
        CLOSED,
        /** Another colleague holds the conversation. */
        HELD_BY_ANOTHER,
        /** Only who holds a conversation writes in it or gives it back: take it over first. */
        NOT_HELD
    }

    private final Reason reason;

    public HandoffRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
