package nl.zorgloket.intake.conversation;

public enum Direction {
    IN, OUT
}
