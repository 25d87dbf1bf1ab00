package nl.zorgloket.bot.twilio;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.zorgloket.bot.twilio.stub.TwilioStub;
import nl.zorgloket.bot.twilio.stub.WebhookSigner;
import nl.zorgloket.intake.conversation.Author;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Outbound messages through the outbox, the Twilio SDK and the Twilio stub, status reports included. */
@MicronautTest(transactional = false, environments = "test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwilioOutboundTest implements TestPropertyProvider {
    private static final String TOKEN = "test-auth-token";
    private static final String ACCOUNT = "ACtest00000000000000000000000000";
    private static final AtomicInteger SIDS = new AtomicInteger();

    private final TwilioStub stub = TwilioStub.start(0, ACCOUNT, TOKEN);
    private String base;

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
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        int port = freePort();
        base = "http://localhost:" + port;
        Map<String, String> p = new HashMap<>(TestDatabase.properties());
        p.put("micronaut.server.port", String.valueOf(port));
        p.put("twilio.auth-token", TOKEN);
        p.put("twilio.public-base-url", base);
        p.put("twilio.account-sid", ACCOUNT);
        p.put("twilio.api-base-url", stub.baseUrl());
        p.put("twilio.whatsapp-from", "+3197010203040");
        p.put("twilio.sms-from", "+3197010203041");
        p.put("twilio.response-timeout", "500ms");
        p.put("zorgloket.outbox.poll-interval", "20ms");
        p.put("zorgloket.outbox.base-delay", "20ms");
        p.put("zorgloket.outbox.max-delay", "40ms");
        p.put("zorgloket.outbox.lookup-delay", "100ms");
        return p;
    }

    @BeforeEach
    void clean() {
        TestDatabase.clean(dataSource);
        stub.reset();
    }

    @AfterAll
    void stopStub() {
        stub.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The client writes first (WhatsApp's window opens), over the signed webhook. */
    private long clientWrites(String from) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("MessageSid", "SMin" + SIDS.incrementAndGet());
        p.put("From", from);
        p.put("To", from.startsWith("whatsapp:") ? "whatsapp:+3197010203040" : "+3197010203041");
        p.put("Body", "Hoi");
        p.put("NumMedia", "0");
        String path = "/twilio/messages";
        http.toBlocking().exchange(HttpRequest.POST(path, WebhookSigner.form(p))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("X-Twilio-Signature", WebhookSigner.sign(TOKEN, base + path, p)), String.class);
        return messages.findAll().iterator().next().conversationId();
    }

    private Message staffSays(long conversation, String text) {
        return queue.queue(conversation, Author.STAFF, 1L, text);
    }

    private OutboxEntry entry(Message m) {
        return outbox.findByMessageId(m.id()).orElseThrow();
    }

    private Message reload(Message m) {
        return messages.findById(m.id()).orElseThrow();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited 15 seconds for: " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void staffMessageReachesTheClientOnWhatsAppAndReportsDelivery() throws Exception {
        Message m = staffSays(clientWrites("whatsapp:+31612345678"), "Goedemiddag, u spreekt met Els 😊");

        await("delivered", () -> "DELIVERED".equals(reload(m).deliveryStatus()));

        TwilioStub.Sent sent = stub.sent().get(0);
        assertEquals(1, stub.sent().size());
        assertEquals("whatsapp:+31612345678", sent.to());
        assertEquals("whatsapp:+3197010203040", sent.from());
        assertEquals("Goedemiddag, u spreekt met Els 😊", sent.body());
        assertEquals(sent.sid(), reload(m).providerMessageId());
        assertEquals(OutboxState.SENT, entry(m).state());
    }

    @Test
    void smsGoesToTheBareNumberFromTheSmsSender() throws Exception {
        Message m = staffSays(clientWrites("+31612345679"), "Hallo");
        await("sent", () -> entry(m).state() == OutboxState.SENT);
        assertEquals("+31612345679", stub.sent().get(0).to());
        assertEquals("+3197010203041", stub.sent().get(0).from());
    }

    @Test
    void rateLimitedMessageIsRetriedAndSentOnce() throws Exception {
        stub.failNext(429, 20429);
        Message m = staffSays(clientWrites("whatsapp:+31612345678"), "Hallo");

        await("sent", () -> entry(m).state() == OutboxState.SENT);

        assertEquals(2, stub.createRequests());
        assertEquals(1, stub.sent().size());
        assertEquals(2, entry(m).attempts());
        assertEquals(stub.sent().get(0).sid(), reload(m).providerMessageId());
    }

    @Test
    void messageWhoseAnswerWasLostIsFoundNotSentAgain() throws Exception {
        stub.reportStatus(false).loseAnswerNext(500);
        Message m = staffSays(clientWrites("whatsapp:+31612345678"), "Hallo");

        await("sent", () -> entry(m).state() == OutboxState.SENT);

        assertEquals(1, stub.createRequests(), "looked up, not sent again");
        assertEquals(stub.sent().get(0).sid(), reload(m).providerMessageId());
    }

    @Test
    void messageThatTimedOutIsFoundNotSentAgain() throws Exception {
        stub.reportStatus(false).answerLateNext(Duration.ofSeconds(2));
        Message m = staffSays(clientWrites("whatsapp:+31612345678"), "Hallo");

        await("sent", () -> entry(m).state() == OutboxState.SENT);

        assertEquals(1, stub.createRequests());
        assertEquals(stub.sent().get(0).sid(), reload(m).providerMessageId());
    }

    @Test
    void statusReportNamesAMessageWhoseAnswerWasLost() throws Exception {
        stub.loseAnswerNext(503);
        Message m = staffSays(clientWrites("whatsapp:+31612345678"), "Hallo");

        await("delivered", () -> "DELIVERED".equals(reload(m).deliveryStatus()));

        assertEquals(OutboxState.SENT, entry(m).state());
        assertEquals(stub.sent().get(0).sid(), reload(m).providerMessageId());
        Thread.sleep(300);
        assertEquals(1, stub.createRequests());
    }

    @Test
    void serverErrorWithoutTheMessageIsSentAgainAfterTheLookup() throws Exception {
        stub.failNext(500, null);
        Message m = staffSays(clientWrites("whatsapp:+31612345678"), "Hallo");

        await("sent", () -> entry(m).state() == OutboxState.SENT);

        assertEquals(2, stub.createRequests());
        assertEquals(1, stub.sent().size());
    }

    @Test
    void invalidNumberMarksTheMessageFailedWithTwiliosCode() throws Exception {
        stub.failNext(400, 21211);
        Message m = staffSays(clientWrites("whatsapp:+31612345678"), "Hallo");

        await("failed", () -> entry(m).state() == OutboxState.FAILED);

        assertEquals("FAILED", reload(m).deliveryStatus());
        assertEquals(21211, reload(m).errorCode());
        assertEquals(1, stub.createRequests());
    }
}
