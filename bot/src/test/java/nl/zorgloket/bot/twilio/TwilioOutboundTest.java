package nl.zorgloket.bot.twilio;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.zorgloket.bot.twilio.stub.TwilioStub;
import nl.zorgloket.intake.conversation.Author;
import nl.zorgloket.intake.conversation.InboundQueue;
import nl.zorgloket.intake.conversation.Message;
import nl.zorgloket.intake.conversation.MessageRepository;
import nl.zorgloket.intake.outbox.OutboxEntry;
import nl.zorgloket.intake.outbox.OutboxRepository;
import nl.zorgloket.intake.outbox.OutboxState;
import nl.zorgloket.intake.outbox.QueueOutboundMessage;
import nl.zorgloket.intake.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Outbound messages through the outbox, the Twilio SDK and the Twilio stub, status reports included. */
@MicronautTest(transactional = false, environments = "test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwilioOutboundTest implements TestPropertyProvider {
    private static final AtomicInteger SIDS = new AtomicInteger();

    private final TwilioTestKit kit = new TwilioTestKit();
    private final TwilioStub stub = kit.stub;

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    QueueOutboundMessage queue;
    @Inject
    MessageRepository messages;
    @Inject
    OutboxRepository outbox;
    @Inject
    InboundQueue inbound;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        return kit.properties();
    }

    private long staffId;

    @BeforeEach
    void clean() {
        TestDatabase.clean(dataSource);
        staffId = TestDatabase.staffUser(dataSource, "els");
        kit.reset();
    }

    @AfterAll
    void stopStub() {
        kit.close();
    }

    /**
     * The client writes first (WhatsApp's window opens), over the signed webhook; the bot's answer
     * is sent and then forgotten by the stub, so a test sees only its own message.
     */
    private long clientWrites(String from) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("MessageSid", "SMin" + SIDS.incrementAndGet());
        p.put("From", from);
        p.put("To", from.startsWith("whatsapp:") ? "whatsapp:" + TwilioTestKit.WHATSAPP_FROM : TwilioTestKit.SMS_FROM);
        p.put("Body", "Hoi");
        p.put("NumMedia", "0");
        kit.post(http, "/twilio/messages", p);
        TwilioTestKit.settle(inbound, outbox);
        kit.reset();
        return messages.findAll().iterator().next().conversationId();
    }

    private Message staffSays(long conversation, String text) {
        return queue.queue(conversation, Author.STAFF, staffId, text);
    }

    private OutboxEntry entry(Message m) {
        return outbox.findByMessageId(m.id()).orElseThrow();
    }

    private Message reload(Message m) {
        return messages.findById(m.id()).orElseThrow();
    }

    private static void await(String what, BooleanSupplier condition) {
        TwilioTestKit.await(what, condition);
    }

    @Test
    void staffMessageReachesTheClientOnWhatsAppAndReportsDelivery() throws Exception {
        Message m = staffSays(clientWrites("whatsapp:+31612345678"), "Goedemiddag, u spreekt met Els 😊");

        await("delivered", () -> "DELIVERED".equals(reload(m).deliveryStatus()));

        TwilioStub.Sent sent = stub.sent().get(0);
        assertEquals(1, stub.sent().size());
        assertEquals("whatsapp:+31612345678", sent.to());
        assertEquals("whatsapp:" + TwilioTestKit.WHATSAPP_FROM, sent.from());
        assertEquals("Goedemiddag, u spreekt met Els 😊", sent.body());
        assertEquals(sent.sid(), reload(m).providerMessageId());
        assertEquals(OutboxState.SENT, entry(m).state());
    }

    @Test
    void smsGoesToTheBareNumberFromTheSmsSender() throws Exception {
        Message m = staffSays(clientWrites("+31612345679"), "Hallo, ik bel je cliënt – morgen");
        await("sent", () -> entry(m).state() == OutboxState.SENT);
        assertEquals("+31612345679", stub.sent().get(0).to());
        assertEquals(TwilioTestKit.SMS_FROM, stub.sent().get(0).from());
        assertEquals("Hallo, ik bel je client - morgen", stub.sent().get(0).body(), "in the GSM alphabet: 160 a part");
        assertEquals("Hallo, ik bel je cliënt – morgen", reload(m).body());
    }

    @Test
    void rateLimitedMessageIsRetriedAndSentOnce() throws Exception {
        long conversation = clientWrites("whatsapp:+31612345678");
        stub.failNext(429, 20429);
        Message m = staffSays(conversation, "Hallo");

        await("sent", () -> entry(m).state() == OutboxState.SENT);

        assertEquals(2, stub.createRequests());
        assertEquals(1, stub.sent().size());
        assertEquals(2, entry(m).attempts());
        assertEquals(stub.sent().get(0).sid(), reload(m).providerMessageId());
    }

    @Test
    void messageWhoseAnswerWasLostIsFoundNotSentAgain() throws Exception {
        long conversation = clientWrites("whatsapp:+31612345678");
        stub.reportStatus(false).loseAnswerNext(500);
        Message m = staffSays(conversation, "Hallo");

        await("sent", () -> entry(m).state() == OutboxState.SENT);

        assertEquals(1, stub.createRequests(), "looked up, not sent again");
        assertEquals(stub.sent().get(0).sid(), reload(m).providerMessageId());
    }

    @Test
    void messageThatTimedOutIsFoundNotSentAgain() throws Exception {
        long conversation = clientWrites("whatsapp:+31612345678");
        stub.reportStatus(false).answerLateNext(Duration.ofSeconds(2));
        Message m = staffSays(conversation, "Hallo");

        await("sent", () -> entry(m).state() == OutboxState.SENT);

        assertEquals(1, stub.createRequests());
        assertEquals(stub.sent().get(0).sid(), reload(m).providerMessageId());
    }

    @Test
    void statusReportNamesAMessageWhoseAnswerWasLost() throws Exception {
        long conversation = clientWrites("whatsapp:+31612345678");
        stub.loseAnswerNext(503);
        Message m = staffSays(conversation, "Hallo");

        await("delivered", () -> "DELIVERED".equals(reload(m).deliveryStatus()));

        assertEquals(OutboxState.SENT, entry(m).state());
        assertEquals(stub.sent().get(0).sid(), reload(m).providerMessageId());
        Thread.sleep(300);
        assertEquals(1, stub.createRequests());
    }

    @Test
    void serverErrorWithoutTheMessageIsSentAgainAfterTheLookup() throws Exception {
        long conversation = clientWrites("whatsapp:+31612345678");
        stub.failNext(500, null);
        Message m = staffSays(conversation, "Hallo");

        await("sent", () -> entry(m).state() == OutboxState.SENT);

        assertEquals(2, stub.createRequests());
        assertEquals(1, stub.sent().size());
    }

    @Test
    void invalidNumberMarksTheMessageFailedWithTwiliosCode() throws Exception {
        long conversation = clientWrites("whatsapp:+31612345678");
        stub.failNext(400, 21211);
        Message m = staffSays(conversation, "Hallo");

        await("failed", () -> entry(m).state() == OutboxState.FAILED);

        assertEquals("FAILED", reload(m).deliveryStatus());
        assertEquals(21211, reload(m).errorCode());
        assertEquals(1, stub.createRequests());
    }
}
