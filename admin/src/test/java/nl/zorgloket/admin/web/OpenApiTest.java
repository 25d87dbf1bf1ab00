package nl.zorgloket.admin.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import nl.zorgloket.intake.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** GET /openapi.yml describes every endpoint of the admin API, as the router serves them. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest implements TestPropertyProvider {
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Router router;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.properties();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentNamesEveryRouteOfTheApi() {
        // anonymous: the document describes the API and holds no data
        String yaml = http.toBlocking().retrieve("/openapi.yml");
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) new Yaml().<Map<String, Object>>load(yaml)
                .get("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet()
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        Set<String> served = new TreeSet<>();
        router.uriRoutes().map(r -> (UriRouteInfo<?, ?>) r)
                // the router answers HEAD for every GET by itself
                .filter(r -> !r.getHttpMethodName().equals("HEAD"))
                .filter(r -> r.getUriMatchTemplate().toPathString().startsWith("/api")
                        || r.getUriMatchTemplate().toPathString().equals("/login"))
                .forEach(r -> served.add(r.getHttpMethodName() + " " + r.getUriMatchTemplate().toPathString()));
        assertEquals(served, documented);
    }
}
