package nl.zorgloket.bot.twilio;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.zorgloket.admin.audit.AuditRepository;
import nl.zorgloket.admin.staff.StaffTokens;
import nl.zorgloket.admin.testing.Api;
import nl.zorgloket.intake.conversation.InboundQueue;
import nl.zorgloket.intake.outbox.OutboxRepository;
import nl.zorgloket.intake.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client asks for a person, staff take the conversation over and write through WhatsApp, the bot
 * stays silent meanwhile, and goes on where it was once released: over HTTP, with the Twilio stub.
 */
@MicronautTest(transactional = false, environments = "test")
class HandoffTest extends TwilioApiTest {
    @Inject
    EmbeddedServer server;
    @Inject
    InboundQueue inbound;
    @Inject
    OutboxRepository outbox;
    @Inject
    AuditRepository audit;

    private String admin;

    @BeforeEach
    void clean() {
        admin = adminToken();
    }

    /** What the client reads after one message: the TwiML answer and anything sent after it. */
    private List<String> say(String text) {
        return kit.whatsapp(http, inbound, outbox, "+31687654321", "Anna", text);
    }

    private List<String> sentSince(int before) {
        TwilioTestKit.settle(inbound, outbox);
        return kit.sentBodies(before);
    }

    /** The client says hello and asks for a person. */
    private void askForAPerson() {
        say("Hoi");
        say("medewerker");
    }

    /** A client who asked for a person: their conversation's id, as staff with this token see it waiting. */
    private long askedForAPerson(String staff) {
        askForAPerson();
        return waitingConversation(staff);
    }

    private long waitingConversation(String staff) {
        List<Map<String, Object>> waiting = api.get("/api/conversations?mode=WAITING", staff).list();
        assertEquals(1, waiting.size(), String.valueOf(waiting));
        return ((Number) waiting.getFirst().get("id")).longValue();
    }

    @Test
    void staffTakeOverWriteThroughWhatsAppAndGiveTheConversationBackToTheBot() {
        String els = StaffTokens.withRole(api, admin, "STAFF");
        long id = askedForAPerson(els);
        Map<?, ?> top = api.get("/api/cases", els).list().getFirst();
        assertEquals("NEEDS_STAFF", top.get("status"));

        int before = kit.stub.sent().size();
        Api.Answer taken = api.post("/api/conversations/" + id + "/takeover", Map.of(), els);
        assertEquals(200, taken.status(), String.valueOf(taken.body()));
        assertEquals(true, taken.map().get("clientNotified"));
        assertEquals(List.of("Hoi, je praat nu met Test van het klantenbureau. Ik help je verder."), sentSince(before));

        assertEquals(List.of(), say("Hallo? Is daar iemand?"), "the bot is silent while staff hold the conversation");

        before = kit.stub.sent().size();
        assertEquals(201, api.post("/api/conversations/" + id + "/messages", Map.of("text", "Ja, ik ben er. Waar kan ik je mee helpen?"), els).status());
        assertEquals(List.of("Ja, ik ben er. Waar kan ik je mee helpen?"), sentSince(before));
        assertEquals(201, api.post("/api/conversations/" + id + "/notes", Map.of("text", "Moeder belt liever na 16 uur."), els).status());

        Api.Answer view = api.get("/api/conversations/" + id, els);
        List<String> transcript = ((List<?>) view.map().get("messages")).stream()
                .map(m -> ((Map<?, ?>) m).get("author") + ": " + ((Map<?, ?>) m).get("body")).toList();
        assertTrue(transcript.contains("CLIENT: Hallo? Is daar iemand?"), transcript.toString());
        assertTrue(transcript.contains("STAFF: Ja, ik ben er. Waar kan ik je mee helpen?"), transcript.toString());
        assertEquals("Moeder belt liever na 16 uur.", ((Map<?, ?>) ((List<?>) view.map().get("notes")).getFirst()).get("text"));
        assertFalse(kit.stub.sent().stream().anyMatch(s -> s.toString().contains("16 uur")), "a note is never sent");

        before = kit.stub.sent().size();
        assertEquals(true, api.post("/api/conversations/" + id + "/release", Map.of(), els).map().get("clientNotified"));
        assertTrue(sentSince(before).getFirst().startsWith("Je praat weer met de digitale assistent."));
        List<String> bot = say("ik zoek dagbesteding voor mijn vader");
        assertFalse(bot.isEmpty(), "the bot answers again once released");
    }

    @Test
    void theWaitingListPutsACrisisFirstAndSaysWhyEachClientWaits() {
        kit.whatsapp(http, inbound, outbox, "+31633334444", "Cor", "ik wil niet meer leven");
        askForAPerson();
        kit.whatsapp(http, inbound, outbox, "+31611112222", "Bram", "verwijder mijn gegevens");
        String els = StaffTokens.withRole(api, admin, "STAFF");

        List<Map<String, Object>> waiting = api.get("/api/conversations?mode=WAITING", els).list();
        assertEquals(List.of("CRISIS", "NORMAL", "NORMAL"), waiting.stream().map(c -> c.get("priority")).toList());
        assertEquals(List.of("Cor", "Bram", "Anna"), waiting.stream().map(c -> c.get("client")).toList(),
                "crisis first, then the most recently active");
        assertEquals(List.of(List.of("CRISIS"), List.of("ERASE"), List.of("CLIENT_ASKED")),
                waiting.stream().map(c -> c.get("handoffReasons")).toList());

        Map<?, ?> top = api.get("/api/cases", els).list().getFirst();
        assertEquals(List.of("CRISIS"), top.get("handoffReasons"));

        // told of violence: staff see it, to ask first whether it is safe to talk
        kit.whatsapp(http, inbound, outbox, "+31655556666", "Dewi", "mijn man slaat me");
        Map<?, ?> hit = api.get("/api/conversations?mode=WAITING", els).list().stream()
                .filter(c -> "Dewi".equals(c.get("client"))).findFirst().orElseThrow();
        assertEquals("CRISIS", hit.get("priority"));
        assertEquals(List.of("CRISIS", "VIOLENCE"), hit.get("handoffReasons"));
    }

    @Test
    void afterWhatsAppsWindowFreeTextIsRefusedAndAnApprovedTemplateGoesOut() {
        String els = StaffTokens.withRole(api, admin, "STAFF");
        long id = askedForAPerson(els);
        api.post("/api/conversations/" + id + "/takeover", Map.of(), els);
        TwilioTestKit.settle(inbound, outbox);
        TestDatabase.execute(dataSource, "UPDATE conversation SET last_inbound_at = NOW(6) - INTERVAL 25 HOUR WHERE id = " + id);

        Api.Answer refused = api.post("/api/conversations/" + id + "/messages", Map.of("text", "Hoe gaat het?"), els);
        assertEquals(409, refused.status());
        assertEquals("WhatsApp window closed", refused.text("title"));
        assertTrue(refused.text("detail").contains("template"), refused.text("detail"));

        // the console sees the window closed, and the invitation to answer it can send instead
        Api.Answer view = api.get("/api/conversations/" + id, els);
        assertEquals(false, ((Map<?, ?>) view.map().get("conversation")).get("freeTextAllowed"));
        String invitation = "Hallo Anna, het klantenbureau van Sorg heeft een bericht voor je. Stuur een antwoord, dan "
                + "lees je het hier.";
        assertEquals(invitation, view.map().get("reopenText"));
        int beforeInvitation = kit.stub.sent().size();
        assertEquals(201, api.post("/api/conversations/" + id + "/reopen", Map.of(), els).status());
        TwilioTestKit.settle(inbound, outbox);
        var invited = kit.stub.sent().subList(beforeInvitation, kit.stub.sent().size());
        assertEquals("HXabcdefabcdefabcdefabcdefabcdefab", invited.getFirst().contentSid());
        assertEquals("{\"1\":\"Anna\"}", invited.getFirst().contentVariables());
        List<?> transcript = (List<?>) api.get("/api/conversations/" + id, els).map().get("messages");
        assertEquals(invitation, ((Map<?, ?>) transcript.getLast()).get("body"), "the transcript shows what the client read");

        int before = kit.stub.sent().size();
        String sid = "HX" + "0123456789abcdef".repeat(2);
        Api.Answer sent = api.post("/api/conversations/" + id + "/template",
                Map.of("contentSid", sid, "variables", Map.of("1", "Anna")), els);
        assertEquals(201, sent.status(), String.valueOf(sent.body()));
        TwilioTestKit.settle(inbound, outbox);
        var templates = kit.stub.sent().subList(before, kit.stub.sent().size());
        assertEquals(1, templates.size());
        assertEquals(sid, templates.getFirst().contentSid());
        assertEquals("{\"1\":\"Anna\"}", templates.getFirst().contentVariables());
        assertEquals(400, api.post("/api/conversations/" + id + "/template", Map.of("contentSid", "HX1"), els).status());

        // giving back and taking over a day later: done, though the client cannot be told in free text
        Api.Answer released = api.post("/api/conversations/" + id + "/release", Map.of(), els);
        assertEquals(200, released.status(), String.valueOf(released.body()));
        assertEquals(false, released.map().get("clientNotified"));
        Api.Answer again = api.post("/api/conversations/" + id + "/takeover", Map.of(), els);
        assertEquals(200, again.status(), String.valueOf(again.body()));
        assertEquals(false, again.map().get("clientNotified"));
    }

    @Test
    void staffWatchingTheLiveFeedHearOfEveryNewClientMessageButNotItsText() throws Exception {
        say("Hoi");
        String els = StaffTokens.withRole(api, admin, "STAFF");
        // read as a browser reads it, comments too (Micronaut's own client passes over events without data)
        var lines = new LinkedBlockingQueue<String>();
        var stream = HttpClient.newHttpClient().sendAsync(java.net.http.HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.getPort() + "/api/conversations/events"))
                .header("Authorization", "Bearer " + els).build(), HttpResponse.BodyHandlers.ofLines());
        var reading = stream.thenAccept(r -> r.body().forEach(lines::add));
        try {
            // once the feed says it watches, no client message is missed: not even one at once, before its first read
            assertEquals(": watching", nextEvent(lines).getFirst());
            say("medewerker");
            List<String> event = nextMessage(lines);
            assertEquals("event: client-message", event.get(1));
            Map<?, ?> data = json.readValue(event.get(2).substring("data: ".length()), Map.class);
            assertEquals("WAITING", data.get("mode"));
            assertEquals(waitingConversation(els), ((Number) data.get("conversationId")).longValue());
            assertFalse(String.join("\n", event).contains("medewerker"), "never the text");
            // the stream lives on past its heartbeats
            assertEquals(": heartbeat", nextEvent(lines).getFirst());
            say("Hallo?");
            assertEquals("event: client-message", nextMessage(lines).get(1));
        } finally {
            reading.cancel(true);
            stream.cancel(true);
        }
        assertEquals(403, api.get("/api/conversations/events", StaffTokens.withRole(api, admin, "COORDINATOR")).status());
    }

    /** The lines of the next event on the live feed, up to the empty line that ends it (a comment is one too). */
    private static List<String> nextEvent(BlockingQueue<String> lines) throws InterruptedException {
        List<String> event = new ArrayList<>();
        while (true) {
            String line = lines.poll(10, TimeUnit.SECONDS);
            assertNotNull(line, "nothing on the live feed for 10 seconds");
            if (line.isEmpty() && !event.isEmpty()) {
                return event;
            }
            if (!line.isEmpty()) {
                event.add(line);
            }
        }
    }

    /** The next event that is not a comment: "id: ...", "event: ...", "data: ...". */
    private static List<String> nextMessage(BlockingQueue<String> lines) throws InterruptedException {
        List<String> event = nextEvent(lines);
        while (event.getFirst().startsWith(":")) {
            event = nextEvent(lines);
        }
        return event;
    }

    @Test
    void staffWriteOnlyInAConversationTheyHold() {
        String els = StaffTokens.withRole(api, admin, "STAFF");
        long id = askedForAPerson(els);
        Api.Answer answer = api.post("/api/conversations/" + id + "/messages", Map.of("text", "Hallo"), els);
        assertEquals(409, answer.status());
        assertEquals(409, api.post("/api/conversations/" + id + "/release", Map.of(), els).status());
        assertEquals(400, api.post("/api/conversations/" + id + "/messages", Map.of("text", " "), els).status());
        assertEquals(404, api.post("/api/conversations/999999/takeover", Map.of(), els).status());
    }

    @Test
    void twoColleaguesTakingOverAtOnceOneWinsTheOtherGets409() throws Exception {
        askForAPerson();
        String els = StaffTokens.withRole(api, admin, "STAFF");
        String piet = StaffTokens.withRole(api, admin, "STAFF");
        long id = waitingConversation(els);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(
                    () -> api.post("/api/conversations/" + id + "/takeover", Map.of(), els).status(),
                    () -> api.post("/api/conversations/" + id + "/takeover", Map.of(), piet).status());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(both)) {
                statuses.add(f.get());
            }
            assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aClientWhoCallsIsFoundByTheirNumberOrNameAndTakenOverFromTheAssistant() {
        String staff = StaffTokens.withRole(api, admin, "STAFF");
        say("Hoi, ik zoek hulp voor mijn moeder");
        // still with the assistant: in no list of the desk, found all the same
        assertEquals(List.of(), api.get("/api/conversations?mode=WAITING", staff).list());
        for (String q : List.of("06 87654321", "0687654321", "+31 6 8765 4321", "+31 (0)6 8765 4321", "0031687654321",
                "687654321", "anna", "ANN")) {
            List<Map<String, Object>> found = api.get("/api/conversations/search?q=" + encode(q), staff).list();
            assertEquals(1, found.size(), q);
            assertEquals("BOT", found.getFirst().get("mode"), q);
            assertEquals("Anna", found.getFirst().get("client"), q);
        }
        for (String q : List.of("06 12345678", "Piet", "An%na")) {
            assertEquals(List.of(), api.get("/api/conversations/search?q=" + encode(q), staff).list(), q);
        }
        for (String q : List.of("", "a", "12345", "x".repeat(101))) {
            Api.Answer bad = api.get("/api/conversations/search?q=" + encode(q), staff);
            assertEquals(400, bad.status(), q);
        }
        long id = ((Number) api.get("/api/conversations/search?q=0687654321", staff).list().getFirst().get("id")).longValue();
        assertEquals(200, api.post("/api/conversations/" + id + "/takeover", Map.of(), staff).status());
        assertEquals("STAFF", api.get("/api/conversations/" + id, staff).map().get("conversation") instanceof Map<?, ?> m
                ? m.get("mode") : null);
        // only staff search, and every hit is logged with the client, never what was searched for
        assertEquals(403, api.get("/api/conversations/search?q=anna", StaffTokens.withRole(api, admin, "COORDINATOR"))
                .status());
        assertEquals(403, api.get("/api/conversations/search?q=anna", admin).status());
        String user = api.get("/api/users/me", staff).text("username");
        var searched = audit.findByActorOrderByIdAsc(user).stream().filter(r -> r.action().equals("SEARCH")).toList();
        assertEquals(9, searched.size());
        assertTrue(searched.stream().allMatch(r -> r.contactId() != null
                && (r.detail() == null || !r.detail().contains("8765") && !r.detail().toLowerCase().contains("ann"))));
    }

    private static String encode(String q) {
        return java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void rolesDecideWhoSeesConversationsAndCases() {
        askForAPerson();
        String coordinator = StaffTokens.withRole(api, admin, "COORDINATOR");
        String staff = StaffTokens.withRole(api, admin, "STAFF");
        long id = waitingConversation(staff);
        // coordinators: the queue, not the conversations; admins: no client data at all
        assertEquals(403, api.get("/api/conversations?mode=WAITING", coordinator).status());
        assertEquals(403, api.get("/api/conversations/" + id, coordinator).status());
        assertEquals(403, api.post("/api/conversations/" + id + "/takeover", Map.of(), coordinator).status());
        assertEquals(200, api.get("/api/cases", coordinator).status());
        for (String path : List.of("/api/conversations?mode=WAITING", "/api/conversations/" + id, "/api/cases")) {
            assertEquals(403, api.get(path, admin).status(), path);
            assertEquals(401, api.get(path, null).status(), path);
        }
    }

    @Test
    void aCoordinatorTakesAWaitingCaseAndOtherCoordinatorsCannotReachIt() {
        askForAPerson();
        String anna = StaffTokens.withRole(api, admin, "COORDINATOR");
        String bert = StaffTokens.withRole(api, admin, "COORDINATOR");
        long caseId = ((Number) api.get("/api/cases", anna).list().getFirst().get("id")).longValue();
        int before = kit.stub.sent().size();
        Api.Answer assigned = api.post("/api/cases/" + caseId + "/assign", Map.of(), anna);
        assertEquals(200, assigned.status(), String.valueOf(assigned.body()));
        assertEquals("ASSIGNED", assigned.text("status"));
        assertEquals(List.of("Hoi! Vanaf nu is Test je coördinator: je vaste aanspreekpunt. Test neemt contact met je op."),
                sentSince(before), "the client knows who their coordinator is");
        before = kit.stub.sent().size();
        api.post("/api/cases/" + caseId + "/assign", Map.of(), anna);
        assertEquals(List.of(), sentSince(before), "the same coordinator again: nothing new to tell");
        Api.Answer seen = api.get("/api/cases/" + caseId, anna);
        assertEquals(200, seen.status());
        assertEquals("+31687654321", seen.text("phone"), "the number to call: the one the client wrote from");
        assertEquals(404, api.get("/api/cases/" + caseId, bert).status(), "another coordinator's case does not exist for bert");
        assertEquals(404, api.post("/api/cases/" + caseId + "/close", Map.of("outcome", "x"), bert).status());
        assertTrue(api.get("/api/cases", bert).list().isEmpty());
        assertEquals(400, api.post("/api/cases/" + caseId + "/close", Map.of(), anna).status());
        assertEquals("CLOSED", api.post("/api/cases/" + caseId + "/close", Map.of("outcome", "Doorverwezen naar de wijkverpleging"), anna).text("status"));
    }

    @Test
    void theCaseViewNamesTheLawOfTheIndicationTheClientNamed() {
        for (String text : List.of("Hallo, ik zoek dagbesteding voor mijn zoon van 15 met autisme in Lichtenvoorde",
                "ja", "zsm", "ja, via de wmo", "Anna", "1", "ja")) {
            say(text);
        }
        String els = StaffTokens.withRole(api, admin, "STAFF");
        long caseId = ((Number) api.get("/api/cases", els).list().getFirst().get("id")).longValue();
        Api.Answer seen = api.get("/api/cases/" + caseId, els);
        assertEquals("YES", seen.text("indication"));
        assertEquals("Wmo", seen.text("indicationKind"), "the console shows 'ja (Wmo)'");
        assertEquals(List.of(Map.of("code", "dagbesteding", "label", "dagbesteding"),
                Map.of("code", "autisme", "label", "autisme")), seen.map().get("careKinds"),
                "the kinds of care read from the client's words, as staff read them");
    }

    @Test
    void aRequestThatGoesToTheHouseholdsCoordinatorSaysWho() {
        for (String m : List.of("Hallo, ik zoek dagbesteding op een zorgboerderij voor mijn zoon van 15 met autisme, "
                + "wij wonen in Lichtenvoorde", "ja", "binnen een paar weken", "nee", "Anna", "1")) {
            say(m);
        }
        List<String> first = say("ja");
        assertFalse(String.join("\n", first).contains("coördinator van jullie huishouden"), "no coordinator yet");
        String anna = StaffTokens.withRole(api, admin, "COORDINATOR");
        long caseId = ((Number) api.get("/api/cases", anna).list().getFirst().get("id")).longValue();
        assertEquals(200, api.post("/api/cases/" + caseId + "/assign", Map.of(), anna).status());

        for (String m : List.of("opnieuw", "mijn dochter", "12", "Lichtenvoorde", "logeren", "binnen een paar weken",
                "nee", "Anna", "1")) {
            say(m);
        }
        List<String> second = say("ja");
        assertTrue(second.getFirst().startsWith("Dank je wel, Anna! Je aanvraag is doorgegeven aan het klantenbureau van "
                + "Sorg. Je aanvraag gaat naar Test, de coördinator van jullie huishouden."), second.getFirst());
        List<Map<String, Object>> cases = api.get("/api/cases", anna).list();
        assertEquals(2, cases.size(), "a second request is a case of its own, the first one stays as it was: " + cases);
    }

    @Test
    void aClientWhoOptedOutIsNotToldTheCoordinatorButTheCaseIsAssigned() {
        askForAPerson();
        say("stop");
        String anna = StaffTokens.withRole(api, admin, "COORDINATOR");
        long caseId = ((Number) api.get("/api/cases", anna).list().getFirst().get("id")).longValue();
        int before = kit.stub.sent().size();
        Api.Answer assigned = api.post("/api/cases/" + caseId + "/assign", Map.of(), anna);
        assertEquals(200, assigned.status(), String.valueOf(assigned.body()));
        assertEquals("ASSIGNED", api.get("/api/cases/" + caseId, anna).map().get("summary") instanceof Map<?, ?> m
                ? m.get("status") : null, "the assignment stands");
        assertEquals(List.of(), sentSince(before));

        String els = StaffTokens.withRole(api, admin, "STAFF");
        long id = waitingConversation(els);
        Api.Answer taken = api.post("/api/conversations/" + id + "/takeover", Map.of(), els);
        assertEquals(200, taken.status(), String.valueOf(taken.body()));
        assertEquals(false, taken.map().get("clientNotified"));
        assertEquals("STAFF", ((Map<?, ?>) api.get("/api/conversations/" + id, els).map().get("conversation")).get("mode"),
                "taken over, though the client could not be told");
    }

    @Test
    void everyLookAtClientDataIsLoggedWithTheClientButNeverTheText() {
        String staff = StaffTokens.withRole(api, admin, "STAFF");
        long id = askedForAPerson(staff);
        long caseId = ((Number) api.get("/api/cases", staff).list().getFirst().get("id")).longValue();
        api.get("/api/conversations/" + id, staff);
        api.get("/api/cases/" + caseId, staff);
        String user = api.get("/api/users/me", staff).text("username");
        var rows = audit.findByActorOrderByIdAsc(user).stream().filter(r -> !r.action().equals("LOGIN")).toList();
        List<String> actions = rows.stream().map(r -> r.action() + " " + r.objectType()).toList();
        assertEquals(List.of("LIST conversation", "LIST care_case", "READ conversation", "READ care_case"), actions);
        assertTrue(rows.stream().allMatch(r -> r.contactId() != null && r.remoteAddress() != null));
        assertTrue(rows.stream().noneMatch(r -> r.detail() != null && r.detail().contains("medewerker")));

        long contactId = rows.getFirst().contactId();
        Api.Answer log = api.get("/api/audit?contactId=" + contactId + "&actor=" + user, admin);
        assertEquals(200, log.status(), String.valueOf(log.body()));
        assertEquals(List.of("READ", "READ", "LIST", "LIST"),
                log.list().stream().map(r -> String.valueOf(r.get("action"))).toList(), "newest first");
        // reading the log is logged, with the filters given
        assertEquals("actor " + user + ": 4 rows", audit.findByActorOrderByIdAsc("admin").stream()
                .filter(r -> r.objectType().equals("audit_log")).toList().getLast().detail());
        assertEquals(4, api.get("/api/audit?actor=" + user + "&from=2020-01-01&until=2999-01-01", admin)
                .list().stream().filter(r -> !"LOGIN".equals(r.get("action"))).count());
        assertEquals(400, api.get("/api/audit?from=gisteren", admin).status());
        assertEquals(403, api.get("/api/audit", staff).status());
    }
}
