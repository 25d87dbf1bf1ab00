package nl.zorgloket.intake.dialogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The Dutch public holidays an office is usually closed on, by rule, so no list runs out:
 * Nieuwjaarsdag, Pasen, Koningsdag, Hemelvaartsdag, Pinksteren and Kerstmis. Bevrijdingsdag and
 * Goede Vrijdag differ per employer; add them as extra closed days where they apply.
 */
final class DutchHolidays {
    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private DutchHolidays() {
    }

    static boolean isHoliday(LocalDate day) {
        if (FIXED.contains(MonthDay.from(day)) || day.equals(kingsDay(day.getYear()))) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        return day.equals(easter) || day.equals(easter.plusDays(1)) || day.equals(easter.plusDays(39))
                || day.equals(easter.plusDays(49)) || day.equals(easter.plusDays(50));
    }

    /** 27 April, or the 26th when the 27th is a Sunday. */
    static LocalDate kingsDay(int year) {
        LocalDate day = LocalDate.of(year, 4, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
