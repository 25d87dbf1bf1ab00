package nl.zorgloket.intake.db;

/** LIKE patterns for text typed by a person, with '!' as the escape: {@code LIKE :pattern ESCAPE '!'}. */
public final class Like {
    private Like() {
    }

    /** Text anywhere in a value, its own '%', '_' and '!' taken literally. */
    public static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
