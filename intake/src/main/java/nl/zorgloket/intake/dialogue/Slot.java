package nl.zorgloket.intake.dialogue;

import io.micronaut.serde.annotation.Serdeable;

/** What the dialogue needs to know, in the order it asks. */
@Serdeable
public enum Slot {
    CONSENT, CARE_FOR, AGE, PLACE, NEED, URGENCY, INDICATION, NAME, CONTACT
}
