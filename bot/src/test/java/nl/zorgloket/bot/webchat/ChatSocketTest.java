package nl.zorgloket.bot.webchat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.websocket.WebSocketClient;
import io.micronaut.websocket.annotation.ClientWebSocket;
import io.micronaut.websocket.annotation.OnMessage;
import jakarta.inject.Inject;
import nl.zorgloket.admin.staff.StaffTokens;
import nl.zorgloket.admin.testing.Api;
import nl.zorgloket.admin.testing.ApiTest;
import nl.zorgloket.intake.conversation.MessageRepository;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web chat's socket: sessions, the dialogue, resuming, and staff writing to a web client. */
@MicronautTest(transactional = false, environments = "test")
class ChatSocketTest extends ApiTest {
    @Inject
    @Client("/")
    WebSocketClient sockets;
    @Inject
    MessageRepository messages;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("twilio.auth-token", "test-auth-token");
        p.put("zorgloket.webchat.poll-interval", "50ms");
        p.put("zorgloket.outbox.poll-interval", "50ms");
        p.put("zorgloket.webchat.allowed-origins", "https://www.sorg.example");
        // Micronaut refuses every other origin on a server bound to localhost; here the chat's own
        // origin rule is under test, as on a real host
        p.put("micronaut.server.cors.localhost-pass-through", "true");
        return p;
    }

    @ClientWebSocket
    abstract static class Browser implements AutoCloseable {
        final BlockingQueue<String> frames = new LinkedBlockingQueue<>();

        @OnMessage
        void onMessage(String frame) {
            frames.add(frame);
        }

        abstract void send(String frame);
    }

    private Browser open(String origin) {
        return Flux.from(sockets.connect(Browser.class, HttpRequest.GET("/chat/ws").header("Origin", origin)))
                .blockFirst(Duration.ofSeconds(5));
    }

    private Map<?, ?> next(Browser b, Predicate<Map<?, ?>> wanted) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String frame = b.frames.poll(100, TimeUnit.MILLISECONDS);
            if (frame != null) {
                Map<?, ?> f = json.readValue(frame, Map.class);
                if (wanted.test(f)) {
                    return f;
                }
            }
        }
        throw new AssertionError("no such frame in time");
    }

    private static Predicate<Map<?, ?>> from(String who) {
        return f -> "message".equals(f.get("type")) && who.equals(f.get("from"));
    }

    private String hello(Browser b, String token, long after) throws Exception {
        b.send(json.writeValueAsString(token == null ? Map.of("type", "hello", "after", after)
                : Map.of("type", "hello", "token", token, "after", after)));
        return (String) next(b, f -> "session".equals(f.get("type"))).get("token");
    }

    private void say(Browser b, String ref, String text) throws Exception {
        b.send(json.writeValueAsString(Map.of("type", "message", "ref", ref, "text", text)));
    }

    @Test
    void aVisitorChatsWithTheSameDialogueAsOnWhatsApp() throws Exception {
        try (Browser b = open("https://www.sorg.example")) {
            String token = hello(b, null, 0);
            assertTrue(token.length() >= 40, token);
            say(b, "m1", "Hallo, ik zoek dagbesteding op een zorgboerderij voor mijn zoon van 15 met autisme, wij wonen in Lichtenvoorde");
            Map<?, ?> echo = next(b, from("client"));
            assertEquals("m1", echo.get("ref"));
            Map<?, ?> bot = next(b, from("bot"));
            assertFalse(String.valueOf(bot.get("text")).isBlank());
        }
    }

    @Test
    void numberedOptionsBecomeButtons() {
        assertEquals(List.of(new ChatFrames.Choice("1", "Ja, dat is goed"), new ChatFrames.Choice("2", "Nee")),
                ChatFrames.choices("Klopt dit?\n1. Ja, dat is goed\n2. Nee"));
        assertEquals(List.of(), ChatFrames.choices("Ik ben 1 van de 2 medewerkers."));
    }

    @Test
    void suggestedProvidersAreButtonsByNameWithOneForNoPreference() {
        String offer = "Deze aanbieders passen misschien bij je vraag:\n"
                + "1. Ontmoetingscentrum 't Hofke (demo) – werkt in Oost Gelre, ervaring met geheugenproblemen of "
                + "dementie, helpt mensen vanaf 55 jaar, heeft plek voor nieuwe cliënten\n\n"
                + "Heb je een voorkeur? Stuur het nummer. Geen voorkeur? Stuur 0.";
        assertEquals(List.of(new ChatFrames.Choice("1", "Ontmoetingscentrum 't Hofke (demo)"),
                new ChatFrames.Choice("0", "Geen voorkeur")), ChatFrames.choices(offer));
        // asked again after a question, by name only
        String again = "Daar kan je coördinator je meer over vertellen. Ik heb je vraag bij je aanvraag gezet.\n\n"
                + "1. Zorgboerderij De Linde\n2. Zorgerf Het Veld\n\nHeb je een voorkeur? Stuur het nummer. Geen "
                + "voorkeur? Stuur 0.";
        assertEquals(List.of(new ChatFrames.Choice("1", "Zorgboerderij De Linde"), new ChatFrames.Choice("2",
                "Zorgerf Het Veld"), new ChatFrames.Choice("0", "Geen voorkeur")), ChatFrames.choices(again));
    }

    @Test
    void theSummaryGetsAYesAndAWayToChangeNotAButtonPerLine() {
        String summary = "Dit heb ik genoteerd:\n1. Voor: je vader\n2. Leeftijd: 81 jaar\n\n"
                + "Klopt dit? Stuur 'ja', of het nummer van wat je wilt veranderen.";
        assertEquals(List.of(new ChatFrames.Choice("ja", "Ja, dit klopt"),
                new ChatFrames.Choice("iets veranderen", "Iets veranderen")), ChatFrames.choices(summary));
        assertEquals(List.of(new ChatFrames.Choice("yes", "Yes, that's right"),
                new ChatFrames.Choice("change something", "Change something")),
                ChatFrames.choices("This is what I noted:\n1. For: your father\n2. Age: 81 years\n\n"
                        + "Is this right? Send 'yes', or the number of what you want to change."));
    }

    @Test
    void aReloadResumesTheChatWithNothingLostOrDoubled() throws Exception {
        String token;
        List<Object> ids = new ArrayList<>();
        try (Browser b = open("https://www.sorg.example")) {
            token = hello(b, null, 0);
            say(b, "m1", "Hoi");
            ids.add(next(b, from("client")).get("id"));
            ids.add(next(b, from("bot")).get("id"));
        }
        try (Browser again = open("https://www.sorg.example")) {
            assertEquals(token, hello(again, token, 0));
            assertEquals(ids.get(0), next(again, from("client")).get("id"));
            assertEquals(ids.get(1), next(again, from("bot")).get("id"));
            // the same message sent again after a dropped connection counts once
            say(again, "m1", "Hoi");
            say(again, "m2", "Ik zoek hulp in het huishouden");
            Map<?, ?> second = next(again, from("client"));
            assertEquals("m2", second.get("ref"));
        }
        long clientMessages = java.util.stream.StreamSupport.stream(messages.findAll().spliterator(), false)
                .filter(m -> m.providerMessageId() != null && m.providerMessageId().startsWith("web:")).count();
        assertEquals(2, clientMessages, "m1 once, m2 once");
    }

    @Test
    void staffWriteToAWebChatClientThroughTheSameConsole() throws Exception {
        String staff = StaffTokens.withRole(api, adminToken(), "STAFF");
        try (Browser b = open("https://www.sorg.example")) {
            hello(b, null, 0);
            say(b, "m1", "Hoi");
            next(b, from("bot"));
            say(b, "m2", "medewerker");
            next(b, f -> "message".equals(f.get("type")) && String.valueOf(f.get("text")).contains("medewerker"));
            long id = ((Number) api.get("/api/conversations?mode=WAITING", staff).list().getFirst().get("id")).longValue();
            assertEquals(200, api.post("/api/conversations/" + id + "/takeover", Map.of(), staff).status());
            assertEquals(201, api.post("/api/conversations/" + id + "/messages", Map.of("text", "Goedemiddag, ik ben Test."),
                    staff).status());
            assertEquals("Goedemiddag, ik ben Test.", next(b, from("staff")).get("text"));
        }
    }

    @Test
    void aChatThatSendsTooManyMessagesAMinuteIsSlowedDown() throws Exception {
        try (Browser b = open("https://www.sorg.example")) {
            hello(b, null, 0);
            for (int i = 0; i < 31; i++) {
                say(b, "r" + i, "hallo " + i);
            }
            assertEquals("too-fast", next(b, f -> "error".equals(f.get("type"))).get("code"));
        }
        long stored = java.util.stream.StreamSupport.stream(messages.findAll().spliterator(), false)
                .filter(m -> m.providerMessageId() != null && m.providerMessageId().startsWith("web:")).count();
        assertEquals(30, stored);
    }

    @Test
    void anotherSiteCannotOpenTheSocket() {
        Api.Answer refused = api.send(HttpRequest.GET("/chat/ws").header("Origin", "https://evil.example"), null);
        assertEquals(403, refused.status());
        assertEquals("Origin not allowed", refused.text("title"));
        assertThrows(RuntimeException.class, () -> open("https://evil.example"));
    }

    @Test
    void badFramesGetAClearErrorAndStoreNothing() throws Exception {
        try (Browser b = open("https://www.sorg.example")) {
            say(b, "m1", "Hoi");
            assertEquals("Say hello first.", next(b, f -> "error".equals(f.get("type"))).get("reason"));
            hello(b, null, 0);
            say(b, "m2", "x".repeat(ChatSocket.MAX_TEXT + 1));
            assertEquals("too-long", next(b, f -> "error".equals(f.get("type"))).get("code"));
            b.send("{not json");
            assertEquals("A frame is a JSON object with a type.", next(b, f -> "error".equals(f.get("type"))).get("reason"));
        }
        assertEquals(0, messages.count());
    }

    @Test
    void thePageRunsOnlyItsOwnScriptAndMayBeFramedOnlyByAllowedSites() {
        var page = http.toBlocking().exchange(HttpRequest.GET("/chat"), String.class);
        String policy = page.getHeaders().get("Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("default-src 'none'"), policy);
        assertTrue(policy.contains("frame-ancestors 'self' https://www.sorg.example"), policy);
        assertEquals("nosniff", page.getHeaders().get("X-Content-Type-Options"));
        assertTrue(page.body().contains("<script src=\"/chat/chat.js\" defer></script>"));
        for (String file : List.of("/chat/chat.js", "/chat/chat.css", "/chat/widget.js")) {
            assertEquals(200, http.toBlocking().exchange(HttpRequest.GET(file), String.class).code(), file);
        }
    }

    @Test
    void theConsoleIsAPageOnTheAdminApiThatNobodyMayFrame() {
        var page = http.toBlocking().exchange(HttpRequest.GET("/console"), String.class);
        String policy = page.getHeaders().get("Content-Security-Policy");
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("script-src 'self'"), policy);
        assertTrue(page.body().contains("<script src=\"/console/console.js\" defer></script>"));
        for (String file : List.of("/console/console.js", "/console/console.css")) {
            assertEquals(200, http.toBlocking().exchange(HttpRequest.GET(file), String.class).code(), file);
        }
    }
}
