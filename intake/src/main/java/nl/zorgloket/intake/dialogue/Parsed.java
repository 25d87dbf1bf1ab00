package nl.zorgloket.intake.dialogue;

/** What a step made of an answer: a value, or a clear question again. */
sealed interface Parsed {
    record Value(Answer answer) implements Parsed {
    }

    record Reask(Text why) implements Parsed {
    }
}
