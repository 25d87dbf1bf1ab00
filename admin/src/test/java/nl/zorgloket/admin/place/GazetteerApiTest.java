package nl.zorgloket.admin.place;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.zorgloket.admin.staff.StaffTokens;
import nl.zorgloket.admin.testing.Api;
import nl.zorgloket.admin.testing.ApiTest;
import nl.zorgloket.intake.place.PostcodeAreaRepository;
import nl.zorgloket.intake.place.PostcodeTable;
import nl.zorgloket.intake.provider.ProviderDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /api/gazetteer: admins import postcode areas; search ranks by the distance they give. */
@MicronautTest(transactional = false, environments = "test")
class GazetteerApiTest extends ApiTest {
    @Inject
    PostcodeAreaRepository areas;
    @Inject
    PostcodeTable table;
    @Inject
    ProviderDirectory directory;

    private String admin;

    @BeforeEach
    void clean() {
        table.load();
        directory.rebuildIndex();
        admin = adminToken();
    }

    private Api.Answer importCsv(String csv, String token) {
        return api.send(HttpRequest.POST("/api/gazetteer/postcodes", csv).contentType("text/csv"), token);
    }

    @Test
    void theMunicipalitiesComeByNameAsTheCbsListSpellsThem() {
        Api.Answer answer = api.get("/api/gazetteer/municipalities", admin);
        assertEquals(200, answer.status(), String.valueOf(answer.body()));
        List<String> names = answer.list().stream().map(m -> String.valueOf(m.get("name"))).toList();
        assertTrue(names.size() > 300, names.size() + " municipalities");
        assertTrue(names.contains("Oost Gelre") && names.contains("'s-Hertogenbosch"), names.toString());
        assertEquals("Gelderland", answer.list().get(names.indexOf("Oost Gelre")).get("province"));
        // by letters, as a reader looks them up, not by character codes: "Delft" between "De Bilt" and
        // "De Wolden", "Súdwest-Fryslân" among the S
        assertTrue(names.indexOf("Aa en Hunze") < names.indexOf("Zwolle"));
        assertTrue(names.indexOf("De Bilt") < names.indexOf("Delft") && names.indexOf("Delft") < names.indexOf("De Wolden"),
                names.toString());
        assertTrue(names.indexOf("Súdwest-Fryslân") < names.indexOf("Terneuzen"), names.toString());
        assertEquals(401, api.get("/api/gazetteer/municipalities", null).status());
    }

    @Test
    void aPlaceNameGivesTheMunicipalitiesItMayMean() {
        assertEquals(List.of("Oost Gelre"), municipalitiesOf("Lichtenvoorde"));
        assertEquals(List.of("Oost Gelre"), municipalitiesOf("oost%20gelre"));
        assertEquals(List.of("Bronckhorst", "Hengelo"), municipalitiesOf("Hengelo"));
        assertEquals(List.of(), municipalitiesOf("Atlantis"));
    }

    private List<String> municipalitiesOf(String place) {
        Api.Answer answer = api.get("/api/gazetteer/municipalities?place=" + place, admin);
        assertEquals(200, answer.status(), String.valueOf(answer.body()));
        return answer.list().stream().map(m -> String.valueOf(m.get("name"))).toList();
    }

    @Test
    void anAdminImportsAreasThatLieOverTheBundledTable() {
        Api.Answer answer = importCsv("pc4,municipality,lat,lon\n7141,Oost Gelre,51.987,6.567\n7131,oost gelre,,\n", admin);
        assertEquals(200, answer.status(), String.valueOf(answer.body()));
        assertEquals(Map.of("imported", 2, "withCentre", 1), answer.map());
        assertEquals(2, areas.count());
        Api.Answer area = api.get("/api/gazetteer/postcodes/7141", admin);
        assertEquals(51.987, ((Number) area.map().get("lat")).doubleValue(), 1e-9);
        assertEquals("Oost Gelre", api.get("/api/gazetteer/postcodes/7131", admin).text("municipality"));
    }

    @Test
    void aDutchSpreadsheetExportIsReadToo() {
        Api.Answer answer = importCsv("\uFEFFpc4;gemeente;lat;lon\r\n7141;Oost Gelre;51,987;6,567\r\n", admin);
        assertEquals(200, answer.status(), String.valueOf(answer.body()));
        assertEquals(6.567, ((Number) api.get("/api/gazetteer/postcodes/7141", admin).map().get("lon")).doubleValue(), 1e-9);
    }

    @Test
    void aBadFileStoresNothingAndNamesEveryLine() {
        Api.Answer answer = importCsv("7141,Oost Gelre,51.9,6.5\n714,Oost Gelre,,\n7131,Lichtenvoorde,,\n"
                + "7132,Oost Gelre,155000,443000\n7141,Oost Gelre,,\n7133\n", admin);
        assertEquals(400, answer.status());
        List<String> named = ((List<?>) answer.map().get("errors")).stream()
                .map(e -> ((Map<?, ?>) e).get("row") + ":" + ((Map<?, ?>) e).get("field")).toList();
        assertEquals(List.of("2:pc4", "3:municipality", "4:lat", "5:pc4", "6:"), named);
        assertTrue(String.valueOf(answer.body()).contains("'Lichtenvoorde' is a place in Oost Gelre"));
        assertEquals(0, areas.count());
    }

    @Test
    void searchRanksNearerProvidersFirstOnceTheAreaHasACentre() {
        Map<String, Object> near = provider("near", "Zorgboerderij Dichtbij", 51.99, 6.58);
        Map<String, Object> far = provider("far", "Zorgboerderij Verder", 52.10, 6.90);
        api.post("/api/providers/import", List.of(far, near), admin);
        importCsv("7141,Oost Gelre,51.987,6.567\n", admin);
        Api.Answer hits = api.get("/api/providers/search?q=zorgboerderij&postcode=7141AB", admin);
        List<?> list = (List<?>) hits.map().get("hits");
        assertEquals("near", ((Map<?, ?>) list.get(0)).get("externalId"));
        assertTrue(((List<?>) ((Map<?, ?>) list.get(1)).get("reasons")).contains("op 26 km"), String.valueOf(list));
    }

    @Test
    void onlyAdminsImportAndStaffMayLookUp() {
        String staff = StaffTokens.withRole(api, admin, "STAFF");
        assertEquals(403, importCsv("7141,Oost Gelre,,\n", staff).status());
        assertEquals(200, api.get("/api/gazetteer/postcodes/7141", staff).status());
        assertEquals(404, api.get("/api/gazetteer/postcodes/1011", staff).status());
        assertEquals(401, api.get("/api/gazetteer/postcodes/7141", null).status());
    }

    private static Map<String, Object> provider(String id, String name, double lat, double lon) {
        Map<String, Object> p = new HashMap<>();
        p.put("externalId", id);
        p.put("name", name);
        p.put("expertise", List.of("zorgboerderij", "dagbesteding"));
        p.put("municipalities", List.of("Oost Gelre"));
        p.put("location", Map.of("lat", lat, "lon", lon));
        return p;
    }
}
