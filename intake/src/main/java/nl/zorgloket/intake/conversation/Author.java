package nl.zorgloket.intake.conversation;

public enum Author {
    CLIENT, BOT, STAFF, SYSTEM
}
