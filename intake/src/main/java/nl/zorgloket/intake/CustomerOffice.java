package nl.zorgloket.intake;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import nl.zorgloket.intake.dialogue.BusinessHours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;

/**
 * The customer office ({@code zorgloket.office.*}): its hours, so a client who asks for a person
 * outside them is told when someone will answer, and its phone number and e-mail address, given to
 * a client who would rather not chat.
 *
 * @param days the days the office is open
 * @param opens opening time, Dutch time
 * @param closes closing time, Dutch time
 * @param publicHolidays closed on the Dutch public holidays
 * @param closedDays extra days the office is closed (2026-05-05, 2026-12-24)
 * @param phone the office's phone number as clients should read it, or empty
 * @param email the office's e-mail address, or empty
 */
@ConfigurationProperties("zorgloket.office")
record CustomerOffice(
        @Bindable(defaultValue = "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY") List<DayOfWeek> days,
        @Bindable(defaultValue = "09:00") LocalTime opens,
        @Bindable(defaultValue = "17:00") LocalTime closes,
        @Bindable(defaultValue = "true") boolean publicHolidays,
        @Bindable(defaultValue = "") List<LocalDate> closedDays,
        @Bindable(defaultValue = "") String phone,
        @Bindable(defaultValue = "") String email) {

    BusinessHours toBusinessHours() {
        return new BusinessHours(new HashSet<>(days), opens, closes, publicHolidays,
                closedDays == null ? java.util.Set.of() : new HashSet<>(closedDays), ZoneId.of("Europe/Amsterdam"));
    }
}
