package nl.zorgloket.intake.dialogue;

/** What a step made of an answer: a value, or a clear question again. */
sealed interface Parsed {
    record Value(Answer answer) implements Parsed {
    }

    /** @param misunderstood whether the answer did not fit ("Sorry, dat begreep ik niet"), or was no fault of the client's */
    record Reask(Text why, boolean misunderstood) implements Parsed {
        Reask(Text why) {
            this(why, true);
        }
    }
}
