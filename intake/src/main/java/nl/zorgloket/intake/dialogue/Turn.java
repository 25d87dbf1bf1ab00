package nl.zorgloket.intake.dialogue;

import java.util.List;

/** The result of one client message: the new state, the replies to send, and the effects. */
public record Turn(DialogueState state, List<String> replies, List<Effect> effects) {
    public Turn {
        replies = List.copyOf(replies);
        effects = List.copyOf(effects);
    }
}
