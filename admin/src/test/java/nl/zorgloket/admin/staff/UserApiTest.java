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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /api/users: accounts, roles and the revocation of tokens. */
@MicronautTest(transactional = false, environments = "test")
class UserApiTest extends ApiTest {
    @Inject
    FirstAdmin firstAdmin;
    @Inject
    StaffUserRepository users;
    @Inject
    AuditRepository audit;

    private String admin;

    @BeforeEach
    void clean() {
        firstAdmin.onStartup(null);
        admin = api.login("admin", LoginTest.ADMIN_PASSWORD);
    }

    private long create(String username, String... roles) {
        Api.Answer created = api.post("/api/users", Map.of("username", username, "displayName", "Els de Vries",
                "password", "a-long-enough-password", "roles", List.of(roles)), admin);
        assertEquals(201, created.status(), String.valueOf(created.body()));
        return ((Number) created.map().get("id")).longValue();
    }

    @Test
    void anAdminCreatesAnAccountThatCanLogIn() {
        create("els", "STAFF");
        String token = api.login("els", "a-long-enough-password");
        Api.Answer me = api.get("/api/users/me", token);
        assertEquals("Els de Vries", me.text("displayName"));
        assertEquals(List.of("STAFF"), me.map().get("roles"));
        assertFalse(me.map().containsKey("passwordHash"));
    }

    @Test
    void staffAndCoordinatorsCannotManageAccounts() {
        create("els", "STAFF");
        create("coby", "COORDINATOR");
        for (String user : List.of("els", "coby")) {
            String token = api.login(user, "a-long-enough-password");
            assertEquals(403, api.get("/api/users", token).status());
            assertEquals(403, api.post("/api/users", Map.of("username", "x" + user, "displayName", "X",
                    "password", "a-long-enough-password", "roles", List.of("ADMIN")), token).status());
            assertEquals(200, api.get("/api/users/me", token).status());
        }
    }

    @Test
    void invalidFieldsAreEachNamed() {
        Api.Answer answer = api.post("/api/users", Map.of("username", "Els!", "displayName", " ",
                "password", "short", "roles", List.of("BOSS")), admin);
        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        List<String> fields = ((List<?>) answer.map().get("errors")).stream()
                .map(e -> String.valueOf(((Map<?, ?>) e).get("field"))).toList();
        assertEquals(List.of("username", "displayName", "roles", "password"), fields);
    }

    @Test
    void aTakenUsernameIsAConflict() {
        create("els", "STAFF");
        Api.Answer again = api.post("/api/users", Map.of("username", "els", "displayName", "Els",
                "password", "a-long-enough-password", "roles", List.of("STAFF")), admin);
        assertEquals(409, again.status());
    }

    @Test
    void disablingAnAccountRevokesItsTokensAtOnce() {
        long id = create("els", "STAFF");
        String token = api.login("els", "a-long-enough-password");
        assertEquals(200, api.patch("/api/users/" + id, Map.of("active", false), admin).status());
        Api.Answer after = api.get("/api/users/me", token);
        assertEquals(401, after.status());
        assertEquals("Token revoked", after.text("title"));
        assertEquals(401, api.post("/login", Map.of("username", "els", "password", "a-long-enough-password"), null)
                .status());
    }

    @Test
    void aNewPasswordRevokesTheOldTokens() {
        long id = create("els", "STAFF");
        String token = api.login("els", "a-long-enough-password");
        assertEquals(204, api.put("/api/users/" + id + "/password", Map.of("password", "another-long-password"),
                admin).status());
        assertEquals(401, api.get("/api/users/me", token).status());
        assertEquals(200, api.get("/api/users/me", api.login("els", "another-long-password")).status());
    }

    @Test
    void newRolesRevokeTheOldTokensBecauseTokensCarryRoles() {
        long id = create("els", "ADMIN");
        String token = api.login("els", "a-long-enough-password");
        assertEquals(200, api.patch("/api/users/" + id, Map.of("roles", List.of("STAFF")), admin).status());
        assertEquals(401, api.get("/api/users", token).status());
        assertEquals(403, api.get("/api/users", api.login("els", "a-long-enough-password")).status());
    }

    @Test
    void aNewDisplayNameKeepsTheTokens() {
        long id = create("els", "STAFF");
        String token = api.login("els", "a-long-enough-password");
        api.patch("/api/users/" + id, Map.of("displayName", "Els Jansen"), admin);
        assertEquals("Els Jansen", api.get("/api/users/me", token).text("displayName"));
    }

    @Test
    void everyoneChangesTheirOwnPasswordGivingTheCurrentOne() {
        create("els", "STAFF");
        String token = api.login("els", "a-long-enough-password");
        assertEquals(403, api.put("/api/users/me/password", Map.of("currentPassword", "not-the-password",
                "password", "another-long-password"), token).status());
        assertEquals(204, api.put("/api/users/me/password", Map.of("currentPassword", "a-long-enough-password",
                "password", "another-long-password"), token).status());
        assertEquals(401, api.get("/api/users/me", token).status());
        api.login("els", "another-long-password");
    }

    @Test
    void theLastActiveAdminStaysAnAdmin() {
        long adminId = users.findByUsername("admin").orElseThrow().id();
        assertEquals(409, api.patch("/api/users/" + adminId, Map.of("active", false), admin).status());
        assertEquals(409, api.patch("/api/users/" + adminId, Map.of("roles", List.of("STAFF")), admin).status());
        create("beheer2", "ADMIN");
        assertEquals(200, api.patch("/api/users/" + adminId, Map.of("roles", List.of("STAFF")), admin).status());
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertEquals(404, api.get("/api/users/999999", admin).status());
        assertEquals(404, api.patch("/api/users/999999", Map.of("active", false), admin).status());
    }

    @Test
    void accountChangesAreAudited() {
        long id = create("els", "STAFF");
        api.patch("/api/users/" + id, Map.of("active", false), admin);
        List<String> actions = audit.findByObjectTypeAndObjectIdOrderByIdAsc("staff_user", String.valueOf(id)).stream()
                .filter(e -> e.actor().equals("admin")).map(e -> e.action()).toList();
        assertEquals(List.of("CREATE", "UPDATE"), actions);
        assertTrue(audit.findByObjectTypeAndObjectIdOrderByIdAsc("staff_user", String.valueOf(id)).getLast()
                .detail().contains("tokens revoked"));
    }
}
