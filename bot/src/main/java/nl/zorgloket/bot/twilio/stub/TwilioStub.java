package nl.zorgloket.bot.twilio.stub;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the part of Twilio's REST API that Zorgloket uses: create and list
 * messages ({@code /2010-04-01/Accounts/{sid}/Messages.json}). It checks Basic auth like Twilio,
 * records what was sent, can be told to fail the next requests (429, 5xx, a late answer, an answer
 * lost after the message was taken), and reports "sent" and "delivered" to each message's status
 * callback, signed like Twilio signs. Used by the tests and by the demo run; never in production.
 */
public final class TwilioStub implements AutoCloseable {
    private static final Pattern MESSAGES = Pattern.compile("^/2010-04-01/Accounts/([^/]+)/Messages\\.json$");
    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US);

    /** One message as Twilio took it. */
    /** @param contentSid the template asked for instead of a body; the body is then the stub's rendering of it */
    public record Sent(String sid, String to, String from, String body, String statusCallback, ZonedDateTime createdAt,
                       String contentSid, String contentVariables) {
    }

    /**
     * What to do with the next create request.
     *
     * @param takeMessage whether the message is recorded (sent) even though the answer is an error or late
     */
    private record Fault(int httpStatus, Integer twilioCode, boolean takeMessage, Duration delay) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient callbacks = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String accountSid;
    private final String authToken;
    private final List<Sent> sent = new ArrayList<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private int createRequests;
    private volatile boolean reportStatus = true;

    private TwilioStub(HttpServer server, String accountSid, String authToken) {
        this.server = server;
        this.accountSid = accountSid;
        this.authToken = authToken;
    }

    /** Starts on 127.0.0.1; port 0 picks a free one. */
    public static TwilioStub start(int port, String accountSid, String authToken) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            TwilioStub stub = new TwilioStub(server, accountSid, authToken);
            server.createContext("/", stub::handle);
            server.setExecutor(stub.executor);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the Twilio stub on port " + port, e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** Create requests seen, including refused ones. */
    public synchronized int createRequests() {
        return createRequests;
    }

    /** The next create request is refused with this status and Twilio error code; nothing is sent. */
    public synchronized TwilioStub failNext(int httpStatus, Integer twilioCode) {
        faults.add(new Fault(httpStatus, twilioCode, false, Duration.ZERO));
        return this;
    }

    /** The next message is sent, but the answer is this error: the client cannot know it went out. */
    public synchronized TwilioStub loseAnswerNext(int httpStatus) {
        faults.add(new Fault(httpStatus, null, true, Duration.ZERO));
        return this;
    }

    /** The next message is sent and answered only after this delay. */
    public synchronized TwilioStub answerLateNext(Duration delay) {
        faults.add(new Fault(201, null, true, delay));
        return this;
    }

    /** Whether messages report "sent" and "delivered" to their status callback (on by default). */
    public TwilioStub reportStatus(boolean on) {
        reportStatus = on;
        return this;
    }

    public synchronized void reset() {
        sent.clear();
        faults.clear();
        createRequests = 0;
        reportStatus = true;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = MESSAGES.matcher(exchange.getRequestURI().getRawPath());
            if (!path.matches() || !path.group(1).equals(accountSid)) {
                error(exchange, 404, 20404, "The requested resource was not found");
                return;
            }
            if (!authorized(exchange)) {
                error(exchange, 401, 20003, "Authenticate");
                return;
            }
            switch (exchange.getRequestMethod()) {
                case "POST" -> create(exchange);
                case "GET" -> list(exchange);
                default -> error(exchange, 405, 20004, "Method not allowed");
            }
        }
    }

    private boolean authorized(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
        return expected.equals(header);
    }

    private void create(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Fault fault;
        synchronized (this) {
            createRequests++;
            fault = faults.poll();
        }
        if (fault != null && !fault.takeMessage()) {
            error(exchange, fault.httpStatus(), fault.twilioCode(), "Injected failure");
            return;
        }
        String to = form.get("To");
        String from = form.get("From");
        String body = form.get("Body");
        if (to == null || to.isBlank()) {
            error(exchange, 400, 21604, "A 'To' phone number is required.");
            return;
        }
        if (from == null || from.isBlank()) {
            error(exchange, 400, 21603, "A 'From' phone number is required.");
            return;
        }
        String contentSid = form.get("ContentSid");
        if ((body == null || body.isEmpty()) && (contentSid == null || contentSid.isBlank())) {
            error(exchange, 400, 21619, "A text message body or media urls must be specified.");
            return;
        }
        if (contentSid != null && !contentSid.matches("HX[0-9a-fA-F]{32}")) {
            error(exchange, 400, 21656, "The ContentSid is invalid.");
            return;
        }
        Sent message = new Sent("SM" + HexFormat.of().formatHex(randomBytes()), to, from,
                contentSid == null ? body : "[template " + contentSid + " " + form.getOrDefault("ContentVariables", "{}") + "]",
                form.get("StatusCallback"), ZonedDateTime.now(ZoneOffset.UTC), contentSid, form.get("ContentVariables"));
        synchronized (this) {
            sent.add(message);
        }
        if (reportStatus && message.statusCallback() != null) {
            executor.submit(() -> report(message));
        }
        if (fault != null && fault.delay().isPositive()) {
            sleep(fault.delay());
        }
        if (fault != null && fault.httpStatus() >= 300) {
            error(exchange, fault.httpStatus(), null, "Injected failure after the message was taken");
            return;
        }
        respond(exchange, 201, resource(message, "queued"));
    }

    private void list(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        int pageSize;
        try {
            pageSize = Math.max(1, Math.min(1000, Integer.parseInt(query.getOrDefault("PageSize", "50"))));
        } catch (NumberFormatException e) {
            error(exchange, 400, 20001, "PageSize must be a number");
            return;
        }
        List<Map<String, Object>> page = new ArrayList<>();
        List<Sent> all = sent();
        for (int i = all.size() - 1; i >= 0 && page.size() < pageSize; i--) {
            Sent m = all.get(i);
            if ((!query.containsKey("To") || query.get("To").equals(m.to()))
                    && (!query.containsKey("From") || query.get("From").equals(m.from()))) {
                page.add(resource(m, "delivered"));
            }
        }
        String uri = exchange.getRequestURI().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messages", page);
        body.put("first_page_uri", uri);
        body.put("next_page_uri", null);
        body.put("previous_page_uri", null);
        body.put("uri", uri);
        body.put("page", 0);
        body.put("page_size", pageSize);
        body.put("start", 0);
        body.put("end", Math.max(0, page.size() - 1));
        respond(exchange, 200, body);
    }

    private Map<String, Object> resource(Sent m, String status) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("sid", m.sid());
        r.put("account_sid", accountSid);
        r.put("api_version", "2010-04-01");
        r.put("to", m.to());
        r.put("from", m.from());
        r.put("body", m.body());
        r.put("status", status);
        r.put("direction", "outbound-api");
        r.put("num_segments", "1");
        r.put("num_media", "0");
        r.put("date_created", RFC_2822.format(m.createdAt()));
        r.put("date_updated", RFC_2822.format(m.createdAt()));
        r.put("date_sent", null);
        r.put("error_code", null);
        r.put("error_message", null);
        r.put("uri", "/2010-04-01/Accounts/" + accountSid + "/Messages/" + m.sid() + ".json");
        return r;
    }

    /** Reports like Twilio: form-encoded, signed with the auth token over the URL and sorted parameters. */
    private void report(Sent message) {
        for (String status : List.of("sent", "delivered")) {
            sleep(Duration.ofMillis(50));
            Map<String, String> params = new TreeMap<>();
            params.put("AccountSid", accountSid);
            params.put("ApiVersion", "2010-04-01");
            params.put("From", message.from());
            params.put("To", message.to());
            params.put("MessageSid", message.sid());
            params.put("SmsSid", message.sid());
            params.put("MessageStatus", status);
            params.put("SmsStatus", status);
            HttpRequest request = WebhookSigner.post(message.statusCallback(), message.statusCallback(), authToken, params)
                    .timeout(Duration.ofSeconds(5))
                    .build();
            try {
                callbacks.send(request, HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                return; // the service is gone; Twilio would retry, the stub does not
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void error(HttpExchange exchange, int status, Integer code, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        body.put("more_info", code == null ? null : "https://www.twilio.com/docs/errors/" + code);
        body.put("status", status);
        respond(exchange, status, body);
    }

    private void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
