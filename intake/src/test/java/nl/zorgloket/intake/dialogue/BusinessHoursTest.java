package nl.zorgloket.intake.dialogue;

import nl.zorgloket.intake.conversation.Medium;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BusinessHoursTest {
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final BusinessHours OFFICE = new BusinessHours(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0), true,
            Set.of(LocalDate.of(2026, 12, 24)), NL);

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NL).toInstant();
    }

    @Test
    void easterFollowsTheCalendar() {
        assertEquals(LocalDate.of(2024, 3, 31), DutchHolidays.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), DutchHolidays.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), DutchHolidays.easterSunday(2026));
    }

    @Test
    void kingsDayMovesToSaturdayWhenThe27thIsASunday() {
        assertEquals(LocalDate.of(2025, 4, 26), DutchHolidays.kingsDay(2025));
        assertEquals(LocalDate.of(2026, 4, 27), DutchHolidays.kingsDay(2026));
    }

    @Test
    void openOnWorkingDaysBetweenOpeningAndClosing() {
        assertTrue(OFFICE.isOpen(at("2026-11-23T10:00")));
        assertFalse(OFFICE.isOpen(at("2026-11-23T08:59")));
        assertFalse(OFFICE.isOpen(at("2026-11-23T17:00")));
        assertFalse(OFFICE.isOpen(at("2026-11-21T10:00")), "a Saturday");
        assertFalse(OFFICE.isOpen(at("2026-04-06T10:00")), "Easter Monday");
        assertFalse(OFFICE.isOpen(at("2026-05-14T10:00")), "Ascension Day");
        assertFalse(OFFICE.isOpen(at("2026-12-24T10:00")), "an extra closed day");
    }

    @Test
    void theHoursAreSaidAsAClientReadsThem() {
        assertEquals("op maandag tot en met vrijdag van 09:00 tot 17:00, behalve op feestdagen", OFFICE.describe(Language.NL));
        assertEquals("on Monday to Friday from 09:00 to 17:00, except on public holidays", OFFICE.describe(Language.EN));
        BusinessHours someDays = new BusinessHours(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                LocalTime.of(8, 30), LocalTime.of(12, 0), false, Set.of(), NL);
        assertEquals("op maandag, woensdag en vrijdag van 08:30 tot 12:00", someDays.describe(Language.NL));

        Dialogue dialogue = new Dialogue(Chat.GAZETTEER, Chat.VOCABULARY, q -> List.of(),
                new Dialogue.Settings("Sorg", "binnen 2 werkdagen", "within 2 working days", OFFICE));
        Turn asked = dialogue.next(DialogueState.initial(), new Input("hoe laat zijn jullie open?", 1, Medium.WHATSAPP, false,
                at("2026-11-24T18:00")));
        assertTrue(asked.replies().getFirst().contains("Het klantenbureau is open op maandag tot en met vrijdag van 09:00 "
                + "tot 17:00, behalve op feestdagen. Je kunt hier altijd een bericht sturen"), asked.replies().getFirst());
    }

    @Test
    void theNextOpeningIsSaidAsAClientSaysIt() {
        assertEquals("vandaag vanaf 09:00", OFFICE.describeNextOpening(at("2026-11-24T07:30"), Language.NL));
        assertEquals("morgen vanaf 09:00", OFFICE.describeNextOpening(at("2026-11-24T18:00"), Language.NL));
        assertEquals("maandag vanaf 09:00", OFFICE.describeNextOpening(at("2026-11-27T18:00"), Language.NL));
        assertEquals("on Monday from 09:00", OFFICE.describeNextOpening(at("2026-11-27T18:00"), Language.EN));
        // 24 December closed, then Christmas and the weekend
        assertEquals("maandag vanaf 09:00", OFFICE.describeNextOpening(at("2026-12-23T17:30"), Language.NL));
    }

    @Test
    void aNextOpeningAWeekOrMoreAwayNamesTheDate() {
        BusinessHours closedForTwoWeeks = new BusinessHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0), true,
                Set.copyOf(LocalDate.of(2026, 12, 28).datesUntil(LocalDate.of(2027, 1, 9)).toList()), NL);
        assertEquals("maandag 11 januari vanaf 09:00",
                closedForTwoWeeks.describeNextOpening(at("2026-12-24T18:00"), Language.NL));
    }

    @Test
    void aRequestThatCannotWaitIsToldWhomToCallNowOpenOrClosed() {
        Dialogue.Settings office = new Dialogue.Settings("Sorg", "binnen 2 werkdagen", "within 2 working days", OFFICE,
                "0543 12 34 56", null);
        Chat open = new Chat(Medium.SMS, List.of(), office);
        open.at = at("2026-11-30T11:00");
        open.sendAll("ik heb al 3 dagen niks gegeten en geen geld", "ja", "34", "Doetinchem", "nee");
        assertEquals("SOON", open.state.value(Slot.URGENCY));
        assertEquals("SELF", open.state.value(Slot.CARE_FOR));
        String done = String.join("\n", open.sendAll("Sam", "1", "ja").last);
        assertTrue(done.contains("krijgt je aanvraag voorrang. Kan het echt niet wachten? Bel dan het klantenbureau: "
                + "0543 12 34 56."), done);

        Chat closed = new Chat(Medium.SMS, List.of(), office);
        closed.at = at("2026-11-28T23:00");
        closed.sendAll("ik heb al 3 dagen niks gegeten en geen geld", "ja", "34", "Doetinchem", "nee", "Sam", "1");
        String late = String.join("\n", closed.sendAll("ja").last);
        assertTrue(late.contains("Kan het echt niet wachten? Bel dan je huisarts of de huisartsenpost. Bij gevaar: bel "
                + "112."), late);
    }

    @Test
    void aClientWhoAsksForAPersonAfterHoursIsToldWhenSomeoneAnswers() {
        Dialogue dialogue = new Dialogue(Chat.GAZETTEER, Chat.VOCABULARY, q -> List.of(),
                new Dialogue.Settings("Sorg", "binnen 2 werkdagen", "within 2 working days", OFFICE));
        Turn turn = dialogue.next(DialogueState.initial(), new Input("medewerker", 1, Medium.WHATSAPP, false,
                at("2026-11-28T11:00")));
        String reply = String.join("\n", turn.replies());
        assertTrue(reply.contains("We zijn nu gesloten. Je krijgt maandag vanaf 09:00 antwoord"), reply);
        assertEquals(List.of(new Effect.Handoff(Effect.Handoff.Reason.CLIENT_ASKED)), turn.effects());

        Turn inHours = dialogue.next(DialogueState.initial(), new Input("medewerker", 1, Medium.WHATSAPP, false,
                at("2026-11-30T11:00")));
        assertFalse(String.join("\n", inHours.replies()).contains("gesloten"));
    }
}
