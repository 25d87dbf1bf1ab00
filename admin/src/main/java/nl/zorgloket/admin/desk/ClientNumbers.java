package nl.zorgloket.admin.desk;

import java.util.ArrayList;
import java.util.List;

/**
 * A phone number as staff type it from a call ("06 12345678", "+31 6 1234 5678", "0031612345678"), in
 * the form the channels give it (E.164, "+31612345678"): the numbers it may be. Without a country code a
 * number is Dutch.
 */
final class ClientNumbers {
    private static final int FEWEST_DIGITS = 6;
    private static final int MOST_DIGITS = 15;
    /** A Dutch number without its leading 0: 6 12345678, 53 1234567. */
    private static final int DUTCH_DIGITS = 9;

    private ClientNumbers() {
    }

    /** The numbers meant, or none when the text is no phone number (a name, too few digits). */
    static List<String> candidates(String text) {
        if (!text.matches("\\+?[0-9 ()./-]+")) {
            return List.of();
        }
        boolean plus = text.startsWith("+");
        String digits = text.replaceAll("[^0-9]", "");
        if (digits.length() < FEWEST_DIGITS || digits.length() > MOST_DIGITS) {
            return List.of();
        }
        List<String> numbers = new ArrayList<>();
        if (plus) {
            // "+31 (0)6 1234 5678": the trunk 0 in brackets is not dialled after the country code
            numbers.add("+" + (text.contains("(0)") ? digits.replaceFirst("^(\\d{2})0", "$1") : digits));
        } else if (digits.startsWith("00")) {
            numbers.add("+" + digits.substring(2));
        } else if (digits.startsWith("0") && digits.length() == DUTCH_DIGITS + 1) {
            numbers.add("+31" + digits.substring(1));
        } else if (digits.length() == DUTCH_DIGITS) {
            numbers.add("+31" + digits);
        } else {
            // "31612345678": a country code without its plus
            numbers.add("+" + digits);
        }
        return List.copyOf(numbers);
    }
}
