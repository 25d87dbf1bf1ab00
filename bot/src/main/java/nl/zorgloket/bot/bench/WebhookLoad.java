package nl.zorgloket.bot.bench;

import nl.zorgloket.bot.demo.Demo;
import nl.zorgloket.bot.twilio.stub.WebhookSigner;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Load for bin/bench: closed-loop clients, each a WhatsApp client going through a whole care
 * request and then starting over from a new number, sending Twilio-signed webhooks. The same
 * signed requests go to the HTTP ceiling (/bench/noop) and the database ceiling (/bench/insert)
 * first, so that all three are measured in one run with the same client cost.
 */
public final class WebhookLoad {
    static final List<String> CONVERSATION = List.of(
            "Hallo, ik zoek dagbesteding op een zorgboerderij voor mijn zoon van 15 met autisme, wij wonen in Lichtenvoorde",
            "ja", "binnen een paar weken", "nee", "Anna", "1", "ja", "1", "Dank je wel!");

    private final String baseUrl;
    private final String publicBaseUrl;
    private final String token;
    private final int clients;
    private final Duration warmup;
    private final Duration measure;
    private final long pid;
    /** Only the webhook, for profiling the service (BENCH_JAVA_OPTS) without the reference points. */
    private final boolean webhookOnly;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong sids = new AtomicLong();
    /** Requests answered with 200, warm-up included: each answered webhook must be a stored message. */
    private final AtomicLong answered = new AtomicLong();
    /** Requests whose connection broke: the service may or may not have stored them. */
    private final AtomicLong lostRequests = new AtomicLong();
    /** What went wrong first in the current phase, printed with its error count. */
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private final AtomicLong numbers = new AtomicLong();
    private final long runNumber = System.currentTimeMillis() / 1000 % 100_000;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private WebhookLoad(Map<String, String> args) {
        this.baseUrl = args.getOrDefault("url", "http://127.0.0.1:18080");
        this.publicBaseUrl = args.getOrDefault("public-base-url", baseUrl);
        this.token = args.get("token");
        this.clients = Integer.parseInt(args.getOrDefault("clients", "16"));
        this.warmup = Duration.ofSeconds(Long.parseLong(args.getOrDefault("warmup", "60")));
        this.measure = Duration.ofSeconds(Long.parseLong(args.getOrDefault("seconds", "30")));
        this.pid = Long.parseLong(args.getOrDefault("pid", "0"));
        this.webhookOnly = Boolean.parseBoolean(args.getOrDefault("webhook-only", "false"));
        if (token == null) {
            throw new IllegalArgumentException("--token is required");
        }
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        new WebhookLoad(args).runAll();
    }

    private record Result(String name, long requests, long errors, double seconds, long[] latenciesMicros,
                          long rssKib) {
        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            return percentile(latenciesMicros, p) / 1000.0;
        }
    }

    private void runAll() throws Exception {
        System.out.printf(Locale.ROOT, "%d closed-loop clients, %d s warm-up and %d s measured per endpoint%n",
                clients, warmup.toSeconds(), measure.toSeconds());
        List<Result> results = new ArrayList<>();
        String webhookName = "webhook (POST /twilio/messages: verify, store, handle, answer TwiML)";
        if (webhookOnly) {
            phase(webhookName, "/twilio/messages");
            return;
        }
        results.add(phase("HTTP ceiling (POST /bench/noop: parse the form)", "/bench/noop"));
        results.add(phase("database ceiling (POST /bench/insert: one durable INSERT)", "/bench/insert"));
        long before = stored();
        answered.set(0);
        lostRequests.set(0);
        long webhookStart = System.nanoTime();
        Result webhook = phase(webhookName, "/twilio/messages");
        results.add(webhook);
        long webhookRequests = answered.get();
        long storedNow = stored() - before;
        long loadEnd = System.nanoTime();
        String backlogAtEnd = backlog();
        drain();
        double drainSeconds = (System.nanoTime() - loadEnd) / 1e9;
        double handledPerSecond = storedNow / ((System.nanoTime() - webhookStart) / 1e9);

        System.out.println();
        System.out.println("| endpoint | messages/s | p50 ms | p99 ms | errors | service RSS MiB |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %d | %s |%n", r.name(), r.perSecond(),
                    r.percentileMillis(50), r.percentileMillis(99), r.errors(),
                    r.rssKib() > 0 ? String.format(Locale.ROOT, "%.0f", r.rssKib() / 1024.0) : "n/a");
        }
        Result insert = results.get(1);
        System.out.printf(Locale.ROOT, "%nwebhook throughput is %.0f%% of the single-insert ceiling and %.0f%% of the HTTP ceiling%n",
                100 * webhook.perSecond() / insert.perSecond(), 100 * webhook.perSecond() / results.get(0).perSecond());
        boolean durable = storedNow >= webhookRequests && storedNow <= webhookRequests + lostRequests.get();
        System.out.printf(Locale.ROOT, "durability: %d webhook requests answered 200, %d inbound messages stored%s%s%n",
                webhookRequests, storedNow, lostRequests.get() > 0 ? " (" + lostRequests.get() + " requests lost their connection)" : "",
                durable ? ": every answered message is stored" : ": MISMATCH");
        System.out.printf(Locale.ROOT, "handling: when the load stopped %s messages waited and %s replies were unsent; "
                        + "all handled and sent %.1f s later%n", backlogAtEnd.split(" ")[0], backlogAtEnd.split(" ")[1],
                drainSeconds);
        System.out.printf(Locale.ROOT, "handling throughput (messages stored by the webhook phase, warm-up included, "
                + "over the time from its start until all were handled and answered): %.0f/s%n", handledPerSecond);
        String[] handling = get("/bench/handling?prefix=SMbench" + run + "x").split("\n", -1);
        long[] written = micros(handling[0]);
        long[] sent = micros(handling[1]);
        System.out.printf(Locale.ROOT, "from arrival to the first reply written: p50 %.1f ms, p99 %.1f ms (%d messages)%n",
                percentile(written, 50) / 1000.0, percentile(written, 99) / 1000.0, written.length);
        if (sent.length == 0) {
            System.out.println("from arrival to the first reply accepted by Twilio (the stub): no reply went through "
                    + "the outbox, every message was answered in the webhook's own response");
        } else {
            System.out.printf(Locale.ROOT, "from arrival to the first reply accepted by Twilio (the stub): p50 %.1f ms, "
                    + "p99 %.1f ms (%d messages)%n", percentile(sent, 50) / 1000.0, percentile(sent, 99) / 1000.0,
                    sent.length);
        }
        if (pid > 0) {
            System.out.printf(Locale.ROOT, "service peak RSS (VmHWM): %.0f MiB%n", status("VmHWM:") / 1024.0);
        }
    }

    /** Waits until every stored message is handled and every reply sent (at most ten minutes). */
    private void drain() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (!backlog().equals("0 0")) {
            if (System.nanoTime() > deadline) {
                System.out.println("handling did not finish within ten minutes after the load: " + backlog());
                return;
            }
            Thread.sleep(100);
        }
    }

    /** {batches, messages} the service's inbound batcher has taken so far. */
    private long[] batches() throws IOException, InterruptedException {
        return Arrays.stream(get("/bench/batches").strip().split(" ")).mapToLong(Long::parseLong).toArray();
    }

    private String backlog() throws IOException, InterruptedException {
        return get("/bench/backlog").strip();
    }

    private static long[] micros(String line) {
        return line.isBlank() ? new long[0] : Arrays.stream(line.strip().split(" ")).mapToLong(Long::parseLong).toArray();
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))];
    }

    private Result phase(String name, String path) throws Exception {
        runClients(path, warmup, false, new ArrayList<>(), new ArrayList<>());
        firstError.set(null);
        List<long[]> perClient = new ArrayList<>();
        List<int[]> stepsPerClient = new ArrayList<>();
        boolean webhook = path.startsWith("/twilio/");
        long[] batchesBefore = webhook ? batches() : null;
        long[] counts = runClients(path, measure, true, perClient, stepsPerClient);
        if (webhook) {
            long[] batchesAfter = batches();
            long batches = batchesAfter[0] - batchesBefore[0];
            long messages = batchesAfter[1] - batchesBefore[1];
            System.out.printf(Locale.ROOT, "webhook messages were stored and handled in batches of %.1f on average "
                    + "(%d messages in %d batches)%n", batches == 0 ? 0.0 : (double) messages / batches, messages, batches);
            printPerStep(perClient, stepsPerClient);
        }
        long total = Arrays.stream(perClient.toArray(long[][]::new)).mapToLong(a -> a.length).sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (long[] a : perClient) {
            System.arraycopy(a, 0, all, at, a.length);
            at += a.length;
        }
        Arrays.sort(all);
        Result r = new Result(name, counts[0], counts[1], measure.toNanos() / 1e9, all, pid > 0 ? status("VmRSS:") : 0);
        System.out.printf(Locale.ROOT, "%s: %.0f/s, p50 %.2f ms, p99 %.2f ms, %d errors%s%n", name, r.perSecond(),
                r.percentileMillis(50), r.percentileMillis(99), r.errors(),
                firstError.get() == null ? "" : " (the first: " + firstError.get() + ")");
        return r;
    }

    /**
     * Latency per message of the conversation: where the slow answers are. The first message is
     * read whole; the seventh (the confirmation) stores the case and searches providers.
     */
    private static void printPerStep(List<long[]> perClient, List<int[]> stepsPerClient) {
        List<List<Long>> byStep = new ArrayList<>();
        for (int i = 0; i < CONVERSATION.size(); i++) {
            byStep.add(new ArrayList<>());
        }
        for (int c = 0; c < perClient.size(); c++) {
            for (int i = 0; i < perClient.get(c).length; i++) {
                byStep.get(stepsPerClient.get(c)[i]).add(perClient.get(c)[i]);
            }
        }
        StringBuilder line = new StringBuilder("latency per message of the conversation, p50/p99 ms:");
        for (int i = 0; i < byStep.size(); i++) {
            long[] sorted = byStep.get(i).stream().mapToLong(Long::longValue).sorted().toArray();
            line.append(String.format(Locale.ROOT, "%s %d \"%s\" %.1f/%.1f", i == 0 ? "" : ";", i + 1,
                    abbreviate(CONVERSATION.get(i)), percentile(sorted, 50) / 1000.0, percentile(sorted, 99) / 1000.0));
        }
        System.out.println(line);
    }

    static String abbreviate(String text) {
        return text.length() <= 12 ? text : text.substring(0, 11) + "…";
    }

    /**
     * Returns {answered requests, errors}; latencies of answered requests go to perClient and the
     * index of each one's message in the conversation to stepsPerClient.
     */
    private long[] runClients(String path, Duration duration, boolean record, List<long[]> perClient,
                              List<int[]> stepsPerClient) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<long[]>> futures = new ArrayList<>();
            List<List<Long>> latencies = new ArrayList<>();
            List<List<Integer>> steps = new ArrayList<>();
            AtomicLong errors = new AtomicLong();
            for (int c = 0; c < clients; c++) {
                List<Long> mine = new ArrayList<>();
                List<Integer> mySteps = new ArrayList<>();
                latencies.add(mine);
                steps.add(mySteps);
                futures.add(pool.submit(() -> {
                    long answered = 0;
                    String from = newNumber();
                    int step = 0;
                    while (System.nanoTime() < deadline) {
                        if (step == CONVERSATION.size()) {
                            from = newNumber();
                            step = 0;
                        }
                        HttpRequest request = request(path, from, CONVERSATION.get(step++));
                        long start = System.nanoTime();
                        HttpResponse<Void> response;
                        try {
                            response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        } catch (IOException e) {
                            // a lost connection is an error of this request, not the end of the run
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e.toString());
                            lostRequests.incrementAndGet();
                            continue;
                        }
                        long micros = (System.nanoTime() - start) / 1000;
                        if (response.statusCode() == 200) {
                            answered++;
                            WebhookLoad.this.answered.incrementAndGet();
                            if (record) {
                                mine.add(micros);
                                mySteps.add(step - 1);
                            }
                        } else {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, "HTTP " + response.statusCode());
                        }
                    }
                    return new long[] {answered};
                }));
            }
            long answered = 0;
            for (Future<long[]> f : futures) {
                answered += f.get()[0];
            }
            for (int c = 0; c < clients; c++) {
                perClient.add(latencies.get(c).stream().mapToLong(Long::longValue).toArray());
                stepsPerClient.add(steps.get(c).stream().mapToInt(Integer::intValue).toArray());
            }
            return new long[] {answered, errors.get()};
        }
    }

    private String newNumber() {
        // a new number per conversation and per run: an earlier run's contacts never continue
        return String.format(Locale.ROOT, "+3169%05d%05d", runNumber, numbers.incrementAndGet() % 100_000);
    }

    private HttpRequest request(String path, String from, String text) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("MessageSid", "SMbench" + run + "x" + sids.incrementAndGet());
        p.put("AccountSid", Demo.ACCOUNT_SID);
        p.put("From", "whatsapp:" + from);
        p.put("To", "whatsapp:" + Demo.COOPERATIVE_NUMBER);
        p.put("Body", text);
        p.put("NumMedia", "0");
        p.put("ProfileName", "Bench");
        return WebhookSigner.post(baseUrl + path, publicBaseUrl + path, token, p)
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    private long stored() throws IOException, InterruptedException {
        return Long.parseLong(get("/bench/stored?prefix=SMbench" + run + "x").strip());
    }

    private String get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + pathAndQuery + " answered HTTP " + r.statusCode());
        }
        return r.body();
    }

    private long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
