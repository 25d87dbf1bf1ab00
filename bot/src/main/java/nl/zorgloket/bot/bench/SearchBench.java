package nl.zorgloket.bot.bench;

import nl.zorgloket.search.care.CareVocabulary;
import nl.zorgloket.search.place.Gazetteer;
import nl.zorgloket.search.place.Municipality;
import nl.zorgloket.search.provider.Provider;
import nl.zorgloket.search.provider.ProviderIndex;
import nl.zorgloket.search.provider.ProviderQuery;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The search benchmark (bin/bench-search, docs/benchmarks.md): synthetic providers in the Lucene
 * index and in a MariaDB table with a FULLTEXT index, the same queries against both, and for each
 * the indexing rate and the query latency and throughput. Synthetic, seeded, the same every run.
 */
public final class SearchBench {
    private static final List<String> EXPERTISE = List.of("dagbesteding", "zorgboerderij", "autisme", "jeugdzorg",
            "gedragsproblemen", "logeeropvang", "respijtzorg", "mantelzorg", "thuisadministratie", "schuldhulp",
            "dementie", "ouderen", "wijkverpleging", "thuiszorg", "huishouden", "ggz", "depressie", "angst",
            "verslaving", "hersenletsel", "begeleid wonen", "begeleiding", "verstandelijke beperking",
            "lichamelijke beperking", "coaching", "dagopvang", "woonzorg", "jeugdhulp", "wondzorg");
    private static final List<String> KINDS = List.of("Zorgboerderij", "Zorgerf", "Dagcentrum", "Stichting",
            "Praktijk", "Logeerhuis", "Woongroep", "Thuiszorg", "Coachpraktijk", "Ontmoetingscentrum");
    private static final List<String> NAMES = List.of("De Linde", "Het Veld", "De Hazelaar", "De Eik", "Zonnehoek",
            "De Berkel", "Het Anker", "De Brug", "Lichtpunt", "De Horst", "Het Baken", "De Wilg", "Klaver", "De Es");
    private static final List<String> FILLER = List.of("Wij werken in kleine groepen met vaste begeleiders.",
            "Er is aandacht voor structuur, rust en een zinvolle dag.", "Samen met de familie maken we een plan.",
            "Vervoer van en naar huis kan worden geregeld.", "Wij werken met een indicatie uit de Wmo of de Jeugdwet.",
            "Ook in de vakanties en op zaterdag zijn wij open.", "Er is een tuin, een werkplaats en een keuken.");
    /** Client needs as clients write them (the relevance suite's). */
    private static final List<String> NEEDS = List.of("mijn zoon heeft ASS en zoekt iets na school",
            "dagbesteding op een zorgboerderij voor mijn zoon met autisme", "logeren voor mijn dochter met autisme",
            "ik heb schulden en kan de rekeningen niet meer betalen", "mijn moeder wordt steeds vergeetachtiger",
            "dementie dagbesteding", "ik voel me somber en depressief", "psychische klachten",
            "mijn man drinkt te veel", "na een beroerte dagbesteding", "wijkverpleging voor mijn oma",
            "hulp in het huishouden", "begeleid wonen voor mijn zoon met autisme", "ik ben mantelzorger en overbelast",
            "gedragsproblemen", "jeugdhulp", "verstandelijke beperking dagbesteding", "zorgboerderij met dieren",
            "hulp met de thuisadministratie voor mijn vader", "respijtzorg", "wondzorg na een operatie",
            "een woonplek met begeleiding", "angst en paniek", "coaching voor een jongere met adhd");

    private record Query(String need, String municipality, int age) {
    }

    private record Result(double perSecond, double p50Ms, double p99Ms, long count) {
    }

    private interface Searcher {
        void search(Query q) throws Exception;
    }

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int count = Integer.parseInt(o.getOrDefault("providers", "100000"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "10"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "3"));
        int threads = Integer.parseInt(o.getOrDefault("threads", "2"));
        String url = o.getOrDefault("url", "jdbc:mariadb://127.0.0.1:3306/zorgloket_bench?createDatabaseIfNotExist=true");

        List<Municipality> municipalities = new ArrayList<>(Gazetteer.bundled().municipalities());
        municipalities.sort(Comparator.comparing(Municipality::name));
        List<Provider> providers = providers(count, municipalities, new Random(42));
        List<Query> typical = queries(municipalities, new Random(7), false);
        List<Query> typos = queries(municipalities, new Random(7), true);
        System.out.printf("%d synthetic providers, %d municipalities; %d s per run after %d s warm-up%n", count,
                municipalities.size(), seconds, warmup);

        Path dir = Files.createTempDirectory("zorgloket-search-bench");
        try (ProviderIndex index = ProviderIndex.open(FSDirectory.open(dir), CareVocabulary.bundled())) {
            long start = System.nanoTime();
            index.replaceAll(providers);
            double indexSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("lucene   indexing: %,d providers in %.1f s = %,.0f/s (one commit)%n", count, indexSeconds,
                    count / indexSeconds);
            int updates = Math.min(200, count);
            start = System.nanoTime();
            for (int i = 0; i < updates; i++) {
                index.upsert(providers.get(i));
            }
            double updateMs = (System.nanoTime() - start) / 1e6 / updates;
            System.out.printf("lucene   one update, committed and visible to the next search: %.1f ms%n", updateMs);
            Searcher lucene = q -> index.match(new ProviderQuery(q.need(), q.municipality(), q.age(), 3, "nl"));
            report("lucene", "typical", run(lucene, typical, 1, warmup, seconds), run(lucene, typical, threads, warmup, seconds), threads);
            report("lucene", "typos", run(lucene, typos, 1, warmup, seconds), run(lucene, typos, threads, warmup, seconds), threads);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }

        try (Connection db = DriverManager.getConnection(url, "root", "")) {
            long start = System.nanoTime();
            loadFulltext(db, providers);
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("fulltext indexing: %,d providers in %.1f s = %,.0f/s (insert, then FULLTEXT index)%n",
                    count, loadSeconds, count / loadSeconds);
        }
        ThreadLocal<PreparedStatement> statements = ThreadLocal.withInitial(() -> {
            try {
                return DriverManager.getConnection(url, "root", "").prepareStatement("""
                        SELECT p.external_id FROM bench_fulltext p
                        JOIN bench_fulltext_municipality m ON m.provider_id = p.id AND m.municipality = ?
                        WHERE MATCH (p.body) AGAINST (? IN NATURAL LANGUAGE MODE) > 0
                          AND p.age_min <= ? AND p.age_max >= ?
                        ORDER BY MATCH (p.body) AGAINST (? IN NATURAL LANGUAGE MODE) DESC LIMIT 3""");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Searcher fulltext = q -> {
            PreparedStatement st = statements.get();
            st.setString(1, q.municipality());
            st.setString(2, q.need());
            st.setInt(3, q.age());
            st.setInt(4, q.age());
            st.setString(5, q.need());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        };
        report("fulltext", "typical", run(fulltext, typical, 1, warmup, seconds), run(fulltext, typical, threads, warmup, seconds), threads);
        report("fulltext", "typos", run(fulltext, typos, 1, warmup, seconds), run(fulltext, typos, threads, warmup, seconds), threads);
        try (Connection db = DriverManager.getConnection(url, "root", ""); Statement st = db.createStatement()) {
            st.execute("DROP TABLE IF EXISTS bench_fulltext_municipality");
            st.execute("DROP TABLE IF EXISTS bench_fulltext");
        }
        System.exit(0);
    }

    private static void report(String engine, String kind, Result one, Result many, int threads) {
        System.out.printf("%-8s %-7s 1 thread: p50 %.2f ms, p99 %.2f ms, %,.0f queries/s | %d threads: %,.0f queries/s,"
                        + " p99 %.2f ms%n", engine, kind, one.p50Ms(), one.p99Ms(), one.perSecond(), threads,
                many.perSecond(), many.p99Ms());
    }

    private static Result run(Searcher searcher, List<Query> queries, int threads, int warmupSeconds, int seconds)
            throws InterruptedException {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[threads];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long[] latencies = new long[4_000_000];
            perThread.add(latencies);
            int id = t;
            Thread worker = new Thread(() -> {
                int i = id * 7919;
                while (!stop.get()) {
                    Query q = queries.get(i++ % queries.size());
                    long start = System.nanoTime();
                    try {
                        searcher.search(q);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    long took = System.nanoTime() - start;
                    if (measuring.get() && counts[id] < latencies.length) {
                        latencies[counts[id]++] = took;
                    }
                }
            });
            workers.add(worker);
            worker.start();
        }
        Thread.sleep(warmupSeconds * 1000L);
        long start = System.nanoTime();
        measuring.set(true);
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        for (Thread w : workers) {
            w.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return new Result(total / elapsed, all[(int) (total * 0.50)] / 1e6, all[Math.min(total - 1, (int) (total * 0.99))] / 1e6,
                total);
    }

    private static List<Provider> providers(int count, List<Municipality> municipalities, Random r) {
        List<Provider> providers = new ArrayList<>(count);
        int[] ageMins = {0, 4, 12, 18, 18, 18, 55, 65};
        for (int i = 0; i < count; i++) {
            List<String> expertise = pick(EXPERTISE, 2 + r.nextInt(4), r);
            // a provider serves a few neighbouring municipalities (neighbours in this list)
            int first = r.nextInt(municipalities.size());
            int served = 1 + r.nextInt(6);
            List<String> where = new ArrayList<>();
            for (int m = 0; m < served; m++) {
                where.add(municipalities.get((first + m) % municipalities.size()).name());
            }
            int ageMin = ageMins[r.nextInt(ageMins.length)];
            Integer ageMax = ageMin >= 55 ? null : ageMin + 14 + r.nextInt(80);
            String description = KINDS.get(r.nextInt(KINDS.size())) + " voor " + String.join(", ", expertise) + ". "
                    + String.join(" ", pick(FILLER, 2 + r.nextInt(3), r));
            providers.add(new Provider("syn-" + i, KINDS.get(r.nextInt(KINDS.size())) + " " + NAMES.get(r.nextInt(NAMES.size()))
                    + " " + i, description, expertise, where, ageMin, ageMax, r.nextInt(5) > 0, 1));
        }
        return providers;
    }

    private static List<Query> queries(List<Municipality> municipalities, Random r, boolean typos) {
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            String need = NEEDS.get(r.nextInt(NEEDS.size()));
            String municipality = municipalities.get(r.nextInt(municipalities.size())).name();
            int age = 4 + r.nextInt(85);
            queries.add(new Query(typos ? misspell(need, r) : need, municipality, age));
        }
        return queries;
    }

    /** One slip of the finger in every word of five letters or more: a swap, a dropped or a wrong letter. */
    private static String misspell(String text, Random r) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ")) {
            StringBuilder w = new StringBuilder(word);
            if (word.length() >= 5) {
                int at = 1 + r.nextInt(word.length() - 2);
                switch (r.nextInt(3)) {
                    case 0 -> {
                        char c = w.charAt(at);
                        w.setCharAt(at, w.charAt(at + 1));
                        w.setCharAt(at + 1, c);
                    }
                    case 1 -> w.deleteCharAt(at);
                    default -> w.setCharAt(at, (char) ('a' + r.nextInt(26)));
                }
            }
            out.append(out.isEmpty() ? "" : " ").append(w);
        }
        return out.toString();
    }

    private static void loadFulltext(Connection db, List<Provider> providers) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("DROP TABLE IF EXISTS bench_fulltext_municipality");
            st.execute("DROP TABLE IF EXISTS bench_fulltext");
            st.execute("""
                    CREATE TABLE bench_fulltext (
                        id          INT PRIMARY KEY,
                        external_id VARCHAR(64) NOT NULL,
                        body        TEXT NOT NULL,
                        age_min     INT NOT NULL,
                        age_max     INT NOT NULL
                    ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci""");
            st.execute("""
                    CREATE TABLE bench_fulltext_municipality (
                        provider_id  INT NOT NULL,
                        municipality VARCHAR(100) NOT NULL,
                        PRIMARY KEY (municipality, provider_id)
                    ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci""");
        }
        db.setAutoCommit(false);
        try (PreparedStatement p = db.prepareStatement("INSERT INTO bench_fulltext VALUES (?, ?, ?, ?, ?)");
             PreparedStatement m = db.prepareStatement("INSERT INTO bench_fulltext_municipality VALUES (?, ?)")) {
            for (int i = 0; i < providers.size(); i++) {
                Provider pr = providers.get(i);
                p.setInt(1, i);
                p.setString(2, pr.externalId());
                p.setString(3, pr.name() + "\n" + String.join("\n", pr.expertise()) + "\n" + pr.description());
                p.setInt(4, pr.ageMin() == null ? 0 : pr.ageMin());
                p.setInt(5, pr.ageMax() == null ? 130 : pr.ageMax());
                p.addBatch();
                for (String municipality : pr.municipalities()) {
                    m.setInt(1, i);
                    m.setString(2, municipality);
                    m.addBatch();
                }
                if (i % 1_000 == 999) {
                    p.executeBatch();
                    m.executeBatch();
                }
            }
            p.executeBatch();
            m.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement st = db.createStatement()) {
            st.execute("ALTER TABLE bench_fulltext ADD FULLTEXT INDEX ft_body (body)");
        }
    }

    private static <T> List<T> pick(List<T> from, int n, Random r) {
        List<T> copy = new ArrayList<>(from);
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < n && !copy.isEmpty(); i++) {
            picked.add(copy.remove(r.nextInt(copy.size())));
        }
        return picked;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return o;
    }
}
