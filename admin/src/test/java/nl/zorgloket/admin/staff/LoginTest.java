package nl.zorgloket.admin.staff;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.zorgloket.admin.audit.AuditRepository;
import nl.zorgloket.admin.testing.Api;
import nl.zorgloket.admin.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /login and the tokens it gives, over HTTP against the database. */
@MicronautTest(transactional = false, environments = "test")
class LoginTest extends ApiTest {
    static final String ADMIN_PASSWORD = "first-admin-password";

    @Inject
    FirstAdmin firstAdmin;
    @Inject
    AuditRepository audit;

    @BeforeEach
    void clean() {
        firstAdmin.onStartup(null);
    }

    @Test
    void theFirstAdminLogsInWithThePasswordFromTheSettings() {
        Api.Answer answer = api.post("/login", Map.of("username", "admin", "password", ADMIN_PASSWORD), null);
        assertEquals(200, answer.status());
        assertEquals("Bearer", answer.text("token_type"));
        assertEquals(1800, ((Number) answer.map().get("expires_in")).intValue());
        assertEquals(List.of("ADMIN"), answer.map().get("roles"));
        Api.Answer me = api.get("/api/users/me", answer.text("access_token"));
        assertEquals(200, me.status());
        assertEquals("admin", me.text("username"));
    }

    @Test
    void usernamesAreNotCaseSensitive() {
        assertEquals(200, api.post("/login", Map.of("username", " Admin ", "password", ADMIN_PASSWORD), null).status());
    }

    @Test
    void aWrongPasswordIsRefusedWithAProblem() {
        Api.Answer answer = api.post("/login", Map.of("username", "admin", "password", "wrong-password-1"), null);
        assertEquals(401, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("The username or the password is wrong.", answer.text("detail"));
    }

    @Test
    void anUnknownUsernameGetsTheSameAnswerAsAWrongPassword() {
        Api.Answer unknown = api.post("/login", Map.of("username", "nobody", "password", "wrong-password-1"), null);
        Api.Answer wrong = api.post("/login", Map.of("username", "admin", "password", "wrong-password-1"), null);
        assertEquals(wrong.status(), unknown.status());
        assertEquals(wrong.body(), unknown.body());
    }

    @Test
    void missingFieldsAreEachNamed() {
        Api.Answer answer = api.post("/login", Map.of(), null);
        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        List<?> errors = (List<?>) answer.map().get("errors");
        assertEquals(2, errors.size(), answer.body().toString());
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        Api.Answer answer = api.send(io.micronaut.http.HttpRequest.POST("/login", "{\"username\": ")
                .contentType("application/json"), null);
        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.contentType());
    }

    @Test
    void fiveFailuresInARowMakeTheAccountWaitEvenForTheRightPassword() {
        for (int i = 0; i < 4; i++) {
            assertEquals(401, api.post("/login", Map.of("username", "admin", "password", "wrong-" + i + "-password"),
                    null).status());
        }
        Api.Answer fifth = api.post("/login", Map.of("username", "admin", "password", "wrong-5-password"), null);
        assertEquals(429, fifth.status());
        Api.Answer right = api.post("/login", Map.of("username", "admin", "password", ADMIN_PASSWORD), null);
        assertEquals(429, right.status());
        long retryAfter = Long.parseLong(right.response().getHeaders().get("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 60, "Retry-After " + retryAfter);
    }

    @Test
    void aUsernameWithoutAnAccountWaitsTheSameWay() {
        for (int i = 0; i < 4; i++) {
            api.post("/login", Map.of("username", "ghost", "password", "wrong-" + i + "-password"), null);
        }
        assertEquals(429, api.post("/login", Map.of("username", "ghost", "password", "wrong-5-password"), null).status());
    }

    @Test
    void aGoodLoginClearsTheFailures() {
        for (int i = 0; i < 4; i++) {
            api.post("/login", Map.of("username", "admin", "password", "wrong-" + i + "-password"), null);
        }
        api.login("admin", ADMIN_PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertEquals(401, api.post("/login", Map.of("username", "admin", "password", "wrong-" + i + "-password"),
                    null).status());
        }
    }

    @Test
    void loginsAreAudited() {
        api.login("admin", ADMIN_PASSWORD);
        api.post("/login", Map.of("username", "admin", "password", "wrong-password-1"), null);
        assertEquals(List.of("LOGIN"), audit.findByActorOrderByIdAsc("admin").stream().map(e -> e.action()).toList());
        assertEquals(List.of("LOGIN_FAILED"),
                audit.findByActorOrderByIdAsc("anonymous").stream().map(e -> e.action()).toList());
        assertNotNull(audit.findByActorOrderByIdAsc("admin").getFirst().remoteAddress());
    }

    @Test
    void theApiWantsAToken() {
        Api.Answer answer = api.get("/api/users", null);
        assertEquals(401, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        Api.Answer forged = api.get("/api/users", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl");
        assertEquals(401, forged.status());
    }
}
