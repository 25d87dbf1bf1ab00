package nl.zorgloket.intake.dialogue;

import nl.zorgloket.intake.conversation.Medium;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * One question of the dialogue, as data.
 *
 * @param question the question, worded for who needs care and the channel
 * @param extract reads the slot from any message, strictly: only what is clearly said
 * @param answer reads the answer to this very question, leniently, or says why it did not fit
 * @param skipWhen when the question is not asked at all
 */
record StepDefinition(
        Slot slot,
        BiFunction<DialogueState, Medium, Text> question,
        Reader extract,
        Answerer answer,
        BiPredicate<DialogueState, Medium> skipWhen) {

    @FunctionalInterface
    interface Reader {
        Optional<Answer> read(String text, long messageId, Medium medium);
    }

    @FunctionalInterface
    interface Answerer {
        Parsed parse(String text, Input in, DialogueState state);
    }
}
