package nl.zorgloket.intake.dialogue;

import nl.zorgloket.intake.conversation.Medium;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Clients who answer anything in any order: random walks (fixed seeds) through messages a client may send at
 * any point, checking what must always hold. Each answer is sent at every kind of question this way, also
 * where no test thought to send it.
 */
class DialogueWalkTest {
    private static final List<String> MESSAGES = List.of("hoi", "ja", "nee", "1", "2", "3", "4", "5", "6", "7", "8",
            "0", "terug", "opnieuw", "wijzig", "help", "mijn moeder", "mijn vader", "voor mezelf", "84", "15",
            "weet ik niet", "Groenlo", "Hengelo", "7141 AB", "ze valt vaak", "dagbesteding", "snel", "geen haast",
            "nog niet", "aangevraagd", "Anna", "bel me", "0612345678", "anna@example.nl",
            "het is voor mijn vader, niet mijn moeder", "nee ze is 85", "de woonplaats moet Aalten zijn",
            "ik wil nog iets toevoegen", "ze heeft ook suiker", "english", "nederlands", "oeps ik bedoel 2", "dank je",
            "wanneer bellen jullie?", "medewerker", "hij loopt 's nachts weg en ik slaap niet meer",
            "een jaar of tachtig", "stop", "start", "mijn zus belde me over mam", "ja klopt", "de leeftijd klopt niet",
            "", "yes", "no", "my dad", "for me", "I don't know", "asap", "call me", "it's for my dad, not my mum",
            "she also has diabetes", "the age is wrong", "older than 80");
    private static final List<Slot> ASKED = List.of(Slot.CONSENT, Slot.CARE_FOR, Slot.AGE, Slot.PLACE, Slot.NEED,
            Slot.URGENCY, Slot.INDICATION, Slot.NAME, Slot.CONTACT);
    private static final int WALKS = 600;
    private static final int STEPS = 40;

    @Test
    void nothingIsAskedTwiceEverySummaryHasAllItsAnswersAndEveryMessageAReply() {
        List<String> broken = new ArrayList<>();
        for (int seed = 0; seed < WALKS; seed++) {
            Random random = new Random(seed);
            Chat chat = new Chat(Medium.values()[seed % Medium.values().length]);
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < STEPS; i++) {
                String message = MESSAGES.get(random.nextInt(MESSAGES.size()));
                sent.add(message);
                chat.send(message);
                String wrong = wrong(chat);
                if (wrong != null) {
                    broken.add(wrong + " after " + sent);
                    break;
                }
            }
        }
        assertEquals(List.of(), broken.stream().limit(5).toList());
    }

    /** What is wrong with the chat as it stands, or null. */
    private static String wrong(Chat chat) {
        if (!chat.state.optedOut() && chat.last.isEmpty()) {
            return "no reply";
        }
        Step step = chat.state.step();
        // never asked twice: a question stands only for what is not known yet, or is being changed
        Slot asking = chat.state.asking();
        if (step == Step.ASKING && asking != null && chat.state.has(asking) && chat.state.editing() != asking) {
            return "asked again for " + asking;
        }
        if (step == Step.SUMMARY || step == Step.CHOOSE_PROVIDER || step == Step.DONE) {
            for (Slot slot : ASKED) {
                if (!chat.state.has(slot)) {
                    return "no " + slot + " at " + step;
                }
            }
        }
        return null;
    }
}
