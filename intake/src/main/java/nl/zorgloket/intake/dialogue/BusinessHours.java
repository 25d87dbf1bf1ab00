package nl.zorgloket.intake.dialogue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When the customer office answers: opening and closing time on working days, in Dutch time,
 * except on the Dutch public holidays (when {@code publicHolidays}) and the extra closed days.
 */
public record BusinessHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, boolean publicHolidays,
                            Set<LocalDate> holidays, ZoneId zone) {
    // A year of closed days is the longest a client can be made to wait for an answer.
    private static final int MAX_DAYS_AHEAD = 366;

    public BusinessHours {
        days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
        holidays = Set.copyOf(holidays);
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("the office must open (" + opens + ") before it closes (" + closes + ")");
        }
    }

    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        return openOn(local.toLocalDate()) && !local.toLocalTime().isBefore(opens) && local.toLocalTime().isBefore(closes);
    }

    /** The next moment the office opens after {@code at}; empty when it never does. */
    public java.util.Optional<ZonedDateTime> nextOpening(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (openOn(day) && local.toLocalTime().isBefore(opens)) {
            return java.util.Optional.of(day.atTime(opens).atZone(zone));
        }
        for (int i = 1; i <= MAX_DAYS_AHEAD; i++) {
            LocalDate next = day.plusDays(i);
            if (openOn(next)) {
                return java.util.Optional.of(next.atTime(opens).atZone(zone));
            }
        }
        return java.util.Optional.empty();
    }

    /** When the office answers again, as a client reads it: "morgen vanaf 08:30", "maandag 28 december vanaf 08:30". */
    public String describeNextOpening(Instant at, Language language) {
        ZonedDateTime next = nextOpening(at).orElse(null);
        boolean en = language == Language.EN;
        if (next == null) {
            return en ? "as soon as possible" : "zo snel mogelijk";
        }
        LocalDate today = at.atZone(zone).toLocalDate();
        String time = next.toLocalTime().toString();
        LocalDate day = next.toLocalDate();
        Locale locale = en ? Locale.ENGLISH : Locale.forLanguageTag("nl-NL");
        String when;
        if (day.equals(today)) {
            when = en ? "today" : "vandaag";
        } else if (day.equals(today.plusDays(1))) {
            when = en ? "tomorrow" : "morgen";
        } else if (day.isBefore(today.plusDays(7))) {
            when = (en ? "on " : "") + day.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
        } else {
            when = (en ? "on " : "") + day.getDayOfWeek().getDisplayName(TextStyle.FULL, locale) + " "
                    + day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, locale);
        }
        return when + (en ? " from " : " vanaf ") + time;
    }

    /**
     * The hours as a client reads them: "op maandag tot en met vrijdag van 08:30 tot 17:00, behalve op feestdagen",
     * "on Monday to Friday from 08:30 to 17:00, except on public holidays".
     */
    public String describe(Language language) {
        boolean en = language == Language.EN;
        Locale locale = en ? Locale.ENGLISH : Locale.forLanguageTag("nl-NL");
        List<DayOfWeek> open = days.stream().sorted().toList();
        String which;
        if (open.isEmpty()) {
            which = en ? "on no day" : "op geen enkele dag";
        } else if (open.size() > 2 && open.getLast().getValue() - open.getFirst().getValue() == open.size() - 1) {
            which = (en ? "on " : "op ") + open.getFirst().getDisplayName(TextStyle.FULL, locale)
                    + (en ? " to " : " tot en met ") + open.getLast().getDisplayName(TextStyle.FULL, locale);
        } else {
            List<String> names = open.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList();
            which = (en ? "on " : "op ") + (names.size() == 1 ? names.getFirst()
                    : String.join(", ", names.subList(0, names.size() - 1)) + (en ? " and " : " en ") + names.getLast());
        }
        return which + (en ? " from " : " van ") + opens + (en ? " to " : " tot ") + closes
                + (publicHolidays ? (en ? ", except on public holidays" : ", behalve op feestdagen") : "");
    }

    private boolean openOn(LocalDate day) {
        return days.contains(day.getDayOfWeek()) && !holidays.contains(day)
                && !(publicHolidays && DutchHolidays.isHoliday(day));
    }
}
