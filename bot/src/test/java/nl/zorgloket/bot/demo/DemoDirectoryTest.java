package nl.zorgloket.bot.demo;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import nl.zorgloket.intake.provider.ProviderImport;
import nl.zorgloket.search.care.CareVocabulary;
import nl.zorgloket.search.place.Gazetteer;
import nl.zorgloket.search.provider.Provider;
import nl.zorgloket.search.provider.ProviderHit;
import nl.zorgloket.search.provider.ProviderIndex;
import nl.zorgloket.search.provider.ProviderQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fictional directory the demo run loads: well formed, clearly marked, and useful for the example request. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDirectoryTest {
    private List<ProviderImport> providers;

    @BeforeAll
    void read() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/demo/providers.json")) {
            providers = ObjectMapper.getDefault().readValue(in, Argument.listOf(ProviderImport.class));
        }
    }

    @Test
    void everyProviderIsMarkedAsADemoAndHasAUniqueId() {
        Set<String> ids = new HashSet<>();
        for (ProviderImport p : providers) {
            assertTrue(p.name().endsWith("(demo)"), p.name());
            assertTrue(p.description().startsWith("Demo-aanbieder, verzonnen."), p.externalId());
            assertTrue(p.contact().website().endsWith(".example"), "no real address: " + p.contact().website());
            assertTrue(ids.add(p.externalId()), "duplicate " + p.externalId());
        }
        assertTrue(providers.size() >= 12, "a directory worth searching: " + providers.size());
    }

    @Test
    void everyMunicipalityIsACurrentDutchMunicipality() {
        Gazetteer gazetteer = Gazetteer.bundled();
        for (ProviderImport p : providers) {
            for (String m : p.municipalities()) {
                assertTrue(gazetteer.municipality(m).isPresent(), p.externalId() + ": " + m);
            }
        }
    }

    @Test
    void exampleRequestGetsTheFarmWithRoomFirst() {
        try (ProviderIndex index = ProviderIndex.open(new ByteBuffersDirectory(), CareVocabulary.bundled())) {
            index.replaceAll(providers.stream().map(p -> new Provider(p.externalId(), p.name(), p.description(),
                    p.expertise(), p.municipalities(), p.ageMin(), p.ageMax(), p.acceptingClients())).toList());
            List<ProviderHit> hits = index.match(new ProviderQuery("Hallo, ik zoek dagbesteding op een zorgboerderij "
                    + "voor mijn zoon van 15 met autisme, wij wonen in Lichtenvoorde", "Oost Gelre", 15, 3, "nl"));
            assertEquals(List.of("demo-hazelaar", "demo-vlinder"),
                    hits.stream().limit(2).map(ProviderHit::externalId).toList());
            assertTrue(hits.get(1).reasons().contains("heeft een wachtlijst"));
        }
    }
}
