package nl.zorgloket.bot.twilio;

import com.twilio.security.RequestValidator;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.zorgloket.intake.carecase.CareCase;
import nl.zorgloket.intake.carecase.CareCaseRepository;
import nl.zorgloket.intake.carecase.CaseStatus;
import nl.zorgloket.intake.conversation.Direction;
import nl.zorgloket.intake.conversation.Message;
import nl.zorgloket.intake.conversation.MessageRepository;
import nl.zorgloket.bot.twilio.stub.WebhookSigner;
import nl.zorgloket.intake.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false, environments = "test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwilioWebhookTest implements TestPropertyProvider {
    private static final String TOKEN = "test-auth-token";
    private static final String BASE = "https://zorgloket.example.nl";
    private static final AtomicInteger SIDS = new AtomicInteger();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    MessageRepository messages;
    @Inject
    CareCaseRepository cases;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(TestDatabase.properties());
        p.put("twilio.auth-token", TOKEN);
        p.put("twilio.public-base-url", BASE);
        return p;
    }

    @BeforeEach
    void clean() {
        TestDatabase.clean(dataSource);
    }

    private static Map<String, String> whatsapp(String body) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("MessageSid", "SM" + SIDS.incrementAndGet());
        p.put("From", "whatsapp:+31612345678");
        p.put("To", "whatsapp:+3197010203040");
        p.put("Body", body);
        p.put("NumMedia", "0");
        p.put("ProfileName", "Anna");
        p.put("WaId", "31612345678");
        return p;
    }

    private HttpResponse<String> post(String path, Map<String, String> params) {
        return postRaw(path, WebhookSigner.form(params).getBytes(StandardCharsets.UTF_8), WebhookSigner.sign(TOKEN, BASE + path, params));
    }

    private HttpResponse<String> postRaw(String path, byte[] body, String signature) {
        MutableHttpRequest<String> request = HttpRequest.POST(path, new String(body, StandardCharsets.US_ASCII)).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return http.toBlocking().exchange(request, String.class);
    }

    private String say(String text) {
        HttpResponse<String> r = post("/twilio/messages", whatsapp(text));
        assertEquals(200, r.code());
        return r.body();
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
    void answersWithTwiml() {
        HttpResponse<String> r = post("/twilio/messages", whatsapp("Hoi"));
        assertTrue(r.getContentType().orElseThrow().toString().startsWith("text/xml"));
        assertTrue(r.body().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message><Body>Hoi! Fijn dat je"), r.body());
    }

    @Test
    void missingSignatureIsRefusedAndStoresNothing() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () ->
                postRaw("/twilio/messages", WebhookSigner.form(whatsapp("Hoi")).getBytes(StandardCharsets.UTF_8), null));
        assertEquals(403, e.getStatus().getCode());
        assertEquals(0, messages.count());
    }

    @Test
    void wrongSignatureIsRefusedAndStoresNothing() {
        Map<String, String> p = whatsapp("Hoi");
        String sig = WebhookSigner.sign("another-token", BASE + "/twilio/messages", p);
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () ->
                postRaw("/twilio/messages", WebhookSigner.form(p).getBytes(StandardCharsets.UTF_8), sig));
        assertEquals(403, e.getStatus().getCode());
        assertEquals(0, messages.count());
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
        Map<String, String> p = whatsapp("Hoi");
        p.put("From", "+31612345678");
        p.put("To", "+3197010203040");
        p.remove("ProfileName");
        p.remove("WaId");
        HttpResponse<String> r = post("/twilio/messages", p);
        assertTrue(r.body().contains("Hoi! Fijn dat je"));
        post("/twilio/messages", withSid(p, "ja"));
        HttpResponse<String> contactQ = post("/twilio/messages", withSid(p, "mijn zoon van 15 in Ulft, dagbesteding, geen haast, geen indicatie, ik heet Tim"));
        assertTrue(contactQ.body().contains("1. Via sms"), contactQ.body());
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
        assertEquals(stored, messages.count());
    }

    @Test
    void emojiRoundTripIntact() {
        say("Hoi 👋🏽 ❤️");
        Message in = messages.findAll().iterator().next();
        assertEquals("Hoi 👋🏽 ❤️", in.body());
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
        String r = post("/twilio/messages", p).body();
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
        assertEquals(0, messages.count());
    }

    @Test
    void nulCharacterIsAClear400() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> post("/twilio/messages", whatsapp("a\u0000b")));
        assertEquals(400, e.getStatus().getCode());
        assertEquals(0, messages.count());
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
    void deliveryStatusNeverMovesBackwards() {
        say("Hoi");
        Message out = messages.findAll().iterator().next();
        messages.update(new Message(out.id(), out.conversationId(), Direction.OUT, out.author(), out.body(), null,
                "SMout1", null, null, null, null, out.createdAt()));
        Map<String, String> delivered = Map.of("MessageSid", "SMout1", "MessageStatus", "delivered");
        Map<String, String> lateSent = Map.of("MessageSid", "SMout1", "MessageStatus", "sent");
        assertEquals(204, post("/twilio/status", delivered).code());
        assertEquals(204, post("/twilio/status", lateSent).code());
        assertEquals("DELIVERED", messages.findByProviderMessageId("SMout1").orElseThrow().deliveryStatus());
    }
}
