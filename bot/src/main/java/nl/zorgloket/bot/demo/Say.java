package nl.zorgloket.bot.demo;

import nl.zorgloket.bot.twilio.stub.WebhookSigner;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo's client (bin/say): sends one message to the running service as Twilio would deliver a
 * WhatsApp or SMS message, signed with the service's auth token, and prints the bot's answer.
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
        String path = "/twilio/messages";
        HttpRequest request = WebhookSigner.post(base.replaceAll("/+$", "") + path, publicBase + path, token, params)
                .build();
        HttpResponse<byte[]> response;
        try (HttpClient http = HttpClient.newHttpClient()) {
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
        for (String reply : replies(response.body())) {
            System.out.println(reply);
            System.out.println();
        }
    }

    private static java.util.List<String> replies(byte[] twiml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(twiml));
        NodeList bodies = doc.getElementsByTagName("Body");
        java.util.List<String> replies = new java.util.ArrayList<>();
        for (int i = 0; i < bodies.getLength(); i++) {
            replies.add(bodies.item(i).getTextContent());
        }
        return replies;
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
