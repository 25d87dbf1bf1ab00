package nl.zorgloket.intake.dialogue;

public enum Urgency {
    SOON, WEEKS, NO_HURRY, UNKNOWN
}
