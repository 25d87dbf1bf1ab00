package nl.zorgloket.intake.conversation;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.zorgloket.intake.carecase.CareCase;
import nl.zorgloket.intake.carecase.CareCaseRepository;
import nl.zorgloket.intake.carecase.CaseStatus;
import nl.zorgloket.intake.carecase.OpenCase;
import nl.zorgloket.intake.carecase.Priority;
import nl.zorgloket.intake.dialogue.DialogueState;
import nl.zorgloket.intake.dialogue.Slot;
import nl.zorgloket.intake.testing.CleanDatabaseTest;
import nl.zorgloket.intake.testing.TestDatabase;
import nl.zorgloket.search.provider.Provider;
import nl.zorgloket.search.provider.ProviderIndex;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false, environments = "test")
class HandleInboundMessageTest extends CleanDatabaseTest {
    private static final String ADDRESS = "whatsapp:+31612345678";

    @Inject
    HandleInboundMessage handle;
    @Inject
    InboundTransaction transaction;
    @Inject
    MessageRepository messages;
    @Inject
    ConversationRepository conversations;
    @Inject
    ConsentRepository consents;
    @Inject
    CareCaseRepository cases;
    @Inject
    ContactRepository contacts;
    @Inject
    ObjectMapper json;
    @Inject
    ProviderIndex index;

    private static InboundMessage whatsapp(String sid, String body) {
        return new InboundMessage(Medium.WHATSAPP, ADDRESS, "+31612345678", "Anna", sid, body, List.of());
    }

    private Conversation conversation() {
        return conversations.findAll().iterator().next();
    }

    private DialogueState state() throws Exception {
        return json.readValue(conversation().dialogueState(), DialogueState.class);
    }

    @Test
    void duplicateMessageSidStoresNothingNewAndGetsTheSameAnswer() {
        HandledMessage first = handle.handle(whatsapp("SM1", "Hoi"));
        HandledMessage again = handle.handle(whatsapp("SM1", "Hoi"));
        assertTrue(again.duplicate());
        assertEquals(first.replies(), again.replies());
        assertEquals(first.messageId(), again.messageId());
        assertEquals(1 + first.replies().size(), messages.count());
    }

    @Test
    void aSharedPlaceNameIsKeptInTheStoredStateUntilTheClientSaysWhichOne() throws Exception {
        handle.handle(whatsapp("SM1", "hoi, mijn vader van 80 woont in Hengelo"));
        HandledMessage which = handle.handle(whatsapp("SM2", "ja"));
        assertTrue(which.replies().getFirst().startsWith("Er zijn meer plaatsen die Hengelo heten."));
        assertEquals("Hengelo", state().unclearPlace().value());
        handle.handle(whatsapp("SM3", "die in gelderland"));
        assertEquals("Bronckhorst", state().value(Slot.PLACE));
        assertNull(state().unclearPlace());
    }

    @Test
    void storesRepliesLinkedToTheInboundMessage() {
        HandledMessage handled = handle.handle(whatsapp("SM1", "Hoi"));
        List<Message> stored = messages.findByConversationIdOrderById(handled.conversationId());
        assertEquals(Direction.IN, stored.get(0).direction());
        assertEquals("Hoi", stored.get(0).body());
        assertEquals(Author.BOT, stored.get(1).author());
        assertEquals(handled.messageId(), stored.get(1).replyToId());
    }

    @Test
    void consentIsStoredAsData() {
        handle.handle(whatsapp("SM1", "Hoi"));
        HandledMessage yes = handle.handle(whatsapp("SM2", "ja"));
        Consent consent = consents.findAll().iterator().next();
        assertEquals(yes.messageId(), consent.messageId());
        assertEquals(Medium.WHATSAPP, consent.medium());
        assertEquals("privacy-2026-11", consent.textVersion());
    }

    @Test
    void refusedConsentRemovesTheClientsWords() {
        handle.handle(whatsapp("SM1", "dagbesteding voor mijn zoon van 15 in Ulft"));
        HandledMessage no = handle.handle(whatsapp("SM2", "nee"));
        messages.findByConversationIdOrderById(no.conversationId()).stream()
                .filter(m -> m.author() == Author.CLIENT)
                .forEach(m -> assertNull(m.body()));
        assertNull(contacts.findByChannelAddress(ADDRESS).orElseThrow().displayName());
        assertEquals(0, consents.count());
    }

    @Test
    void askingForAPersonPutsTheConversationInTheQueue() {
        handle.handle(whatsapp("SM1", "Hoi"));
        handle.handle(whatsapp("SM2", "medewerker"));
        assertEquals(Mode.WAITING, conversation().mode());
        CareCase c = cases.findAll().iterator().next();
        assertEquals(CaseStatus.NEEDS_STAFF, c.status());
        assertEquals(Priority.NORMAL, c.priority());
        assertEquals("[\"CLIENT_ASKED\"]", c.handoffReasons());
    }

    @Test
    void aClientAskingForTheirDataToBeErasedWaitsForStaffWithoutTheUrgencyOfTheirRequest() {
        handle.handle(whatsapp("SM1", "mijn moeder van 84 in Eibergen heeft dementie"));
        handle.handle(whatsapp("SM2", "ja"));
        handle.handle(whatsapp("SM3", "zo snel mogelijk"));
        HandledMessage asked = handle.handle(whatsapp("SM4", "verwijder al mijn gegevens"));
        assertTrue(asked.replies().getFirst().startsWith("Dat kan. Een medewerker van het klantenbureau verwijdert"));
        assertEquals(Mode.WAITING, conversation().mode());
        CareCase c = cases.findAll().iterator().next();
        assertEquals(CaseStatus.NEEDS_STAFF, c.status());
        assertEquals(Priority.NORMAL, c.priority(), "a right to honour within the month, not urgent care");
        assertEquals("[\"ERASE\"]", c.handoffReasons());
    }

    @Test
    void botStaysSilentWhileWaitingButNotOnCrisis() {
        handle.handle(whatsapp("SM1", "Hoi"));
        handle.handle(whatsapp("SM2", "medewerker"));
        assertTrue(handle.handle(whatsapp("SM3", "hallo?")).replies().isEmpty());
        HandledMessage crisis = handle.handle(whatsapp("SM4", "ik wil dood"));
        assertTrue(crisis.replies().getFirst().contains("0800-0113"));
        CareCase c = cases.findAll().iterator().next();
        assertEquals(Priority.CRISIS, c.priority());
        assertEquals("[\"CLIENT_ASKED\",\"CRISIS\"]", c.handoffReasons(), "both reasons, in the order they came");
        handle.handle(whatsapp("SM5", "mens"));
        assertEquals("[\"CLIENT_ASKED\",\"CRISIS\"]", cases.findAll().iterator().next().handoffReasons());
        assertEquals(Priority.CRISIS, cases.findAll().iterator().next().priority(), "nothing lowers a crisis");
    }

    /** A whole care request up to the summary, from messages SM1 to SM6; the client's "ja" follows. */
    private void untilTheSummary() {
        handle.handle(whatsapp("SM1", "Hallo, ik zoek dagbesteding op een zorgboerderij voor mijn zoon van 15 met autisme, "
                + "wij wonen in Lichtenvoorde"));
        handle.handle(whatsapp("SM2", "ja"));
        handle.handle(whatsapp("SM3", "zo snel mogelijk"));
        handle.handle(whatsapp("SM4", "nee"));
        handle.handle(whatsapp("SM5", "Anna"));
        handle.handle(whatsapp("SM6", "1"));
    }

    @Test
    void completeRequestBecomesACaseForACoordinator() throws Exception {
        untilTheSummary();
        handle.handle(whatsapp("SM7", "ja"));
        CareCase c = cases.findAll().iterator().next();
        assertEquals(CaseStatus.WAITING_FOR_COORDINATOR, c.status());
        assertEquals(Priority.URGENT, c.priority());
        assertEquals("SON", c.careFor());
        assertEquals(15, c.ageYears());
        assertEquals("JEUGD", c.ageGroup());
        assertEquals("Oost Gelre", c.municipality());
        assertEquals("Anna", c.contactName());
        assertEquals("THIS_CHANNEL", c.contactPreference());
        assertTrue(c.answers().contains("\"CARE_FOR\""));
        assertTrue(c.consentId() != null);
        assertEquals(Slot.values().length, state().answers().size());
    }

    @Test
    void aRequestHandedInAfterAPersonWasAskedForKeepsWhyOnItsCase() {
        untilTheSummary();
        handle.handle(whatsapp("SM7", "medewerker"));
        Conversation waiting = conversation();
        // staff give the conversation back to the bot, which goes on at the summary
        conversations.update(new Conversation(waiting.id(), waiting.contactId(), waiting.openKey(), waiting.medium(),
                Mode.BOT, waiting.dialogueState(), null, waiting.lastInboundAt(), waiting.version(),
                waiting.createdAt(), waiting.updatedAt(), null));
        handle.handle(whatsapp("SM8", "ja"));
        assertEquals(1, cases.count());
        CareCase c = cases.findAll().iterator().next();
        assertEquals(CaseStatus.WAITING_FOR_COORDINATOR, c.status());
        assertEquals("[\"CLIENT_ASKED\"]", c.handoffReasons());
    }

    @Test
    void whenTheClientWantsToBeCalledIsOnTheCase() {
        handle.handle(whatsapp("SM1", "Hallo, ik zoek dagbesteding voor mijn zoon van 15 in Lichtenvoorde"));
        handle.handle(whatsapp("SM2", "ja"));
        handle.handle(whatsapp("SM3", "zo snel mogelijk"));
        handle.handle(whatsapp("SM4", "nee"));
        handle.handle(whatsapp("SM5", "Anna"));
        handle.handle(whatsapp("SM6", "bel me maar na 17:00"));
        handle.handle(whatsapp("SM7", "ja"));
        CareCase c = cases.findAll().iterator().next();
        assertEquals("CALL", c.contactPreference());
        assertEquals("na 17:00", c.contactDetail(), "the console shows 'bellen: na 17:00'");
    }

    @Test
    void aContactDetailLongerThanItsColumnIsShortenedOnTheCaseAndKeptWholeInTheAnswers() {
        String address = "a".repeat(240) + "@example.nl";
        handle.handle(whatsapp("SM1", "Hallo, ik zoek dagbesteding voor mijn zoon van 15 in Lichtenvoorde"));
        handle.handle(whatsapp("SM2", "ja"));
        handle.handle(whatsapp("SM3", "zo snel mogelijk"));
        handle.handle(whatsapp("SM4", "nee"));
        handle.handle(whatsapp("SM5", "Anna"));
        handle.handle(whatsapp("SM6", "mail naar " + address + " of bel 0612345678, liefst na 17:00"));
        handle.handle(whatsapp("SM7", "ja"));
        CareCase c = cases.findAll().iterator().next();
        assertEquals("OTHER", c.contactPreference());
        assertEquals(OpenCase.CONTACT_DETAIL_CHARS, c.contactDetail().length());
        assertTrue(c.contactDetail().endsWith("…"), c.contactDetail());
        assertTrue(c.answers().contains(address + " / 0612345678, liefst na 17:00"), "the whole detail stays");
    }

    @Test
    void aSecondRequestAfterStartingAgainIsACaseOfItsOwn() {
        untilTheSummary();
        handle.handle(whatsapp("SM7", "ja"));
        handle.handle(whatsapp("SM8", "opnieuw"));
        for (String text : List.of("mijn dochter", "12", "Lichtenvoorde", "logeren", "binnen een paar weken", "nee",
                "Anna", "1", "ja")) {
            handle.handle(whatsapp("SM-" + text, text));
        }
        List<CareCase> all = java.util.stream.StreamSupport.stream(cases.findAll().spliterator(), false)
                .sorted(java.util.Comparator.comparing(CareCase::id)).toList();
        assertEquals(2, all.size(), "the first request is not overwritten by the second");
        assertEquals("SON", all.get(0).careFor());
        assertEquals(15, all.get(0).ageYears());
        assertEquals("DAUGHTER", all.get(1).careFor());
        assertEquals(12, all.get(1).ageYears());
    }

    @Test
    void theProviderTheClientChoosesIsKeptOnTheCase() {
        index.upsert(new Provider("boerderij-1", "Zorgboerderij De Linde", "Dagbesteding op de boerderij",
                List.of("dagbesteding", "autisme"), List.of("Oost Gelre"), 12, 18, true));
        try {
            untilTheSummary();
            String done = String.join("\n", handle.handle(whatsapp("SM7", "ja")).replies());
            assertTrue(done.contains("1. Zorgboerderij De Linde"), done);
            assertNull(cases.findAll().iterator().next().chosenProvider());

            handle.handle(whatsapp("SM8", "1"));
            assertEquals("boerderij-1", cases.findAll().iterator().next().chosenProvider());
        } finally {
            index.delete("boerderij-1");
        }
    }

    @Test
    void twentyConcurrentMessagesToOneConversationAreEachStoredOnceWithNoLostUpdate() throws Exception {
        handle.handle(whatsapp("SM0", "Hoi"));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<HandledMessage>> futures = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String sid = "SM" + i;
            futures.add(pool.submit(() -> handle.handle(whatsapp(sid, "help"))));
        }
        for (Future<HandledMessage> f : futures) {
            assertFalse(f.get().duplicate());
        }
        pool.shutdown();
        long inbound = messages.findByConversationIdOrderById(conversation().id()).stream()
                .filter(m -> m.direction() == Direction.IN).count();
        assertEquals(21, inbound);
        // each message moved the version once: no update was lost
        assertEquals(21L, conversation().version());
        assertEquals(1, conversations.count());
        assertEquals(1, contacts.count());
    }

    @Test
    void concurrentFirstMessagesFromANewNumberMakeOneContactAndConversation() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HandledMessage>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String sid = "SMx" + i;
            futures.add(pool.submit(() -> handle.handle(whatsapp(sid, "Hoi"))));
        }
        for (Future<HandledMessage> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertEquals(1, contacts.count());
        assertEquals(1, conversations.count());
    }

    @Test
    void firstMessagesFromManyNewNumbersAtOnceNeverDeadlock() throws Exception {
        // Straight to the transaction, without the retry: new numbers next to each other in the
        // contact index must not lock each other out.
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<HandledMessage>> futures = new ArrayList<>();
            for (int i = 0; i < 320; i++) {
                String number = String.format("+316%08d", 20_000_000 + i);
                String sid = "SMnew" + i;
                futures.add(pool.submit(() -> transaction.handle(new InboundMessage(Medium.WHATSAPP, "whatsapp:" + number,
                        number, null, sid, "Hoi", List.of()))));
            }
            for (Future<HandledMessage> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(320, contacts.count());
        assertEquals(320, conversations.count());
    }

    @Test
    void aHouseholdWithACoordinatorKeepsThemOnEveryChannel() {
        handle.handle(whatsapp("SM1", "Hoi"));
        handle.handle(whatsapp("SM2", "medewerker"));
        CareCase first = cases.findAll().iterator().next();
        long coordinator = TestDatabase.staffUser(dataSource, "coby");
        sql("UPDATE care_case SET status = 'ASSIGNED', coordinator_id = " + coordinator
                + " WHERE id = " + first.id());

        // the same person by SMS: another contact, the same phone number
        handle.handle(new InboundMessage(Medium.SMS, "sms:+31612345678", "+31612345678", null, "SM3", "Hoi", List.of()));
        handle.handle(new InboundMessage(Medium.SMS, "sms:+31612345678", "+31612345678", null, "SM4", "mens", List.of()));
        CareCase second = java.util.stream.StreamSupport.stream(cases.findAll().spliterator(), false)
                .filter(c -> !c.id().equals(first.id())).findFirst().orElseThrow();
        assertEquals(coordinator, second.coordinatorId());

        // someone else's case keeps waiting for a coordinator of its own
        handle.handle(new InboundMessage(Medium.SMS, "sms:+31699999999", "+31699999999", null, "SM5", "medewerker",
                List.of()));
        assertEquals(1, java.util.stream.StreamSupport.stream(cases.findAll().spliterator(), false)
                .filter(c -> c.coordinatorId() == null).count());
    }

    @Test
    void anotherMemberOfTheHouseholdAtTheSameAddressGetsTheSameCoordinator() {
        handle.handle(whatsapp("SM1", "Ik zoek dagbesteding voor mijn vader, wij wonen op 7141 AB 12"));
        handle.handle(whatsapp("SM2", "medewerker"));
        CareCase first = cases.findAll().iterator().next();
        assertEquals("7141 AB 12", first.address());
        long coordinator = TestDatabase.staffUser(dataSource, "coby");
        sql("UPDATE care_case SET status = 'ASSIGNED', coordinator_id = " + coordinator
                + " WHERE id = " + first.id());

        // a daughter from her own phone, same address
        handle.handle(new InboundMessage(Medium.WHATSAPP, "whatsapp:+31622222222", "+31622222222", "Dochter", "SM3",
                "Hulp in het huishouden voor mijn moeder, adres 7141ab 12", List.of()));
        handle.handle(new InboundMessage(Medium.WHATSAPP, "whatsapp:+31622222222", "+31622222222", "Dochter", "SM4",
                "medewerker", List.of()));
        // a neighbour in the same street: same postcode, another number
        handle.handle(new InboundMessage(Medium.WHATSAPP, "whatsapp:+31633333333", "+31633333333", "Buurman", "SM5",
                "Thuiszorg nodig, 7141 AB 14", List.of()));
        handle.handle(new InboundMessage(Medium.WHATSAPP, "whatsapp:+31633333333", "+31633333333", "Buurman", "SM6",
                "medewerker", List.of()));
        Map<String, Long> coordinators = new java.util.HashMap<>();
        cases.findAll().forEach(c -> coordinators.put(c.address(), c.coordinatorId()));
        assertEquals(coordinator, coordinators.get("7141 AB 12"));
        assertEquals(null, coordinators.get("7141 AB 14"));
        assertEquals(2, java.util.stream.StreamSupport.stream(cases.findAll().spliterator(), false)
                .filter(c -> Long.valueOf(coordinator).equals(c.coordinatorId())).count());
    }
}
