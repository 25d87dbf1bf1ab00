package nl.zorgloket.intake.dialogue;

/** Whether the municipality (Wmo, Jeugdwet) or CIZ (Wlz) has already decided on care. */
public enum Indication {
    YES, REQUESTED, NO, UNKNOWN
}
