package nl.zorgloket.bot.twilio;

import com.twilio.security.RequestValidator;
import com.twilio.twiml.MessagingResponse;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.zorgloket.bot.twilio.stub.TwilioStub;
import nl.zorgloket.bot.twilio.stub.WebhookSigner;
import nl.zorgloket.intake.carecase.CareCase;
import nl.zorgloket.intake.carecase.CareCaseRepository;
import nl.zorgloket.intake.carecase.CaseStatus;
import nl.zorgloket.intake.conversation.Direction;
import nl.zorgloket.intake.conversation.InboundQueue;
import nl.zorgloket.intake.conversation.Message;
import nl.zorgloket.intake.conversation.MessageRepository;
import nl.zorgloket.intake.outbox.OutboxRepository;
import nl.zorgloket.intake.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inbound webhooks over HTTP, signed as Twilio signs them; the replies are read from the Twilio stub. */
@MicronautTest(transactional = false, environments = "test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwilioWebhookTest implements TestPropertyProvider {
    private static final String BASE = "https://zorgloket.example.nl";
    private static final String TOKEN = TwilioTestKit.TOKEN;
    private static final AtomicInteger SIDS = new AtomicInteger();

    private final TwilioTestKit kit = new TwilioTestKit(BASE);

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    MessageRepository messages;
    @Inject
    CareCaseRepository cases;
    @Inject
    InboundQueue inbound;
    @Inject
    OutboxRepository outbox;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        return kit.properties();
    }

    @BeforeEach
    void clean() {
        TestDatabase.clean(dataSource);
        kit.reset();
    }

    @AfterAll
    void stopStub() {
        kit.close();
    }

    private static Map<String, String> whatsapp(String body) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("MessageSid", "SM" + SIDS.incrementAndGet());
        p.put("From", "whatsapp:+31612345678");
        p.put("To", "whatsapp:" + TwilioTestKit.WHATSAPP_FROM);
        p.put("Body", body);
        p.put("NumMedia", "0");
        p.put("ProfileName", "Anna");
        p.put("WaId", "31612345678");
        return p;
    }

    /** An SMS as Twilio posts it: bare numbers, no WhatsApp profile. */
    private static Map<String, String> sms(String from, String body) {
        Map<String, String> p = whatsapp(body);
        p.put("From", from);
        p.put("To", "+3197010203040");
        p.remove("ProfileName");
        p.remove("WaId");
        return p;
    }

    private HttpResponse<String> post(String path, Map<String, String> params) {
        return kit.post(http, path, params);
    }

    private HttpResponse<String> postRaw(String path, byte[] body, String signature) {
        return TwilioTestKit.postRaw(http, path, body, signature);
    }

    private void settle() {
        TwilioTestKit.settle(inbound, outbox);
    }

    /** Nothing of the request was kept: no message, nothing waiting. */
    private void assertNothingStored() {
        assertEquals(0, messages.count());
        assertEquals(0, inbound.waiting());
    }

    /** What the client reads in answer to one webhook message: the TwiML answer and anything sent after it. */
    private String say(Map<String, String> params) {
        int before = kit.stub.sent().size();
        HttpResponse<String> r = post("/twilio/messages", params);
        assertEquals(200, r.code());
        settle();
        List<String> read = new ArrayList<>(TwilioTestKit.twimlBodies(r.body()));
        read.addAll(kit.sentBodies(before));
        return String.join("\n\n", read);
    }

    private void sql(String statement) {
        TestDatabase.execute(dataSource, statement);
    }

    private String say(String text) {
        return say(whatsapp(text));
    }

    @Test
    void signerAgreesWithTwiliosPublishedTestVector() {
        Map<String, String> params = Map.of("CallSid", "CA1234567890ABCDE", "Caller", "+12349013030", "Digits", "1234",
                "From", "+12349013030", "To", "+18005551212");
        String url = "https://mycompany.com/myapp.php?foo=1&bar=2";
        assertEquals("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", WebhookSigner.sign("12345", url, params));
        assertTrue(new RequestValidator("12345").validate(url, params, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
    }

    @Test
    void storesFirstAndAnswersWithTwimlAtOnce() {
        HttpResponse<String> r = post("/twilio/messages", whatsapp("Hoi"));
        assertTrue(r.getContentType().orElseThrow().toString().startsWith("text/xml"));
        assertTrue(r.body().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message><Body>Hoi! Fijn dat je"), r.body());
        settle();
        assertEquals(List.of(), kit.stub.sent(), "an answer given at once is not sent again");
        assertEquals(0, inbound.waiting());
    }

    @Test
    void messageBehindAnOlderWaitingOneIsAnsweredThroughTheApiInOrder() {
        // an older message of this client waits for a retry a moment from now
        sql("""
                INSERT INTO inbound_queue (provider_message_id, channel_address, medium, phone, body, received_at,
                                           attempts, next_attempt_at)
                VALUES ('SMolder', 'whatsapp:+31612345678', 'WHATSAPP', '+31612345678', 'Hoi', NOW(6), 1,
                        NOW(6) + INTERVAL 300000 MICROSECOND)""");
        HttpResponse<String> r = post("/twilio/messages", whatsapp("ja"));
        assertEquals(new MessagingResponse.Builder().build().toXml(), r.body(), "Twilio's own empty answer");

        settle();
        List<Message> stored = messages.findAll().stream().sorted(java.util.Comparator.comparing(Message::id)).toList();
        assertEquals(List.of("SMolder", "SM" + SIDS.get()), stored.stream().filter(m -> m.direction() == Direction.IN)
                .map(Message::providerMessageId).toList());
        List<String> written = stored.stream().filter(m -> m.direction() == Direction.OUT).map(Message::body).toList();
        assertEquals(written, kit.sentBodies(0), "every reply sent once, in the order written");
        assertTrue(written.get(0).startsWith("Hoi! Fijn dat je"));
        assertEquals("whatsapp:+31612345678", kit.stub.sent().get(0).to());
    }

    @Test
    void twentyConcurrentMessagesToOneConversationAreEachStoredOnceAndHandledOneAtATime() throws Exception {
        say("Hoi");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> sends = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Map<String, String> p = whatsapp(i == 0 ? "ja" : "bericht " + i);
                sends.add(() -> post("/twilio/messages", p).code());
            }
            for (Future<Integer> f : pool.invokeAll(sends)) {
                assertEquals(200, f.get());
            }
        } finally {
            pool.shutdown();
        }
        settle();
        List<Message> stored = messages.findAll().stream().toList();
        assertEquals(21, stored.stream().filter(m -> m.direction() == Direction.IN).count());
        assertEquals(21, stored.stream().filter(m -> m.direction() == Direction.IN)
                .map(Message::providerMessageId).distinct().count());
        // one at a time: every reply answers exactly one inbound message, and each one was answered
        assertEquals(21, stored.stream().filter(m -> m.direction() == Direction.OUT)
                .map(Message::replyToId).distinct().count());
        assertEquals(0, inbound.failed());
    }

    @Test
    void missingSignatureIsRefusedAndStoresNothing() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () ->
                postRaw("/twilio/messages", WebhookSigner.form(whatsapp("Hoi")).getBytes(StandardCharsets.UTF_8), null));
        assertEquals(403, e.getStatus().getCode());
        assertNothingStored();
    }

    @Test
    void wrongSignatureIsRefusedAndStoresNothing() {
        Map<String, String> p = whatsapp("Hoi");
        String sig = WebhookSigner.sign("another-token", BASE + "/twilio/messages", p);
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () ->
                postRaw("/twilio/messages", WebhookSigner.form(p).getBytes(StandardCharsets.UTF_8), sig));
        assertEquals(403, e.getStatus().getCode());
        assertNothingStored();
    }

    @Test
    void signatureOverTheUrlWithPortIsAccepted() {
        Map<String, String> p = whatsapp("Hoi");
        String sig = WebhookSigner.sign(TOKEN, "https://zorgloket.example.nl:443/twilio/messages", p);
        assertEquals(200, postRaw("/twilio/messages", WebhookSigner.form(p).getBytes(StandardCharsets.UTF_8), sig).code());
    }

    @Test
    void wholeWhatsappConversationEndsInACase() {
        say("Hoi");
        say("ja");
        say("mijn moeder");
        say("82");
        say("Eibergen");
        say("ze wordt vergeetachtig en zoekt dagbesteding");
        say("2");
        say("weet ik niet");
        say("Anna");
        assertTrue(say("2").contains("Klopt dit?"));
        String done = say("ja");
        assertTrue(done.contains("Je aanvraag is doorgegeven"), done);
        CareCase c = cases.findAll().iterator().next();
        assertEquals(CaseStatus.WAITING_FOR_COORDINATOR, c.status());
        assertEquals("Berkelland", c.municipality());
        assertEquals("CALL", c.contactPreference());
    }

    @Test
    void smsWorksThroughTheSameAdapter() {
        Map<String, String> p = sms("+31612345678", "Hoi");
        assertTrue(say(p).contains("Hoi! Fijn dat je"));
        say(withSid(p, "ja"));
        String contactQ = say(withSid(p, "mijn zoon van 15 in Ulft, dagbesteding, geen haast, geen indicatie, ik heet Tim"));
        assertTrue(contactQ.contains("1. Via sms"), contactQ);
    }

    @Test
    void smsAnswersKeepToTheGsmAlphabetWhatsAppAnswersDoNot() {
        Map<String, String> p = sms("+31612345670", "Hoi");
        say(p);
        String question = say(withSid(p, "ja"));
        assertTrue(question.contains("6. Als professional, voor een client"), question);
        String help = say(withSid(p, "help"));
        assertTrue(help.contains("medewerker - praat met een mens"), help);
        assertTrue(SmsText.isGsm7(help), help);
        assertTrue(messages.findAll().stream().anyMatch(m -> m.body() != null && m.body().contains("cliënt")),
                "the stored reply keeps its spelling");

        say("Hoi");
        assertTrue(say("ja").contains("6. Als professional, voor een cliënt"));
    }

    private static Map<String, String> withSid(Map<String, String> p, String body) {
        Map<String, String> copy = new LinkedHashMap<>(p);
        copy.put("MessageSid", "SM" + SIDS.incrementAndGet());
        copy.put("Body", body);
        return copy;
    }

    @Test
    void duplicateWebhookGetsTheSameAnswerAndStoresNothingNew() {
        Map<String, String> p = whatsapp("Hoi");
        String first = post("/twilio/messages", p).body();
        long stored = messages.count();
        assertEquals(first, post("/twilio/messages", p).body());
        settle();
        assertEquals(stored, messages.count());
        assertEquals(List.of(), kit.stub.sent());
    }

    @Test
    void emojiRoundTripIntact() {
        say("Hoi 👋🏽 ❤️");
        Message in = messages.findAll().iterator().next();
        assertEquals("Hoi 👋🏽 ❤️", in.body());
        say("stop");
        say("start 👍");
        assertTrue(messages.findAll().stream().anyMatch(m -> "start 👍".equals(m.body())));
    }

    @Test
    void tenThousandCharactersAreStoredWhole() {
        String text = "a".repeat(10_000);
        say(text);
        assertEquals(10_000, messages.findAll().iterator().next().body().length());
    }

    @Test
    void mediaOnlyIsStoredWithItsUrlAndAsksToType() {
        Map<String, String> p = whatsapp("");
        p.put("NumMedia", "1");
        p.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1");
        p.put("MediaContentType0", "audio/ogg");
        String r = say(p);
        assertTrue(r.contains("spraakberichten"), r);
        Message in = messages.findAll().iterator().next();
        assertTrue(in.media().contains("ME1") && in.media().contains("audio/ogg"), in.media());
    }

    @Test
    void brokenUtf8IsAClear400() {
        byte[] body = "MessageSid=SMx&From=whatsapp%3A%2B31612345678&To=whatsapp%3A%2B31&Body=%FF%FE".getBytes(StandardCharsets.US_ASCII);
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> postRaw("/twilio/messages", body, "irrelevant"));
        assertEquals(400, e.getStatus().getCode());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("not valid UTF-8"));
        assertNothingStored();
    }

    @Test
    void nulCharacterIsAClear400() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> post("/twilio/messages", whatsapp("a\u0000b")));
        assertEquals(400, e.getStatus().getCode());
        assertNothingStored();
    }

    @Test
    void missingParameterIsAClear400() {
        Map<String, String> p = whatsapp("Hoi");
        p.remove("From");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> post("/twilio/messages", p));
        assertEquals(400, e.getStatus().getCode());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("From is missing"));
    }

    @Test
    void emptyBodyIsAClear400() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> postRaw("/twilio/messages", new byte[0], "x"));
        assertEquals(400, e.getStatus().getCode());
    }

    @Test
    void oversizedBodyIs413() {
        byte[] body = ("Body=" + "a".repeat(70_000)).getBytes(StandardCharsets.US_ASCII);
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> postRaw("/twilio/messages", body, "x"));
        assertEquals(413, e.getStatus().getCode());
    }

    @Test
    void operationsSeeMessagesSetAside() {
        sql("""
                INSERT INTO inbound_queue (provider_message_id, channel_address, medium, body, received_at, attempts,
                                           next_attempt_at, last_error, failed_at)
                VALUES ('SMfailed', 'whatsapp:+31612345670', 'WHATSAPP', 'Hoi', NOW(6), 5, NOW(6), 'x', NOW(6))""");
        String metrics = http.toBlocking().retrieve("/prometheus");
        assertTrue(metrics.contains("zorgloket_inbound_failed 1.0"), metrics);
        assertTrue(metrics.contains("zorgloket_inbound_waiting 0.0"), metrics);
        assertTrue(metrics.contains("zorgloket_outbox_unsent 0.0"), metrics);
    }

    @Test
    void deliveryStatusNeverMovesBackwards() {
        say("Hoi");
        Message out = messages.findAll().stream().filter(m -> m.direction() == Direction.OUT).findFirst().orElseThrow();
        String sid = "SMout1";
        messages.update(new Message(out.id(), out.conversationId(), Direction.OUT, out.author(), out.body(), null,
                sid, out.replyToId(), null, null, null, out.createdAt()));
        Map<String, String> delivered = Map.of("MessageSid", sid, "MessageStatus", "delivered");
        Map<String, String> lateSent = Map.of("MessageSid", sid, "MessageStatus", "sent");
        assertEquals(204, post("/twilio/status", delivered).code());
        assertEquals(204, post("/twilio/status", lateSent).code());
        assertEquals("DELIVERED", messages.findByProviderMessageId(sid).orElseThrow().deliveryStatus());
    }
}
