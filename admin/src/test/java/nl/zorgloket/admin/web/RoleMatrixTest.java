package nl.zorgloket.admin.web;

import io.micronaut.context.BeanContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import nl.zorgloket.admin.staff.StaffTokens;
import nl.zorgloket.admin.testing.Api;
import nl.zorgloket.intake.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every endpoint of the API for every role: who may call it, and that everyone else is refused
 * (401 without a token, 403 with the wrong role). A route the router serves that is missing here
 * fails the test, so a new endpoint cannot go unchecked.
 */
@MicronautTest(transactional = false, environments = "test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest implements TestPropertyProvider {
    private static final Set<String> ADMIN = Set.of("ADMIN");
    private static final Set<String> STAFF = Set.of("STAFF");
    private static final Set<String> QUEUE = Set.of("STAFF", "COORDINATOR");
    private static final Set<String> SEARCH = Set.of("STAFF", "COORDINATOR", "ADMIN");
    private static final Set<String> ANYONE = Set.of("STAFF", "COORDINATOR", "ADMIN");

    /** Method and route template, and the roles allowed. Ids that do not exist: access is decided first. */
    private static final Map<String, Set<String>> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("GET /api/audit", ADMIN);
        MATRIX.put("GET /api/cases", QUEUE);
        MATRIX.put("GET /api/cases/{id}", QUEUE);
        MATRIX.put("POST /api/cases/{id}/assign", QUEUE);
        MATRIX.put("POST /api/cases/{id}/close", QUEUE);
        MATRIX.put("GET /api/conversations", STAFF);
        MATRIX.put("GET /api/conversations/events", STAFF);
        MATRIX.put("GET /api/conversations/search", STAFF);
        MATRIX.put("GET /api/conversations/{id}", STAFF);
        MATRIX.put("POST /api/conversations/{id}/messages", STAFF);
        MATRIX.put("POST /api/conversations/{id}/notes", STAFF);
        MATRIX.put("POST /api/conversations/{id}/release", STAFF);
        MATRIX.put("POST /api/conversations/{id}/takeover", STAFF);
        MATRIX.put("POST /api/conversations/{id}/template", STAFF);
        MATRIX.put("POST /api/conversations/{id}/reopen", STAFF);
        MATRIX.put("GET /api/contacts/{id}/export", STAFF);
        MATRIX.put("DELETE /api/contacts/{id}", STAFF);
        MATRIX.put("POST /api/gazetteer/postcodes", ADMIN);
        MATRIX.put("GET /api/gazetteer/postcodes/{pc4}", SEARCH);
        MATRIX.put("GET /api/gazetteer/municipalities", SEARCH);
        MATRIX.put("GET /api/providers", ADMIN);
        MATRIX.put("POST /api/providers", ADMIN);
        MATRIX.put("POST /api/providers/import", ADMIN);
        MATRIX.put("POST /api/providers/reindex", ADMIN);
        MATRIX.put("GET /api/providers/search", SEARCH);
        MATRIX.put("GET /api/providers/{externalId}", ADMIN);
        MATRIX.put("PUT /api/providers/{externalId}", ADMIN);
        MATRIX.put("DELETE /api/providers/{externalId}", ADMIN);
        MATRIX.put("GET /api/users", ADMIN);
        MATRIX.put("POST /api/users", ADMIN);
        MATRIX.put("GET /api/users/coordinators", QUEUE);
        MATRIX.put("GET /api/users/me", ANYONE);
        MATRIX.put("PUT /api/users/me/password", ANYONE);
        MATRIX.put("POST /api/users/me/totp", ANYONE);
        MATRIX.put("POST /api/users/me/totp/confirm", ANYONE);
        MATRIX.put("POST /api/users/me/totp/disable", ANYONE);
        MATRIX.put("GET /api/users/{id}", ADMIN);
        MATRIX.put("PATCH /api/users/{id}", ADMIN);
        MATRIX.put("PUT /api/users/{id}/password", ADMIN);
        MATRIX.put("DELETE /api/users/{id}/totp", ADMIN);
    }

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    ObjectMapper json;
    @Inject
    DataSource dataSource;
    @Inject
    BeanContext context;
    @Inject
    Router router;

    private Api api;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.properties();
    }

    @BeforeAll
    void accounts() {
        TestDatabase.clean(dataSource);
        api = new Api(http, json);
        String admin = StaffTokens.admin(api, context);
        tokens.put("ADMIN", admin);
        tokens.put("STAFF", StaffTokens.withRole(api, admin, "STAFF"));
        tokens.put("COORDINATOR", StaffTokens.withRole(api, admin, "COORDINATOR"));
    }

    @Test
    void theMatrixCoversEveryRouteOfTheApi() {
        Set<String> served = new TreeSet<>();
        router.uriRoutes().map(r -> (UriRouteInfo<?, ?>) r)
                .filter(r -> !r.getHttpMethodName().equals("HEAD"))
                .filter(r -> r.getUriMatchTemplate().toPathString().startsWith("/api"))
                .forEach(r -> served.add(r.getHttpMethodName() + " " + r.getUriMatchTemplate().toPathString()));
        assertEquals(served, new TreeSet<>(MATRIX.keySet()));
    }

    @Test
    void everyRoleGetsWhatItMayAndNothingElse() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> row : MATRIX.entrySet()) {
            String method = row.getKey().split(" ")[0];
            String path = row.getKey().split(" ")[1].replaceAll("\\{[^}]+}", "999999");
            boolean stream = path.endsWith("/events");
            int anonymous = call(method, path, null);
            if (anonymous != 401) {
                wrong.add(row.getKey() + " without a token: " + anonymous);
            }
            for (Map.Entry<String, String> role : tokens.entrySet()) {
                boolean allowed = row.getValue().contains(role.getKey());
                if (stream && allowed) {
                    continue; // an open stream: its own test reads it
                }
                int status = call(method, path, role.getValue());
                if (allowed ? status == 401 || status == 403 : status != 403) {
                    wrong.add(row.getKey() + " as " + role.getKey() + ": " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private int call(String method, String path, String token) {
        MutableHttpRequest<?> request = HttpMethod.valueOf(method).permitsRequestBody()
                ? HttpRequest.create(HttpMethod.valueOf(method), path).body(Map.of())
                : HttpRequest.create(HttpMethod.valueOf(method), path);
        if (path.equals("/api/gazetteer/postcodes")) {
            // a CSV route: another body would be refused for its type before anyone asks who sent it
            request = HttpRequest.POST(path, "pc4,municipality\n").contentType("text/csv");
        }
        return api.send(request, token).status();
    }
}
