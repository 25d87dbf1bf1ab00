package nl.zorgloket.intake.conversation;

/** Who answers the client: the bot, nobody yet (waiting for staff), a staff member, or nobody (closed). */
public enum Mode {
    BOT, WAITING, STAFF, CLOSED
}
