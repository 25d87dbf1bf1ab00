package nl.zorgloket.bot.twilio;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import nl.zorgloket.bot.twilio.stub.TwilioStub;
import nl.zorgloket.bot.twilio.stub.WebhookSigner;
import nl.zorgloket.intake.conversation.InboundQueue;
import nl.zorgloket.intake.outbox.OutboxRepository;
import nl.zorgloket.intake.testing.TestDatabase;

import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The service between a Twilio stub and signed webhooks, as Twilio sees it: a test posts what a
 * client writes and reads what the stub was asked to send.
 */
final class TwilioTestKit implements AutoCloseable {
    static final String TOKEN = "test-auth-token";
    static final String ACCOUNT = "ACtest00000000000000000000000000";
    static final String WHATSAPP_FROM = "+3197010203040";
    static final String SMS_FROM = "+3197010203041";

    final TwilioStub stub = TwilioStub.start(0, ACCOUNT, TOKEN);
    final int port = freePort();
    /** Where the stub sends status reports, and the URL webhooks are signed over. */
    final String base;

    private final boolean statusReports;

    /** Signed over the service's own address; the stub reports delivery status to it. */
    TwilioTestKit() {
        this.base = "http://localhost:" + port;
        this.statusReports = true;
    }

    /** Signed over a public address as behind a proxy; the stub cannot report status there. */
    TwilioTestKit(String publicBaseUrl) {
        this.base = publicBaseUrl;
        this.statusReports = false;
        reset();
    }

    /** Forgets what the stub was sent and told to do. */
    void reset() {
        stub.reset();
        stub.reportStatus(statusReports);
    }

    Map<String, String> properties() {
        Map<String, String> p = new HashMap<>(TestDatabase.properties());
        p.put("micronaut.server.port", String.valueOf(port));
        p.put("twilio.auth-token", TOKEN);
        p.put("twilio.public-base-url", base);
        p.put("twilio.account-sid", ACCOUNT);
        p.put("twilio.api-base-url", stub.baseUrl());
        p.put("twilio.whatsapp-from", WHATSAPP_FROM);
        p.put("twilio.sms-from", SMS_FROM);
        p.put("twilio.response-timeout", "500ms");
        p.put("zorgloket.inbound.sweep-interval", "50ms");
        p.put("zorgloket.outbox.poll-interval", "20ms");
        p.put("zorgloket.feed.poll-interval", "50ms");
        p.put("zorgloket.outbox.base-delay", "20ms");
        p.put("zorgloket.outbox.max-delay", "40ms");
        p.put("zorgloket.outbox.lookup-delay", "100ms");
        return p;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger SIDS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * One WhatsApp message from a client, and what the client reads in answer once everything has
     * settled: the TwiML answer and whatever was sent after it.
     */
    List<String> whatsapp(HttpClient http, InboundQueue inbound, OutboxRepository outbox, String number,
                          String profileName, String text) {
        int before = stub.sent().size();
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("MessageSid", "SMkit" + SIDS.incrementAndGet());
        p.put("From", "whatsapp:" + number);
        p.put("To", "whatsapp:" + WHATSAPP_FROM);
        p.put("Body", text);
        p.put("NumMedia", "0");
        p.put("ProfileName", profileName);
        HttpResponse<String> r = post(http, "/twilio/messages", p);
        if (r.code() != 200) {
            fail("the webhook answered " + r.code());
        }
        settle(inbound, outbox);
        List<String> read = new ArrayList<>(twimlBodies(r.body()));
        read.addAll(sentBodies(before));
        return read;
    }

    /** A signed webhook request, as Twilio makes it. */
    HttpResponse<String> post(HttpClient http, String path, Map<String, String> params) {
        return postRaw(http, path, WebhookSigner.form(params).getBytes(StandardCharsets.UTF_8),
                WebhookSigner.sign(TOKEN, base + path, params));
    }

    static HttpResponse<String> postRaw(HttpClient http, String path, byte[] body, String signature) {
        MutableHttpRequest<String> request = HttpRequest.POST(path, new String(body, StandardCharsets.US_ASCII))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return http.toBlocking().exchange(request, String.class);
    }

    /** Waits until every stored client message is handled and every reply has left (or failed). */
    static void settle(InboundQueue inbound, OutboxRepository outbox) {
        await("messages handled and replies sent", () -> inbound.waiting() == 0 && outbox.countUnsettled() == 0);
    }

    /** The message texts of a TwiML answer. */
    static List<String> twimlBodies(String twiml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList bodies = factory.newDocumentBuilder().parse(new InputSource(new StringReader(twiml)))
                    .getElementsByTagName("Body");
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < bodies.getLength(); i++) {
                texts.add(bodies.item(i).getTextContent());
            }
            return texts;
        } catch (Exception e) {
            throw new AssertionError("not TwiML: " + twiml, e);
        }
    }

    /** The texts the stub was asked to send, from the given index on. */
    List<String> sentBodies(int from) {
        List<TwilioStub.Sent> sent = stub.sent();
        return sent.subList(Math.min(from, sent.size()), sent.size()).stream().map(TwilioStub.Sent::body).toList();
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited 15 seconds for: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        stub.close();
    }
}
