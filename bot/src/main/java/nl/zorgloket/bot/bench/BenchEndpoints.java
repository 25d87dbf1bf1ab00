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
import nl.zorgloket.bot.twilio.TwilioForm;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The two reference points of the webhook benchmark (bin/bench), served only when
 * zorgloket.bench.enabled is true: the HTTP ceiling (read the form, answer) and the database
 * ceiling (read the form, one durable insert, answer). The webhook itself does much more: verify
 * the signature, lock, store, run the dialogue, store replies, answer TwiML.
 */
@Controller("/bench")
@Requires(property = "zorgloket.bench.enabled", value = "true")
class BenchEndpoints {
    private final DataSource dataSource;

    BenchEndpoints(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
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

    /** How many inbound messages with this MessageSid prefix are stored: the benchmark's durability check. */
    @Get(uri = "/stored", produces = MediaType.TEXT_PLAIN)
    @ExecuteOn(TaskExecutors.BLOCKING)
    String stored(@QueryValue String prefix) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT COUNT(*) FROM message WHERE direction = 'IN' AND provider_message_id LIKE ?")) {
            s.setString(1, prefix.replace("%", "").replace("_", "\\_") + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return Long.toString(r.getLong(1));
            }
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
