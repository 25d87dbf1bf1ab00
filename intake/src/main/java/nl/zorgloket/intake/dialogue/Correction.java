package nl.zorgloket.intake.dialogue;

import io.micronaut.serde.annotation.Serdeable;

/** A value the client changed at the summary: what it was, where it was said, and what replaced it. */
@Serdeable
public record Correction(Slot slot, Answer before, Answer after) {
}
