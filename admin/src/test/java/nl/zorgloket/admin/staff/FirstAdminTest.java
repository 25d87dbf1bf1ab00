package nl.zorgloket.admin.staff;

import io.micronaut.context.ApplicationContext;
import nl.zorgloket.intake.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first start: without any account, the admin password must be given. */
class FirstAdminTest {
    private static Map<String, Object> properties(String adminPassword) {
        Map<String, Object> p = new HashMap<>(TestDatabase.properties());
        p.put("zorgloket.admin.password", adminPassword);
        return p;
    }

    private static void removeAllAccounts() throws SQLException {
        Map<String, String> db = TestDatabase.properties();
        try (Connection c = DriverManager.getConnection(db.get("datasources.default.url"), "root", "");
             Statement st = c.createStatement()) {
            st.execute("SET FOREIGN_KEY_CHECKS = 0");
            st.executeUpdate("DELETE FROM staff_user");
        }
    }

    @Test
    void withoutAnyAccountTheServiceRefusesToStartWithoutAnAdminPassword() throws SQLException {
        try (ApplicationContext ignored = ApplicationContext.run(properties("first-admin-password"), "test")) {
            // migrated; the table exists
        }
        removeAllAccounts();
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> ApplicationContext.run(properties(""), "test").close());
        assertTrue(messages(e).contains("ZORGLOKET_ADMIN_PASSWORD"), messages(e));
    }

    @Test
    void theFirstAdminIsCreatedOnceAndLaterStartsNeedNoPassword() throws SQLException {
        removeAllAccounts();
        try (ApplicationContext ctx = ApplicationContext.run(properties("first-admin-password"), "test")) {
            assertEquals(1, ctx.getBean(StaffUserRepository.class).count());
        }
        try (ApplicationContext ctx = ApplicationContext.run(properties(""), "test")) {
            StaffUserRepository users = ctx.getBean(StaffUserRepository.class);
            assertEquals(1, users.count());
            assertEquals("ADMIN", users.findByUsername("admin").orElseThrow().roles());
        }
    }

    @Test
    void aShortTokenSigningKeyStopsTheStart() {
        Map<String, Object> p = properties("first-admin-password");
        p.put("zorgloket.jwt-secret", "too-short");
        RuntimeException e = assertThrows(RuntimeException.class, () -> ApplicationContext.run(p, "test").close());
        assertTrue(messages(e).contains("ZORGLOKET_JWT_SECRET"), messages(e));
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
