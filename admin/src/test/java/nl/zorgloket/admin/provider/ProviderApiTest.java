package nl.zorgloket.admin.provider;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.zorgloket.admin.audit.AuditRepository;
import nl.zorgloket.admin.staff.StaffTokens;
import nl.zorgloket.admin.testing.Api;
import nl.zorgloket.admin.testing.ApiTest;
import nl.zorgloket.intake.provider.ProviderDirectory;
import nl.zorgloket.intake.provider.ProviderRepository;
import nl.zorgloket.intake.testing.TestDatabase;
import nl.zorgloket.search.provider.ProviderIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /api/providers over HTTP: the directory an admin keeps and the search staff use. */
@MicronautTest(transactional = false, environments = "test")
class ProviderApiTest extends ApiTest {
    @Inject
    ProviderRepository providers;
    @Inject
    ProviderDirectory directory;
    @Inject
    ProviderIndex index;
    @Inject
    AuditRepository audit;

    private String admin;

    @BeforeEach
    void clean() {
        directory.rebuildIndex();
        admin = adminToken();
    }

    static Map<String, Object> farm(String id, String name) {
        Map<String, Object> p = new HashMap<>();
        p.put("externalId", id);
        p.put("name", name);
        p.put("description", "Dagbesteding op de boerderij, tussen de dieren.");
        p.put("expertise", List.of("dagbesteding", "zorgboerderij", "autisme"));
        p.put("municipalities", List.of("Oost Gelre", "Winterswijk"));
        p.put("address", Map.of("street", "Veldweg 1", "postcode", "7141ab", "city", "Lichtenvoorde"));
        p.put("location", Map.of("lat", 51.98, "lon", 6.56));
        p.put("ageMin", 12);
        p.put("ageMax", 30);
        p.put("acceptingClients", true);
        p.put("contact", Map.of("phone", "0544 123456", "email", "info@example.org", "website", "https://example.org"));
        return p;
    }

    private List<String> searchIds(String query) {
        Api.Answer a = api.get("/api/providers/search?" + query, admin);
        assertEquals(200, a.status(), String.valueOf(a.body()));
        return ((List<?>) a.map().get("hits")).stream().map(h -> String.valueOf(((Map<?, ?>) h).get("externalId")))
                .toList();
    }

    @Test
    void anImportCreatesAndThenUpdatesByExternalIdAndSearchSeesItAtOnce() {
        Api.Answer first = api.post("/api/providers/import", List.of(farm("f1", "De Linde"), farm("f2", "Het Veld")), admin);
        assertEquals(200, first.status(), String.valueOf(first.body()));
        assertEquals(Map.of("created", 2, "updated", 0), first.map());
        assertEquals(List.of("f1", "f2"), searchIds("q=zorgboerderij&municipality=Oost%20Gelre").stream().sorted().toList());

        Map<String, Object> full = farm("f2", "Het Veld");
        full.put("acceptingClients", false);
        Api.Answer second = api.post("/api/providers/import", List.of(farm("f1", "De Linde"), full), admin);
        assertEquals(Map.of("created", 0, "updated", 2), second.map());
        Api.Answer hits = api.get("/api/providers/search?q=zorgboerderij&municipality=Oost%20Gelre", admin);
        Map<?, ?> last = (Map<?, ?>) ((List<?>) hits.map().get("hits")).getLast();
        assertEquals("f2", last.get("externalId"));
        assertTrue(((List<?>) last.get("reasons")).contains("heeft een wachtlijst"), String.valueOf(last));
    }

    @Test
    void anInvalidImportStoresNothingAndNamesEveryRowAndField() {
        Map<String, Object> noName = farm("f2", "x");
        noName.remove("name");
        noName.put("municipalities", List.of("Lichtenvoorde", "Atlantis"));
        Map<String, Object> badAges = farm("f1", "Dubbel");
        badAges.put("ageMin", 40);
        badAges.put("address", Map.of("postcode", "71411"));
        Api.Answer answer = api.post("/api/providers/import", List.of(farm("f1", "De Linde"), noName, badAges), admin);

        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        List<String> named = ((List<?>) answer.map().get("errors")).stream()
                .map(e -> ((Map<?, ?>) e).get("row") + ":" + ((Map<?, ?>) e).get("field")).toList();
        assertEquals(List.of("1:name", "1:municipalities[0]", "1:municipalities[1]",
                "2:address.postcode", "2:ageMax", "2:externalId"), named);
        assertEquals(0, providers.count());
        assertEquals(0, index.size());
    }

    @Test
    void aPlaceGivenAsMunicipalityIsExplained() {
        Map<String, Object> p = farm("f1", "De Linde");
        p.put("municipalities", List.of("Lichtenvoorde"));
        Api.Answer answer = api.post("/api/providers/import", List.of(p), admin);
        Map<?, ?> error = (Map<?, ?>) ((List<?>) answer.map().get("errors")).getFirst();
        assertEquals("'Lichtenvoorde' is a place in the municipality Oost Gelre; give the municipality.",
                error.get("message"));
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedByItsRow() {
        Map<String, Object> p = farm("f1", "De Linde");
        p.put("ageMin", "vijftien");
        Api.Answer answer = api.post("/api/providers/import", List.of(farm("f0", "Goed"), p), admin);
        assertEquals(400, answer.status());
        Map<?, ?> error = (Map<?, ?>) ((List<?>) answer.map().get("errors")).getFirst();
        assertEquals(1, ((Number) error.get("row")).intValue());
        assertEquals(0, providers.count());
    }

    @Test
    void aBodyThatIsNotAnArrayIsRefused() {
        assertEquals(400, api.post("/api/providers/import", farm("f1", "De Linde"), admin).status());
        Api.Answer broken = api.send(HttpRequest.POST("/api/providers/import", "[{\"externalId\": ")
                .contentType("application/json"), admin);
        assertEquals(400, broken.status());
        assertEquals("application/problem+json", broken.contentType());
    }

    @Test
    void oneProviderIsCreatedChangedDeactivatedAndBroughtBack() {
        Api.Answer created = api.post("/api/providers", farm("f1", "De Linde"), admin);
        assertEquals(201, created.status(), String.valueOf(created.body()));
        Map<?, ?> provider = (Map<?, ?>) created.map().get("provider");
        assertEquals("7141 AB", ((Map<?, ?>) provider.get("address")).get("postcode"));
        assertEquals(409, api.post("/api/providers", farm("f1", "Nog een"), admin).status());

        Map<String, Object> changed = farm("f1", "De Linde");
        changed.put("municipalities", List.of("Berkelland"));
        assertEquals(200, api.put("/api/providers/f1", changed, admin).status());
        assertEquals(List.of(), searchIds("q=zorgboerderij&municipality=Oost%20Gelre"));
        assertEquals(List.of("f1"), searchIds("q=zorgboerderij&municipality=Berkelland"));

        assertEquals(204, api.delete("/api/providers/f1", admin).status());
        assertEquals(List.of(), searchIds("q=zorgboerderij&municipality=Berkelland"));
        assertEquals(false, api.get("/api/providers/f1", admin).map().get("active"));
        assertEquals(1, ((List<?>) api.get("/api/providers?active=false", admin).map().get("items")).size());

        assertEquals(200, api.put("/api/providers/f1", changed, admin).status());
        assertEquals(List.of("f1"), searchIds("q=zorgboerderij&municipality=Berkelland"));
        List<String> actions = audit.findByObjectTypeAndObjectIdOrderByIdAsc("provider", "f1").stream()
                .map(e -> e.action()).toList();
        assertEquals(List.of("CREATE", "UPDATE", "DEACTIVATE", "UPDATE"), actions);
    }

    @Test
    void aProviderWithoutALocationLiesWhereItsAddressIs() {
        Map<String, Object> byPostcode = farm("f1", "De Linde");
        byPostcode.remove("location");
        Map<String, Object> byCity = farm("f2", "Het Veld");
        byCity.remove("location");
        byCity.put("address", Map.of("street", "Markt 1", "city", "Groenlo"));
        Map<String, Object> unknown = farm("f3", "Nergens");
        unknown.remove("location");
        unknown.put("address", Map.of("city", "Atlantis"));
        api.post("/api/providers/import", List.of(byPostcode, byCity, unknown), admin);
        // the bundled table has 7141 without a centre of its own: the centre of Oost Gelre, as for Groenlo
        Map<?, ?> oostGelre = location("f1");
        assertEquals(oostGelre, location("f2"));
        assertEquals(52.0, ((Number) oostGelre.get("lat")).doubleValue(), 0.1);
        assertEquals(6.6, ((Number) oostGelre.get("lon")).doubleValue(), 0.1);
        assertEquals(null, location("f3"));
        // a location given is kept
        assertEquals(Map.of("lat", 51.98, "lon", 6.56), location(api.post("/api/providers", farm("f4", "Eigen"), admin)));
    }

    private Map<?, ?> location(String externalId) {
        return location(api.get("/api/providers/" + externalId, admin));
    }

    private static Map<?, ?> location(Api.Answer answer) {
        return (Map<?, ?>) ((Map<?, ?>) answer.map().get("provider")).get("location");
    }

    @Test
    void unknownProvidersAreNotFound() {
        assertEquals(404, api.get("/api/providers/nope", admin).status());
        assertEquals(404, api.put("/api/providers/nope", farm("nope", "X"), admin).status());
        assertEquals(404, api.delete("/api/providers/nope", admin).status());
    }

    @Test
    void theListComesByNameAPageAtATime() {
        api.post("/api/providers/import", List.of(farm("c", "Cedar"), farm("a", "Acacia"), farm("b", "Beuk")), admin);
        Api.Answer page = api.get("/api/providers?page=0&size=2", admin);
        assertEquals(3, ((Number) page.map().get("total")).intValue());
        List<String> names = ((List<?>) page.map().get("items")).stream()
                .map(i -> String.valueOf(((Map<?, ?>) ((Map<?, ?>) i).get("provider")).get("name"))).toList();
        assertEquals(List.of("Acacia", "Beuk"), names);
        assertEquals(400, api.get("/api/providers?size=100000", admin).status());
    }

    @Test
    void theListIsFilteredByPartOfANameOrExternalIdInAnyCaseAndAccents() {
        api.post("/api/providers/import", List.of(farm("zb-1", "Zorgboerderij De Linde"), farm("c-2", "Café Élan"),
                farm("x_3", "100% Thuis"), farm("d-4", "Dagbesteding Ulft")), admin);
        assertEquals(List.of("Zorgboerderij De Linde"), listedNames("q=LINDE"));
        assertEquals(List.of("Café Élan"), listedNames("q=cafe%20elan"));
        assertEquals(List.of("Zorgboerderij De Linde"), listedNames("q=zb-"));
        // what LIKE would read as a wildcard is taken literally
        assertEquals(List.of("100% Thuis"), listedNames("q=%25"));
        assertEquals(List.of("100% Thuis"), listedNames("q=x_"));
        assertEquals(List.of(), listedNames("q=Th_is"));
        assertEquals(List.of("Café Élan", "Dagbesteding Ulft", "Zorgboerderij De Linde"), listedNames("q=%20e"));
        assertEquals(4, listedNames("q=%20%20").size());
        Api.Answer page = api.get("/api/providers?q=e&size=1", admin);
        assertEquals(3, ((Number) page.map().get("total")).intValue());
        api.delete("/api/providers/c-2", admin);
        assertEquals(List.of(), listedNames("q=elan"));
        assertEquals(List.of("Café Élan"), listedNames("q=elan&active=false"));
        assertEquals(400, api.get("/api/providers?q=" + "a".repeat(201), admin).status());
    }

    private List<String> listedNames(String query) {
        Api.Answer page = api.get("/api/providers?" + query, admin);
        assertEquals(200, page.status(), String.valueOf(page.body()));
        return ((List<?>) page.map().get("items")).stream()
                .map(i -> String.valueOf(((Map<?, ?>) ((Map<?, ?>) i).get("provider")).get("name"))).toList();
    }

    @Test
    void aChangeSentWithTheVersionReadIsRefusedWhenSomeoneElseChangedItMeanwhile() {
        Api.Answer created = api.post("/api/providers", farm("f1", "De Linde"), admin);
        String etag = created.response().header("ETag");
        assertEquals("\"" + ((Number) created.map().get("version")).longValue() + "\"", etag);
        assertEquals(etag, api.get("/api/providers/f1", admin).response().header("ETag"));

        // two admins read version 0; the first one's change goes through and moves the version on
        Map<String, Object> first = farm("f1", "De Linde");
        first.put("acceptingClients", false);
        Api.Answer changed = ifMatch(HttpRequest.PUT("/api/providers/f1", first), etag);
        assertEquals(200, changed.status(), String.valueOf(changed.body()));
        String now = changed.response().header("ETag");
        assertTrue(!etag.equals(now), now);

        // the second one's, made on what they read, would undo the first: refused, nothing changed
        Map<String, Object> second = farm("f1", "De Linde aan de Veldweg");
        Api.Answer stale = ifMatch(HttpRequest.PUT("/api/providers/f1", second), etag);
        assertEquals(412, stale.status());
        assertEquals(now, stale.response().header("ETag"));
        assertTrue(String.valueOf(stale.map().get("detail")).contains("read it again"), String.valueOf(stale.body()));
        Map<?, ?> kept = (Map<?, ?>) api.get("/api/providers/f1", admin).map().get("provider");
        assertEquals("De Linde", kept.get("name"));
        assertEquals(false, kept.get("acceptingClients"));
        assertEquals(412, ifMatch(HttpRequest.DELETE("/api/providers/f1"), etag).status());
        assertEquals(true, api.get("/api/providers/f1", admin).map().get("active"));
        assertEquals(412, ifMatch(HttpRequest.PUT("/api/providers/f1", second), "W/" + now).status());

        assertEquals(200, ifMatch(HttpRequest.PUT("/api/providers/f1", second), "\"999\", " + now).status());
        assertEquals(200, ifMatch(HttpRequest.PUT("/api/providers/f1", first), "*").status());
        assertEquals(204, ifMatch(HttpRequest.DELETE("/api/providers/f1"),
                api.get("/api/providers/f1", admin).response().header("ETag")).status());
        assertEquals(404, ifMatch(HttpRequest.PUT("/api/providers/nope", farm("nope", "X")), "*").status());
        List<String> actions = audit.findByObjectTypeAndObjectIdOrderByIdAsc("provider", "f1").stream()
                .map(e -> e.action()).toList();
        assertEquals(List.of("CREATE", "UPDATE", "UPDATE", "UPDATE", "DEACTIVATE"), actions);
    }

    private Api.Answer ifMatch(io.micronaut.http.MutableHttpRequest<?> request, String etag) {
        return api.send(request.header("If-Match", etag), admin);
    }

    @Test
    void searchTakesAPlaceNameOrAPostcodeForTheMunicipality() {
        api.post("/api/providers/import", List.of(farm("f1", "De Linde")), admin);
        Api.Answer byPlace = api.get("/api/providers/search?q=dagbesteding&municipality=Lichtenvoorde&age=15", admin);
        assertEquals("Oost Gelre", byPlace.text("municipality"));
        assertEquals(1, ((List<?>) byPlace.map().get("hits")).size());
        Api.Answer byPostcode = api.get("/api/providers/search?q=dagbesteding&postcode=7141%20AB", admin);
        assertEquals("Oost Gelre", byPostcode.text("municipality"));
        assertEquals(List.of(), searchIds("q=dagbesteding&municipality=Lichtenvoorde&age=45"));
    }

    @Test
    void badSearchParametersAreEachNamed() {
        Api.Answer answer = api.get("/api/providers/search?q=x&municipality=Atlantis&age=200&limit=0", admin);
        assertEquals(400, answer.status());
        List<String> fields = ((List<?>) answer.map().get("errors")).stream()
                .map(e -> String.valueOf(((Map<?, ?>) e).get("field"))).toList();
        assertEquals(List.of("municipality", "age", "limit"), fields);
        assertEquals(400, api.get("/api/providers/search?age=vijftien", admin).status());
    }

    @Test
    void staffAndCoordinatorsSearchButOnlyAdminsChangeTheDirectory() {
        for (String role : List.of("STAFF", "COORDINATOR")) {
            String token = StaffTokens.withRole(api, admin, role);
            assertEquals(200, api.get("/api/providers/search?q=dagbesteding", token).status());
            assertEquals(403, api.get("/api/providers", token).status());
            assertEquals(403, api.get("/api/providers/f1", token).status());
            assertEquals(403, api.post("/api/providers", farm("f1", "X"), token).status());
            assertEquals(403, api.put("/api/providers/f1", farm("f1", "X"), token).status());
            assertEquals(403, api.delete("/api/providers/f1", token).status());
            assertEquals(403, api.post("/api/providers/import", List.of(), token).status());
            assertEquals(403, api.post("/api/providers/reindex", Map.of(), token).status());
        }
        for (String path : List.of("/api/providers", "/api/providers/search?q=x", "/api/providers/f1")) {
            assertEquals(401, api.get(path, null).status(), path);
        }
    }

    @Test
    void reindexRebuildsTheIndexFromTheTable() {
        api.post("/api/providers/import", List.of(farm("f1", "De Linde"), farm("f2", "Het Veld")), admin);
        index.replaceAll(List.of());
        assertEquals(List.of(), searchIds("q=zorgboerderij"));
        Api.Answer answer = api.post("/api/providers/reindex", Map.of(), admin);
        assertEquals(2, ((Number) answer.map().get("indexed")).intValue());
        assertEquals(2, searchIds("q=zorgboerderij").size());
    }

    @Test
    void changesMadeByAnotherInstanceAreFoundByTheirVersions() {
        api.post("/api/providers/import", List.of(farm("f1", "De Linde"), farm("f2", "Het Veld")), admin);
        // another instance: the rows change, this instance's index hears nothing of it
        TestDatabase.execute(dataSource, "UPDATE provider SET name = 'De Nieuwe Linde', version = version + 1"
                + " WHERE external_id = 'f1'");
        TestDatabase.execute(dataSource, "UPDATE provider SET active = FALSE, version = version + 1"
                + " WHERE external_id = 'f2'");
        ProviderDirectory.Synced synced = directory.syncIndex();
        assertEquals(new ProviderDirectory.Synced(1, 1), synced);
        Api.Answer hits = api.get("/api/providers/search?q=zorgboerderij", admin);
        assertEquals("De Nieuwe Linde", ((Map<?, ?>) ((List<?>) hits.map().get("hits")).getFirst()).get("name"));
        assertEquals(1, ((List<?>) hits.map().get("hits")).size());
        assertEquals(new ProviderDirectory.Synced(0, 0), directory.syncIndex());
    }
}
