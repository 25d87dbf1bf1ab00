package nl.zorgloket.intake.carecase;

/** Queue order: crisis first, then urgent, then the rest. */
public enum Priority {
    CRISIS, URGENT, NORMAL
}
