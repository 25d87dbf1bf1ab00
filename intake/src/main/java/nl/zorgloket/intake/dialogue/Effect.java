package nl.zorgloket.intake.dialogue;

/** What the dialogue asks the world to do besides replying. The conversation service carries it out. */
public sealed interface Effect {
    /** The client agreed that their details are kept; {@code textVersion} names the text they saw. */
    record ConsentGiven(String textVersion, long messageId) implements Effect {
    }

    /** The client said no: whatever they told us is dropped. */
    record ConsentRefused() implements Effect {
    }

    record OptedOut() implements Effect {
    }

    record OptedIn() implements Effect {
    }

    /**
     * A person must take over; a crisis puts the case on top of the queue. {@code SEE_DATA} and {@code ERASE}:
     * the client asks what we keep about them or for it to be erased, which staff carry out. {@code COMPLAINT}:
     * the client has a complaint, which the customer office takes. {@code VIOLENCE}, with {@code CRISIS}: the
     * client tells of violence or abuse, so whoever contacts them first asks whether it is safe to talk.
     */
    record Handoff(Reason reason) implements Effect {
        public enum Reason { CLIENT_ASKED, CRISIS, SEE_DATA, ERASE, COMPLAINT, VIOLENCE }
    }

    /** The request is complete: store it as a case for a coordinator. */
    record SubmitCase(DialogueState state) implements Effect {
    }

    /** The client chose a provider after the case was stored. */
    record ProviderChosen(String externalId) implements Effect {
    }
}
