package nl.zorgloket.admin.staff;

import io.micronaut.context.BeanContext;
import nl.zorgloket.admin.testing.Api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Tokens of the roles a test needs, made through the API as a real admin would. */
public final class StaffTokens {
    public static final String ADMIN_PASSWORD = "first-admin-password";
    private static final AtomicInteger NAMES = new AtomicInteger();

    private StaffTokens() {
    }

    /** The first admin's token, after a test emptied the tables: the account is made as at a first start. */
    public static String admin(Api api, BeanContext context) {
        context.getBean(FirstAdmin.class).onStartup(null);
        return api.login("admin", ADMIN_PASSWORD);
    }

    public static String withRole(Api api, String adminToken, String role) {
        String username = role.toLowerCase() + NAMES.incrementAndGet();
        Api.Answer created = api.post("/api/users", Map.of("username", username, "displayName", "Test " + role,
                "password", "a-long-enough-password", "roles", List.of(role)), adminToken);
        if (created.status() != 201) {
            throw new IllegalStateException("cannot create a " + role + ": " + created.body());
        }
        return api.login(username, "a-long-enough-password");
    }
}
