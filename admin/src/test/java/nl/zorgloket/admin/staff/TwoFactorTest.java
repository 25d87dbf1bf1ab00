package nl.zorgloket.admin.staff;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.zorgloket.admin.testing.Api;
import nl.zorgloket.admin.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two-factor login (TOTP), here required of staff and coordinators as the setting allows. */
@MicronautTest(transactional = false, environments = "test")
@Property(name = "zorgloket.security.require-two-factor", value = "true")
class TwoFactorTest extends ApiTest {
    @Inject
    Totp totp;

    private String admin;

    @BeforeEach
    void clean() {
        admin = adminToken();
        api.post("/api/users", Map.of("username", "els", "displayName", "Els", "password", "a-long-enough-password",
                "roles", java.util.List.of("STAFF")), admin);
    }

    private Api.Answer login(String code) {
        return api.post("/login", code == null ? Map.of("username", "els", "password", "a-long-enough-password")
                : Map.of("username", "els", "password", "a-long-enough-password", "code", code), null);
    }

    /** Sets up two-factor login for els; returns the secret her app holds. */
    private String enrol() {
        String token = login(null).text("access_token");
        String secret = api.post("/api/users/me/totp", Map.of(), token).text("secret");
        assertEquals(204, api.post("/api/users/me/totp/confirm", Map.of("code", totp.codeAt(secret, Instant.now())),
                token).status());
        return secret;
    }

    @Test
    void staffWithoutASecondFactorMayOnlySetItUp() {
        Api.Answer first = login(null);
        assertEquals(true, first.map().get("two_factor_setup_required"));
        String token = first.text("access_token");
        Api.Answer blocked = api.get("/api/cases", token);
        assertEquals(403, blocked.status());
        assertEquals("Two-factor login needed", blocked.text("title"));
        assertEquals(200, api.get("/api/users/me", token).status());

        Api.Answer started = api.post("/api/users/me/totp", Map.of(), token);
        assertTrue(started.text("uri").startsWith("otpauth://totp/Zorgloket%3Aels?secret="), started.text("uri"));
        assertEquals(400, api.post("/api/users/me/totp/confirm", Map.of("code", "000000"), token).status());
        String secret = started.text("secret");
        assertEquals(204, api.post("/api/users/me/totp/confirm", Map.of("code", totp.codeAt(secret, Instant.now())),
                token).status());
        assertEquals(401, api.get("/api/users/me", token).status(), "the tokens from before are revoked");

        Api.Answer withCode = login(totp.codeAt(secret, Instant.now().plusSeconds(30)));
        assertEquals(200, withCode.status(), String.valueOf(withCode.body()));
        assertEquals(false, withCode.map().get("two_factor_setup_required"));
        assertEquals(200, api.get("/api/cases", withCode.text("access_token")).status());
    }

    @Test
    void withASecondFactorThePasswordAloneAsksForTheCode() {
        enrol();
        Api.Answer answer = login(null);
        assertEquals(401, answer.status());
        assertEquals("Code needed", answer.text("title"));
        assertEquals(401, login("123456").status());
    }

    @Test
    void aCodeIsGoodOnce() {
        String secret = enrol();
        String next = totp.codeAt(secret, Instant.now().plusSeconds(30));
        assertEquals(200, login(next).status());
        assertEquals(401, login(next).status());
    }

    @Test
    void staffCannotTurnARequiredSecondFactorOffButAnAdminCanResetIt() {
        String secret = enrol();
        String token = login(totp.codeAt(secret, Instant.now().plusSeconds(30))).text("access_token");
        assertEquals(409, api.post("/api/users/me/totp/disable", Map.of("code", totp.codeAt(secret, Instant.now())),
                token).status());
        long id = ((Number) api.get("/api/users/me", token).map().get("id")).longValue();
        assertEquals(204, api.delete("/api/users/" + id + "/totp", admin).status());
        assertEquals(401, api.get("/api/users/me", token).status());
        assertEquals(true, login(null).map().get("two_factor_setup_required"));
    }
}
