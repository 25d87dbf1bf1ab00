package nl.zorgloket.bot.demo;

import nl.zorgloket.bot.twilio.stub.WebhookSigner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo's client (bin/say): sends one message to the running service as Twilio would deliver a
 * WhatsApp or SMS message, signed with the service's auth token, and prints the bot's answer as the
 * demo's Twilio stand-in received it.
 */
public final class Say {
    private Say() {
    }

    public static void main(String[] args) throws Exception {
        boolean sms = false;
        String from = "+31600000001";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sms" -> sms = true;
                case "--from" -> {
                    if (++i == args.length) {
                        usage();
                        return;
                    }
                    from = args[i];
                }
                default -> text.append(text.isEmpty() ? "" : " ").append(args[i]);
            }
        }
        if (text.isEmpty()) {
            usage();
            return;
        }
        String base = env("ZORGLOKET_URL", "http://localhost:" + env("MICRONAUT_SERVER_PORT", "8080"));
        String publicBase = env("TWILIO_PUBLIC_BASE_URL", base).replaceAll("/+$", "");
        String token = env("TWILIO_AUTH_TOKEN", null);
        if (token == null) {
            token = Demo.authToken(Path.of("data", "demo"));
        }
        byte[] id = new byte[16];
        new SecureRandom().nextBytes(id);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", "SM" + HexFormat.of().formatHex(id));
        params.put("AccountSid", Demo.ACCOUNT_SID);
        params.put("From", sms ? from : "whatsapp:" + from);
        params.put("To", sms ? Demo.COOPERATIVE_NUMBER : "whatsapp:" + Demo.COOPERATIVE_NUMBER);
        params.put("Body", text.toString());
        params.put("NumMedia", "0");
        if (!sms) {
            params.put("ProfileName", "Demo");
            params.put("WaId", from.replace("+", ""));
        }
        String stub = Demo.stubUrl(Path.of("data", "demo"));
        String to = params.get("From");
        Set<String> before = new HashSet<>();
        try (HttpClient http = HttpClient.newHttpClient()) {
            if (stub != null) {
                try {
                    sentTo(http, stub, token, to).forEach(m -> before.add(m.get("sid").asText()));
                } catch (java.io.IOException e) {
                    stub = null; // an address left by an earlier run; this one has no stand-in
                }
            }
            String path = "/twilio/messages";
            HttpRequest request = WebhookSigner.post(base.replaceAll("/+$", "") + path, publicBase + path, token, params)
                    .build();
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (java.net.ConnectException e) {
                System.err.println("Zorgloket does not answer at " + base + ". Start it with bin/run.");
                System.exit(2);
                return;
            }
            if (response.statusCode() != 200) {
                System.err.println("HTTP " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
                System.exit(1);
            }
            List<String> answer = replies(response.body());
            for (String reply : answer) {
                System.out.println(reply);
                System.out.println();
            }
            if (answer.isEmpty()) {
                if (stub == null) {
                    System.out.println("(no answer in the webhook's response; later replies go through Twilio)");
                    return;
                }
                printReplies(http, stub, token, to, before);
            }
        }
    }

    private static List<String> replies(byte[] twiml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList bodies = factory.newDocumentBuilder().parse(new ByteArrayInputStream(twiml)).getElementsByTagName("Body");
        List<String> replies = new ArrayList<>();
        for (int i = 0; i < bodies.getLength(); i++) {
            replies.add(bodies.item(i).getTextContent());
        }
        return replies;
    }

    /**
     * A message that could not be answered at once is answered through Twilio's REST API, here the
     * demo's stand-in: prints what it was asked to send to this client, once the replies have
     * stopped coming for a moment.
     */
    private static void printReplies(HttpClient http, String stub, String token, String to, Set<String> before)
            throws Exception {
        List<JsonNode> replies = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Thread.sleep(150);
            List<JsonNode> now = sentTo(http, stub, token, to).stream()
                    .filter(m -> !before.contains(m.get("sid").asText())).toList();
            if (now.size() != replies.size()) {
                replies = now;
                quietSince = System.nanoTime();
            } else if (!replies.isEmpty() && System.nanoTime() - quietSince > Duration.ofMillis(800).toNanos()) {
                break;
            }
        }
        if (replies.isEmpty()) {
            System.out.println("(no answer from the bot: a staff member has this conversation)");
        }
        for (JsonNode reply : replies) {
            System.out.println(reply.get("body").asText());
            System.out.println();
        }
    }

    /** What the stand-in was asked to send to this address, oldest first. */
    private static List<JsonNode> sentTo(HttpClient http, String stub, String token, String to) throws Exception {
        String uri = stub + "/2010-04-01/Accounts/" + Demo.ACCOUNT_SID + "/Messages.json?PageSize=1000&To="
                + URLEncoder.encode(to, StandardCharsets.UTF_8);
        String basic = Base64.getEncoder().encodeToString((Demo.ACCOUNT_SID + ":" + token).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("the Twilio stand-in answered HTTP " + page.statusCode());
        }
        List<JsonNode> messages = new ArrayList<>();
        new ObjectMapper().readTree(page.body()).get("messages").forEach(messages::add);
        return messages.reversed();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void usage() {
        System.err.println("""
                usage: bin/say [--sms] [--from +316...] text
                  Sends one WhatsApp message (or SMS) to the running Zorgloket, as Twilio would, and
                  prints the answer. ZORGLOKET_URL (default http://localhost:8080) says where it runs.""");
        System.exit(64);
    }
}
