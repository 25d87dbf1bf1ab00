package nl.zorgloket.intake.dialogue;

import io.micronaut.serde.annotation.Serdeable;

/** Where the dialogue stands: the question the client is answering now. */
@Serdeable
public enum Step {
    /** nothing asked yet */
    START,
    /** asking for the slot in {@link DialogueState#asking()} */
    ASKING,
    SUMMARY,
    /** the client said something at the summary is wrong, without saying which line */
    WHICH_LINE,
    /** the client wants to tell more at the summary: the next message goes with the help asked for */
    ADDING,
    CHOOSE_PROVIDER,
    /** the request is handed in */
    DONE,
    /** the client said no to keeping their details */
    DECLINED
}
