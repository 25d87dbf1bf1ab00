package nl.zorgloket.search.provider;

import nl.zorgloket.search.care.CareVocabulary;
import nl.zorgloket.search.text.CareAnalyzer;
import nl.zorgloket.search.place.GeoPoint;
import nl.zorgloket.search.place.Location;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderIndexTest {
    private ProviderIndex index;

    @BeforeEach
    void openIndex() {
        index = ProviderIndex.open(new ByteBuffersDirectory(), CareVocabulary.bundled());
        index.upsertAll(List.of(
                new Provider("farm", "Zorgboerderij De Linde", "Dagbesteding tussen de dieren.",
                        List.of("dagbesteding", "zorgboerderij", "autisme"), List.of("Oost Gelre", "Winterswijk"),
                        12, 30, true),
                new Provider("farm-full", "Zorgerf Het Veld", "Dagbesteding op het erf.",
                        List.of("dagbesteding", "zorgboerderij"), List.of("Oost Gelre"), 12, 65, false),
                new Provider("elderly", "Dagcentrum Zonnehoek", "Dagbesteding voor ouderen met dementie.",
                        List.of("dagbesteding", "dementie"), List.of("Oost Gelre"), 60, null, true),
                new Provider("far", "Zorgboerderij Verweg", "Dagbesteding.",
                        List.of("dagbesteding", "zorgboerderij", "autisme"), List.of("Venlo"), 12, 30, true)));
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    private List<String> ids(ProviderQuery q) {
        return index.match(q).stream().map(ProviderHit::externalId).toList();
    }

    @Test
    void servesOnlyProvidersThatWorkInTheMunicipality() {
        assertEquals(List.of("farm", "farm-full"),
                ids(new ProviderQuery("dagbesteding zorgboerderij autisme", "Oost Gelre", 15, 5, "nl")));
    }

    @Test
    void excludesProvidersOutsideTheAgeRange() {
        assertEquals(List.of("elderly"), ids(new ProviderQuery("dagbesteding dementie", "Oost Gelre", 82, 5, "nl")));
    }

    @Test
    void aWordWhoseCareDependsOnTheAgeIsReadForTheAge() {
        ProviderHit hit = index.match(new ProviderQuery("mijn vader is erg verward", "Oost Gelre", 82, 1, "nl")).getFirst();
        assertEquals("elderly", hit.externalId());
        assertTrue(hit.reasons().contains("ervaring met geheugenproblemen of dementie"), hit.reasons().toString());
    }

    @Test
    void waitingListRanksBelowAnEqualProviderWithRoom() {
        List<ProviderHit> hits = index.match(new ProviderQuery("zorgboerderij", "Oost Gelre", 20, 5, "nl"));
        assertEquals(List.of("farm", "farm-full"), hits.stream().map(ProviderHit::externalId).toList());
        assertTrue(hits.get(1).reasons().contains("heeft een wachtlijst"));
    }

    @Test
    void severalMatchingKindsOfCareMakeOneReason() {
        ProviderHit hit = index.match(new ProviderQuery("dagbesteding zorgboerderij autisme", "Oost Gelre", 15, 1, "nl"))
                .getFirst();
        assertEquals("ervaring met dagbesteding, een zorgboerderij en autisme", hit.reasons().get(1));
    }

    @Test
    void waitingListRanksBelowAProviderWithRoomEvenWhenItsTextFitsBetter() {
        index.replaceAll(List.of(
                new Provider("room", "Zorgboerderij De Hazelaar", "Dagbesteding op een zorgboerderij tussen de koeien, "
                        + "kippen en geiten. Voor jongeren met autisme of ADHD, ook na school en in de vakanties.",
                        List.of("dagbesteding", "zorgboerderij", "autisme", "jeugdzorg", "gedragsproblemen"),
                        List.of("Oost Gelre", "Berkelland", "Winterswijk", "Aalten"), 12, 23, true),
                new Provider("full", "Zorgboerderij De Vlinder", "Kleine zorgboerderij met dagbesteding voor kinderen "
                        + "en jongeren met autisme. Op dit moment is er een wachtlijst.",
                        List.of("dagbesteding", "zorgboerderij", "autisme", "jeugdzorg"),
                        List.of("Oost Gelre", "Winterswijk"), 6, 18, false)));
        List<String> ids = ids(new ProviderQuery("Hallo, ik zoek dagbesteding op een zorgboerderij voor mijn zoon "
                + "van 15 met autisme, wij wonen in Lichtenvoorde", "Oost Gelre", 15, 5, "nl"));
        assertEquals(List.of("room", "full"), ids);
    }

    @Test
    void aProviderThatOnlySharesAnEverydayWordWithAnUnderstoodNeedIsNotSuggested() {
        index.upsert(new Provider("money", "Thuisadministratie Op Orde", "Hulp bij geldzaken, voor wie het alleen "
                + "niet meer lukt.", List.of("thuisadministratie"), List.of("Oost Gelre"), 18, null, true));
        assertEquals(List.of("elderly"), ids(new ProviderQuery("mijn moeder heeft dementie en kan het alleen niet meer, "
                + "ze heeft hulp nodig", "Oost Gelre", 82, 5, "nl")), "not the money helper for 'alleen' and 'hulp'");
        assertEquals(List.of("money"), ids(new ProviderQuery("wie kan helpen, het lukt alleen niet meer", "Oost Gelre",
                82, 5, "nl")), "a need with no kind of care read still finds words");
    }

    @Test
    void everyHitSaysWhyItFits() {
        ProviderHit hit = index.match(new ProviderQuery("mijn zoon heeft ASS", "Oost Gelre", 15, 1, "nl")).getFirst();
        assertEquals("farm", hit.externalId());
        assertEquals(List.of("werkt in Oost Gelre", "ervaring met autisme", "helpt mensen van 12 tot 30 jaar",
                "heeft plek voor nieuwe cliënten"), hit.reasons());
    }

    @Test
    void anAgeRangeOpenAtOneEndSaysOnlyTheBoundThatCounts() {
        ProviderHit elderly = index.match(new ProviderQuery("dementie", "Oost Gelre", 82, 1, "nl")).getFirst();
        assertEquals("elderly", elderly.externalId());
        assertTrue(elderly.reasons().contains("helpt mensen vanaf 60 jaar"), elderly.reasons().toString());
        index.upsert(new Provider("young", "Jeugdhulp Slinge", "Jeugdhulp.", List.of("jeugdzorg"), List.of("Oude IJsselstreek"),
                0, 18, true));
        index.upsert(new Provider("all", "Thuiszorg Overal", "Thuiszorg.", List.of("wijkverpleging"), List.of("Oude IJsselstreek"),
                0, 110, true));
        ProviderHit young = index.match(new ProviderQuery("jeugdhulp", "Oude IJsselstreek", 12, 1, "en")).getFirst();
        assertTrue(young.reasons().contains("helps people up to 18"), young.reasons().toString());
        ProviderHit all = index.match(new ProviderQuery("thuiszorg", "Oude IJsselstreek", 40, 1, "nl")).getFirst();
        assertEquals("all", all.externalId());
        assertTrue(all.reasons().stream().noneMatch(r -> r.startsWith("helpt mensen")), all.reasons().toString());
    }

    @Test
    void reasonsFollowTheClientsLanguage() {
        ProviderHit hit = index.match(new ProviderQuery("autism", "Oost Gelre", 15, 1, "en")).getFirst();
        assertEquals(List.of("works in Oost Gelre", "experience with autism", "helps people aged 12 to 30",
                "has room for new clients"), hit.reasons());
    }

    @Test
    void unrelatedNeedFindsNothingRatherThanAnything() {
        assertEquals(List.of(), ids(new ProviderQuery("fietsenmaker", "Oost Gelre", 15, 5, "nl")));
    }

    @Test
    void updateIsVisibleToTheNextSearch() {
        index.upsert(new Provider("far", "Zorgboerderij Verweg", "Dagbesteding.",
                List.of("dagbesteding", "zorgboerderij", "autisme"), List.of("Venlo", "Oost Gelre"), 12, 30, true));
        assertTrue(ids(new ProviderQuery("autisme", "Oost Gelre", 15, 5, "nl")).contains("far"));
    }

    @Test
    void queryLikeInputIsJustText() {
        String hostile = "(((".repeat(1000) + " *:* zorgboerderij* /dieren.*/ AND OR NOT \\ " + "x".repeat(10_000);
        assertEquals(ids(new ProviderQuery("zorgboerderij dieren", "Oost Gelre", 15, 5, "nl")),
                ids(new ProviderQuery(hostile, "Oost Gelre", 15, 5, "nl")));
    }

    @Test
    void aTypoInAWordOutsideTheCareVocabularyStillFinds() {
        // "Verweg" is a name, not a kind of care: only the text field with typo tolerance can find it
        assertEquals(List.of("far"), ids(new ProviderQuery("verwg", null, null, 5, "nl")));
    }

    @Test
    void aTypoOfAWordThatArrivesWithANewProviderFindsIt() {
        // the first search learns that "tuinmn" is near no word; the next index version must not believe it
        assertEquals(List.of(), ids(new ProviderQuery("tuinmn", null, null, 5, "nl")));
        index.upsert(new Provider("garden", "De Tuinman", "Werk in de kas.", List.of(), List.of("Oost Gelre"),
                null, null, true));
        assertEquals(List.of("garden"), ids(new ProviderQuery("tuinmn", null, null, 5, "nl")));
    }

    @Test
    void aPartOfACompoundFindsTheCompound() {
        // "crisisopvang" is no kind of care in the vocabulary: only the analysis splits it
        index.upsert(new Provider("shelter", "De Haven", "Crisisopvang voor gezinnen.", List.of(),
                List.of("Oost Gelre"), null, null, true));
        assertEquals(List.of("shelter"), ids(new ProviderQuery("opvang", "Oost Gelre", null, 5, "nl")));
    }

    @Test
    void hostileInputIsAnsweredWithinTheTimeItTakesToType() {
        // a guard against pathological inputs (clause explosions, regex backtracking), not a speed goal:
        // speed is measured by the search benchmark
        List<String> hostile = List.of("(((".repeat(1000), "*".repeat(10_000), "a~2 ".repeat(2_500),
                "/(a+)+b/ ".repeat(1_000), "zorgboerderij ".repeat(700), "\\u0000\"'`;--".repeat(1_000),
                "ééé".repeat(3_000), "x".repeat(10_000));
        for (String text : hostile) {
            assertTimeoutPreemptively(Duration.ofSeconds(2),
                    () -> index.match(new ProviderQuery(text, "Oost Gelre", 15, 50, "nl")), text.substring(0, 20));
        }
    }

    @Test
    void anIndexWrittenByAnotherAnalysisOrFormatStartsEmptyToBeRebuilt() throws Exception {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter old = new IndexWriter(directory, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new KeywordField("id", "stale", Field.Store.YES));
            old.addDocument(doc);
            old.setLiveCommitData(Map.of("schema", "dutch-0/fields-1").entrySet());
            old.commit();
        }
        try (ProviderIndex reopened = ProviderIndex.open(directory, CareVocabulary.bundled())) {
            assertEquals(0, reopened.size());
            assertEquals(Map.of(), reopened.versions());
        }
    }

    @Test
    void anIndexWrittenWithAnotherVocabularyStartsEmptyToBeRebuilt() throws Exception {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        // as written before the vocabulary was part of the schema: same analysis and fields
        String sameAnalysisOtherWords = CareAnalyzer.VERSION + "/" + ProviderDocuments.FORMAT;
        try (IndexWriter old = new IndexWriter(directory, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new KeywordField("id", "stale", Field.Store.YES));
            old.addDocument(doc);
            old.setLiveCommitData(Map.of("schema", sameAnalysisOtherWords).entrySet());
            old.commit();
        }
        try (ProviderIndex reopened = ProviderIndex.open(directory, CareVocabulary.bundled())) {
            assertEquals(0, reopened.size());
        }
        assertNotEquals(sameAnalysisOtherWords, ProviderIndex.schema(CareVocabulary.bundled()));
    }

    @Test
    void aReopenedIndexKnowsTheVersionsItHolds() {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (ProviderIndex first = ProviderIndex.open(directory, CareVocabulary.bundled())) {
            first.upsertAll(List.of(new Provider("a", "A", "dagbesteding", List.of(), List.of("Aalten"), null, null,
                    true, 7), new Provider("b", "B", "dagbesteding", List.of(), List.of("Aalten"), null, null, true, 3)));
            first.delete("b");
        }
        try (ProviderIndex reopened = ProviderIndex.open(directory, CareVocabulary.bundled())) {
            assertEquals(Map.of("a", 7L), reopened.versions());
        }
    }

    @Test
    void nearerProvidersRankHigherAndSayHowFar() {
        Location lichtenvoorde = new Location(new GeoPoint(51.987, 6.567), Location.Precision.POSTCODE_AREA);
        index.replaceAll(List.of(
                new Provider("far", "Zorgboerderij Ver", "Dagbesteding op de boerderij.", List.of("zorgboerderij"),
                        List.of("Oost Gelre"), null, null, true, 1, new GeoPoint(52.10, 6.90)),
                new Provider("near", "Zorgboerderij Dichtbij", "Dagbesteding op de boerderij.", List.of("zorgboerderij"),
                        List.of("Oost Gelre"), null, null, true, 1, new GeoPoint(51.99, 6.58)),
                new Provider("unknown", "Zorgboerderij Ergens", "Dagbesteding op de boerderij.",
                        List.of("zorgboerderij"), List.of("Oost Gelre"), null, null, true, 1, null)));
        List<ProviderHit> hits = index.match(new ProviderQuery("zorgboerderij", "Oost Gelre", null, 5, "nl",
                lichtenvoorde));
        assertEquals(List.of("near", "far", "unknown"), hits.stream().map(ProviderHit::externalId).toList());
        assertTrue(hits.get(0).reasons().contains("op 1 km"), hits.get(0).reasons().toString());
        assertTrue(hits.get(1).reasons().contains("op 26 km"), hits.get(1).reasons().toString());
        assertTrue(hits.get(2).reasons().stream().noneMatch(r -> r.endsWith(" km")));
    }

    @Test
    void aTownsCentreRanksByDistanceWithoutSayingHowFar() {
        index.replaceAll(List.of(
                new Provider("far", "Zorgboerderij Ver", "Dagbesteding op de boerderij.", List.of("zorgboerderij"),
                        List.of("Oost Gelre"), null, null, true, 1, new GeoPoint(52.10, 6.90)),
                new Provider("near", "Zorgboerderij Dichtbij", "Dagbesteding op de boerderij.", List.of("zorgboerderij"),
                        List.of("Oost Gelre"), null, null, true, 1, new GeoPoint(51.99, 6.58))));
        // the client's home may lie kilometres from the centre of their municipality
        List<ProviderHit> hits = index.match(new ProviderQuery("zorgboerderij", "Oost Gelre", null, 5, "nl",
                new Location(new GeoPoint(52.009, 6.578), Location.Precision.MUNICIPALITY)));
        assertEquals(List.of("near", "far"), hits.stream().map(ProviderHit::externalId).toList());
        assertTrue(hits.stream().flatMap(h -> h.reasons().stream()).noneMatch(r -> r.endsWith(" km")));
    }

    @Test
    void withoutALocationTheOrderIsTheTextsAlone() {
        List<ProviderHit> hits = index.match(new ProviderQuery("zorgboerderij", "Oost Gelre", 20, 5, "nl"));
        assertTrue(hits.stream().flatMap(h -> h.reasons().stream()).noneMatch(r -> r.endsWith(" km")));
    }
}
