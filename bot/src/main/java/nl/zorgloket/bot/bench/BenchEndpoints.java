package nl.zorgloket.bot.bench;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.zorgloket.bot.twilio.TwilioForm;
import nl.zorgloket.intake.conversation.InboundBatcher;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two reference points of the webhook benchmark (bin/bench), served only when
 * zorgloket.bench.enabled is true: the HTTP ceiling (read the form, answer) and the database
 * ceiling (read the form, one durable insert, answer); and what the benchmark reads back: how many
 * messages were stored, how they were batched, how much work is still waiting, and how long
 * handling took.
 */
@Controller("/bench")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = "zorgloket.bench.enabled", value = "true")
class BenchEndpoints {
    private final DataSource dataSource;
    private final InboundBatcher batcher;

    BenchEndpoints(DataSource dataSource, InboundBatcher batcher) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.batcher = batcher;
    }

    @EventListener
    void createTable(StartupEvent event) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE IF NOT EXISTS bench_insert (
                        id   BIGINT AUTO_INCREMENT PRIMARY KEY,
                        sid  VARCHAR(64) NOT NULL,
                        body MEDIUMTEXT NULL
                    ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4""");
        }
    }

    /**
     * How many inbound messages with this MessageSid prefix are stored, waiting in the queue or
     * handled: the benchmark's durability check. One statement, so a message handled meanwhile is
     * counted once.
     */
    @Get(uri = "/stored", produces = MediaType.TEXT_PLAIN)
    @ExecuteOn(TaskExecutors.BLOCKING)
    String stored(@QueryValue String prefix) throws SQLException {
        return query("""
                SELECT (SELECT COUNT(*) FROM inbound_queue WHERE provider_message_id LIKE ?)
                     + (SELECT COUNT(*) FROM message WHERE direction = 'IN' AND provider_message_id LIKE ?)""",
                like(prefix), like(prefix)).getFirst().toString();
    }

    /** Webhook messages taken into batches so far and the batches: "batches messages". */
    @Get(uri = "/batches", produces = MediaType.TEXT_PLAIN)
    String batches() {
        return batcher.batches() + " " + batcher.received();
    }

    /** Messages still to handle and replies still to send: "waiting unsent". */
    @Get(uri = "/backlog", produces = MediaType.TEXT_PLAIN)
    @ExecuteOn(TaskExecutors.BLOCKING)
    String backlog() throws SQLException {
        long waiting = query("SELECT COUNT(*) FROM inbound_queue WHERE failed_at IS NULL").getFirst();
        long unsent = query("SELECT COUNT(*) FROM outbox WHERE state IN ('PENDING', 'UNCERTAIN', 'SENDING')").getFirst();
        return waiting + " " + unsent;
    }

    /**
     * For each handled message with this prefix, in microseconds from its arrival: until its first
     * reply was written, and until that reply was accepted by Twilio (the stub). Two lines, each
     * the sorted values separated by spaces.
     */
    @Get(uri = "/handling", produces = MediaType.TEXT_PLAIN)
    @ExecuteOn(TaskExecutors.BLOCKING)
    String handling(@QueryValue String prefix) throws SQLException {
        List<Long> written = query("""
                SELECT TIMESTAMPDIFF(MICROSECOND, i.created_at, MIN(o.created_at)) AS d
                FROM message i JOIN message o ON o.reply_to_id = i.id
                WHERE i.direction = 'IN' AND i.provider_message_id LIKE ?
                GROUP BY i.id ORDER BY d""", like(prefix));
        List<Long> sent = query("""
                SELECT TIMESTAMPDIFF(MICROSECOND, i.created_at, MIN(x.updated_at)) AS d
                FROM message i JOIN message o ON o.reply_to_id = i.id JOIN outbox x ON x.message_id = o.id
                WHERE i.direction = 'IN' AND i.provider_message_id LIKE ? AND x.state = 'SENT'
                GROUP BY i.id ORDER BY d""", like(prefix));
        return join(written) + "\n" + join(sent) + "\n";
    }

    private static String join(List<Long> values) {
        StringBuilder out = new StringBuilder();
        for (Long v : values) {
            out.append(out.isEmpty() ? "" : " ").append(v);
        }
        return out.toString();
    }

    private static String like(String prefix) {
        return prefix.replace("%", "").replace("_", "\\_") + "%";
    }

    private List<Long> query(String sql, String... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            List<Long> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getLong(1));
                }
            }
            return values;
        }
    }

    @Post(uri = "/noop", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_PLAIN)
    HttpResponse<String> noop(@Body byte[] body) {
        TwilioForm.parse(body);
        return HttpResponse.ok("ok");
    }

    @Post(uri = "/insert", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_PLAIN)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<String> insert(@Body byte[] body) throws SQLException {
        Map<String, String> form = TwilioForm.parse(body);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO bench_insert (sid, body) VALUES (?, ?)")) {
            c.setAutoCommit(true);
            s.setString(1, form.getOrDefault("MessageSid", ""));
            s.setString(2, form.getOrDefault("Body", ""));
            s.executeUpdate();
        }
        return HttpResponse.ok("ok");
    }
}
