package nl.zorgloket.intake.dialogue;

import nl.zorgloket.search.text.Folding;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How soon help is needed, read from the day the client names as the answer: "voor de kerst", "per 1
 * februari", "vanaf maart", "eind januari", counted from the day the message came in. Within two weeks
 * is as soon as possible, within two months a few weeks, later no hurry.
 */
final class WhenNeeded {
    static final int SOON_DAYS = 14;
    static final int WEEKS_DAYS = 60;
    // the months as written out and in their common short forms; not "jan", "mar" or "may" (a name, words)
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januari", 1), Map.entry("january", 1),
            Map.entry("februari", 2), Map.entry("february", 2), Map.entry("feb", 2), Map.entry("maart", 3),
            Map.entry("march", 3), Map.entry("mrt", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mei", 5),
            Map.entry("juni", 6), Map.entry("june", 6), Map.entry("juli", 7), Map.entry("july", 7),
            Map.entry("augustus", 8), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final Map<String, MonthDay> DAYS_OF_THE_YEAR = Map.of("kerst", MonthDay.of(12, 25), "kerstmis",
            MonthDay.of(12, 25), "christmas", MonthDay.of(12, 25), "nieuwjaar", MonthDay.of(1, 1), "oud en nieuw",
            MonthDay.of(1, 1), "nieuwe jaar", MonthDay.of(1, 1), "new year", MonthDay.of(1, 1), "zomer",
            MonthDay.of(7, 1), "zomervakantie", MonthDay.of(7, 1), "summer", MonthDay.of(7, 1));
    // a day said with what it is to the help: "voor", "per", "vanaf", "uiterlijk"; not "sinds" or a birthday
    private static final Pattern DAY = Pattern.compile("\\b(?:voor|per|vanaf|rond|uiterlijk|in|na|tegen|before|by|from"
            + "|after|around|(?<part>begin|half|eind|early|mid|late|end of|start of)) (?:de |het |the )?"
            + "(?:(?<day>[0-3]?[0-9]) (?<month>" + String.join("|", MONTHS.keySet()) + ")|(?<monthonly>"
            + String.join("|", MONTHS.keySet()) + ")|(?<feast>" + String.join("|", DAYS_OF_THE_YEAR.keySet()) + "))"
            + "(?![a-z0-9])");

    private WhenNeeded() {
    }

    /** The urgency of the day named in this answer, counted from {@code today}; empty when it names none. */
    static Optional<Urgency> of(String text, LocalDate today) {
        Matcher m = DAY.matcher(Folding.fold(text));
        if (!m.find()) {
            return Optional.empty();
        }
        LocalDate day;
        if (m.group("feast") != null) {
            day = DAYS_OF_THE_YEAR.get(m.group("feast")).atYear(today.getYear());
        } else {
            int month = MONTHS.get(m.group("month") != null ? m.group("month") : m.group("monthonly"));
            int dayOfMonth = m.group("day") != null ? Integer.parseInt(m.group("day")) : firstDayOf(m.group("part"));
            if (dayOfMonth < 1 || dayOfMonth > 31) {
                return Optional.empty();
            }
            day = MonthDay.of(month, Math.min(dayOfMonth, java.time.Month.of(month).minLength())).atYear(today.getYear());
        }
        if (day.isBefore(today)) {
            day = day.plusYears(1);
        }
        long days = ChronoUnit.DAYS.between(today, day);
        return Optional.of(days <= SOON_DAYS ? Urgency.SOON : days <= WEEKS_DAYS ? Urgency.WEEKS : Urgency.NO_HURRY);
    }

    /** The day a part of a month starts on: "half maart" the 15th, "eind maart" the 25th, "maart" the 1st. */
    private static int firstDayOf(String part) {
        if (part == null) {
            return 1;
        }
        return switch (part) {
            case "half", "mid" -> 15;
            case "eind", "late", "end of" -> 25;
            default -> 1;
        };
    }
}
