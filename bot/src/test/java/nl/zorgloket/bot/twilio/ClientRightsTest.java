package nl.zorgloket.bot.twilio;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.zorgloket.admin.audit.AuditRepository;
import nl.zorgloket.admin.staff.StaffTokens;
import nl.zorgloket.admin.testing.Api;
import nl.zorgloket.intake.conversation.ContactRepository;
import nl.zorgloket.intake.conversation.ConversationRepository;
import nl.zorgloket.intake.conversation.InboundQueue;
import nl.zorgloket.intake.conversation.MessageRepository;
import nl.zorgloket.intake.outbox.OutboxRepository;
import nl.zorgloket.intake.privacy.RetentionJob;
import nl.zorgloket.intake.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A client's rights over HTTP: an export of everything held, erasure, and the retention period. */
@MicronautTest(transactional = false, environments = "test")
class ClientRightsTest extends TwilioApiTest {
    @Inject
    InboundQueue inbound;
    @Inject
    OutboxRepository outbox;
    @Inject
    MessageRepository messages;
    @Inject
    ContactRepository contacts;
    @Inject
    ConversationRepository conversations;
    @Inject
    AuditRepository audit;
    @Inject
    RetentionJob retention;

    private String staff;

    @BeforeEach
    void clean() {
        staff = StaffTokens.withRole(api, adminToken(), "STAFF");
    }

    private void say(String text) {
        kit.whatsapp(http, inbound, outbox, "+31655555555", "Bea Bakker", text);
    }

    /** A client who asked for a person and got an answer and a note. Returns the contact id. */
    private long clientWithHistory() {
        say("Hoi, mijn moeder Bea wordt vergeetachtig");
        say("medewerker");
        long conversation = ((Number) api.get("/api/conversations?mode=WAITING", staff).list().getFirst().get("id")).longValue();
        api.post("/api/conversations/" + conversation + "/takeover", Map.of(), staff);
        api.post("/api/conversations/" + conversation + "/messages", Map.of("text", "Dag Bea, ik bel je morgen."), staff);
        api.post("/api/conversations/" + conversation + "/notes", Map.of("text", "Dochter woont in Eibergen."), staff);
        TwilioTestKit.settle(inbound, outbox);
        return conversations.findById(conversation).orElseThrow().contactId();
    }

    @Test
    void theExportHoldsEverythingKeptAboutTheClient() throws Exception {
        long contact = clientWithHistory();
        Api.Answer export = api.get("/api/contacts/" + contact + "/export", staff);
        assertEquals(200, export.status(), String.valueOf(export.body()));
        String all = json.writeValueAsString(export.body());
        for (String expected : List.of("+31655555555", "Bea Bakker", "mijn moeder Bea wordt vergeetachtig",
                "Dag Bea, ik bel je morgen.", "Dochter woont in Eibergen.", "TAKEOVER")) {
            assertTrue(all.contains(expected), expected + " missing from " + all);
        }
        assertEquals(1, ((List<?>) export.map().get("cases")).size());
        assertTrue(audit.findByObjectTypeAndObjectIdOrderByIdAsc("contact", String.valueOf(contact)).stream()
                .anyMatch(e -> e.action().equals("EXPORT")));
    }

    @Test
    void erasureRemovesPersonalDataAndTextsAndKeepsTheAccessLogUnderAPseudonym() throws Exception {
        long contact = clientWithHistory();
        int logRows = audit.search(contact, null, null, null, 1000, 0).size();
        assertEquals(204, api.delete("/api/contacts/" + contact, staff).status());

        String all = json.writeValueAsString(api.get("/api/contacts/" + contact + "/export", staff).body());
        for (String gone : List.of("+31655555555", "Bea", "vergeetachtig", "ik bel je morgen", "Eibergen")) {
            assertFalse(all.contains(gone), gone + " survived erasure: " + all);
        }
        assertEquals("erased:" + contact, contacts.findById(contact).orElseThrow().channelAddress());
        // nothing more is done with it: the case leaves the queue, the conversation the waiting list
        Map<?, ?> erased = api.get("/api/cases?status=CLOSED", staff).list().getFirst();
        assertEquals(contact, ((Number) erased.get("contactId")).longValue());
        assertEquals(List.of(), api.get("/api/cases?status=NEEDS_STAFF", staff).list());
        assertEquals(List.of(), api.get("/api/conversations?mode=STAFF", staff).list());
        assertTrue(audit.search(contact, null, null, null, 1000, 0).size() > logRows, "the access log stays, and grows");
        assertEquals(404, api.delete("/api/contacts/999999", staff).status());

        // the same number writing again is a new client with a new conversation
        say("Hoi");
        assertEquals(2, contacts.count());
    }

    @Test
    void afterTheRetentionPeriodAClosedConversationsTextsAreRemoved() {
        long contact = clientWithHistory();
        long caseId = ((Number) api.get("/api/cases", staff).list().getFirst().get("id")).longValue();
        assertEquals("CLOSED", api.post("/api/cases/" + caseId + "/close", Map.of("outcome", "Dagbesteding gevonden"), staff)
                .text("status"));
        long conversation = conversations.findByContactIdOrderById(contact).getFirst().id();
        assertEquals(0, retention.removeExpired(), "closed just now: kept");
        TestDatabase.execute(dataSource, "UPDATE conversation SET closed_at = NOW(6) - INTERVAL 400 DAY WHERE id = " + conversation);
        assertEquals(1, retention.removeExpired());
        assertTrue(messages.findByConversationIdOrderById(conversation).stream().allMatch(m -> m.body() == null));
        assertEquals(List.of(), api.get("/api/conversations/" + conversation, staff).map().get("notes"));
    }

    @Test
    void closingACaseClosesItsConversationSoTheNextMessageStartsANewOne() {
        long contact = clientWithHistory();
        long caseId = ((Number) api.get("/api/cases", staff).list().getFirst().get("id")).longValue();
        api.post("/api/cases/" + caseId + "/close", Map.of("outcome", "Doorverwezen"), staff);
        say("Hoi, ik heb nog een vraag");
        assertEquals(2, conversations.findByContactIdOrderById(contact).size());
    }

    @Test
    void onlyStaffHandleClientRights() {
        long contact = clientWithHistory();
        String coordinator = StaffTokens.withRole(api, adminToken(), "COORDINATOR");
        assertEquals(403, api.get("/api/contacts/" + contact + "/export", coordinator).status());
        assertEquals(403, api.delete("/api/contacts/" + contact, coordinator).status());
        assertEquals(401, api.get("/api/contacts/" + contact + "/export", null).status());
    }
}
