package nl.zorgloket.search.place;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    @Test
    void knowsAllMunicipalitiesOfTheCbsList() {
        assertEquals(342, GAZETTEER.municipalities().size());
    }

    @Test
    void aNameSeveralPlacesShareIsUnclearUntilAQualifierOrPostcodeSaysWhich() {
        PlaceMatch hengelo = GAZETTEER.resolveAnswer("hengelo").orElseThrow();
        assertEquals(List.of("Bronckhorst", "Hengelo"), GAZETTEER.unclear(hengelo).stream().map(Municipality::name).toList());
        assertEquals(List.of("Laren", "Lochem"), GAZETTEER.unclear(GAZETTEER.resolveAnswer("Laren").orElseThrow())
                .stream().map(Municipality::name).toList());
        PlaceMatch gld = GAZETTEER.resolveAnswer("Hengelo Gld").orElseThrow();
        assertEquals("Bronckhorst", gld.municipality().name());
        assertEquals(List.of(), GAZETTEER.unclear(gld));
        PlaceMatch withPostcode = GAZETTEER.findIn("we wonen op 7255 AB Hengelo").orElseThrow();
        assertEquals("Bronckhorst", withPostcode.municipality().name(), "the postcode tells which Hengelo");
        assertEquals(List.of(), GAZETTEER.unclear(withPostcode));
        assertEquals(List.of(), GAZETTEER.unclear(GAZETTEER.resolveAnswer("Lichtenvoorde").orElseThrow()));

        // "Bergen": only "Bergen (NH)" and "Bergen (L)" are names; the bare one is an answer to ask about
        PlaceMatch bergen = GAZETTEER.resolveAnswer("Bergen").orElseThrow();
        assertEquals("Bergen", bergen.said());
        assertEquals(List.of("Bergen (L)", "Bergen (NH)"), GAZETTEER.unclear(bergen).stream().map(Municipality::name).toList());
        assertEquals(Optional.empty(), GAZETTEER.findIn("we gaan op vakantie naar de bergen"), "a word in passing");
        assertEquals(Optional.empty(), GAZETTEER.municipality("Bergen"), "no guess for the admin's lists either");
    }

    @Test
    void mapsVillagesOfTheSeedRegionsToTheirMunicipality() {
        assertEquals("Oost Gelre", GAZETTEER.municipality("Lichtenvoorde").orElseThrow().name());
        assertEquals("Oost Gelre", GAZETTEER.municipality("Groenlo").orElseThrow().name());
        assertEquals("Oude IJsselstreek", GAZETTEER.municipality("Ulft").orElseThrow().name());
        assertEquals("Berkelland", GAZETTEER.municipality("Eibergen").orElseThrow().name());
        assertEquals("Horst aan de Maas", GAZETTEER.municipality("Sevenum").orElseThrow().name());
    }

    @Test
    void findsAPlaceInsideASentence() {
        PlaceMatch match = GAZETTEER.findIn("ik zoek dagbesteding, wij wonen in Lichtenvoorde").orElseThrow();
        assertEquals("Lichtenvoorde", match.said());
        assertEquals("Oost Gelre", match.municipality().name());
    }

    @Test
    void ijWrittenAsYIsTheSamePlace() {
        assertEquals("Winterswijk", GAZETTEER.findIn("wij wonen in winterswyk").orElseThrow().municipality().name());
        assertEquals("Oude IJsselstreek", GAZETTEER.findIn("in Ulft, gemeente oude ysselstreek").orElseThrow()
                .municipality().name());
    }

    @Test
    void aLongNameOneLetterOffIsFoundInASentenceToo() {
        assertEquals("Oost Gelre", GAZETTEER.findIn("ik woon in lichtenvoord en zoek hulp").orElseThrow()
                .municipality().name());
        assertEquals("Doetinchem", GAZETTEER.findIn("wij wonen in doetinchen").orElseThrow().municipality().name());
        assertTrue(GAZETTEER.findIn("ik zoek dagbesteding op een zorgboerderij voor mijn zoon met autisme").isEmpty(),
                "care words are no places");
    }

    @Test
    void aNameWithATypoRightAfterWhereOneLivesIsFound() {
        assertEquals("Oost Gelre", GAZETTEER.findIn("mijn vader is 80 en woont in groenloo").orElseThrow()
                .municipality().name());
        assertEquals("Winterswijk", GAZETTEER.findIn("she lives in winterwijk with her dog").orElseThrow()
                .municipality().name());
        assertTrue(GAZETTEER.findIn("ze woont in een verzorgingshuis").isEmpty(), "no place after it");
        assertTrue(GAZETTEER.findIn("ik wil groenloo").isEmpty(), "a short name off by a letter, elsewhere");
    }

    @Test
    void fourDigitsAfterInAreAPostcodeInASentence() {
        assertEquals("Aalten", GAZETTEER.findIn("voor mijn schoonmoeder (91) in 7122 zoeken we logeeropvang")
                .orElseThrow().municipality().name());
        assertTrue(GAZETTEER.findIn("zij is in 2019 verhuisd").isEmpty(), "a year is no postcode");
        assertTrue(GAZETTEER.findIn("ik betaal 7122 euro").isEmpty(), "an amount is no postcode");
    }

    @Test
    void prefersTheLongestName() {
        assertEquals("Horst aan de Maas", GAZETTEER.findIn("wij wonen in horst aan de maas").orElseThrow()
                .municipality().name());
    }

    @Test
    void everydayWordsAreNoPlaceInASentence() {
        assertTrue(GAZETTEER.findIn("mijn buren helpen echt best veel").isEmpty());
    }

    @Test
    void everydayWordIsAPlaceWhenItIsTheWholeAnswer() {
        assertEquals("Best", GAZETTEER.resolveAnswer("Best").orElseThrow().municipality().name());
    }

    @Test
    void readsPostcodesInEveryCommonSpelling() {
        assertEquals("7141 AB", Gazetteer.postcodeIn("postcode 7141 AB"));
        assertEquals("7141 AB", Gazetteer.postcodeIn("7141ab"));
        assertNull(Gazetteer.postcodeIn("7141 SS"));
        assertNull(Gazetteer.postcodeIn("0141 AB"));
    }

    @Test
    void aSmallWordAfterFourDigitsIsNoPostcodesLetters() {
        assertNull(Gazetteer.postcodeIn("We wonen in 7101 en zoeken opvang"));
        assertNull(Gazetteer.addressIn("we wonen in 7101 op 12 hoog"));
        assertEquals("7101 EN", Gazetteer.postcodeIn("We wonen op 7101 EN 4"));
        assertEquals("7101 EN", Gazetteer.postcodeIn("postcode 7101en"));
        assertEquals("7141 AB", Gazetteer.postcodeIn("in 7101 en nu in 7141 ab"));
        assertEquals("Winterswijk", GAZETTEER.findIn("We wonen in 7101 en zoeken opvang").orElseThrow()
                .municipality().name());
    }

    @Test
    void postcodeAloneGivesTheMunicipality() {
        PlaceMatch match = GAZETTEER.findIn("7141AB").orElseThrow();
        assertEquals("Oost Gelre", match.municipality().name());
        assertEquals("7141 AB", match.postcode());
    }

    @Test
    void bareFourDigitsCountOnlyAsAnAnswer() {
        assertTrue(GAZETTEER.findIn("7131").isEmpty());
        assertEquals("Oost Gelre", GAZETTEER.resolveAnswer("7131").orElseThrow().municipality().name());
    }

    @Test
    void answerWithATypoStillFindsThePlace() {
        assertEquals("Oost Gelre", GAZETTEER.resolveAnswer("lichtevoorde").orElseThrow().municipality().name());
        assertEquals("Doetinchem", GAZETTEER.resolveAnswer("in doetinchen").orElseThrow().municipality().name());
    }

    @Test
    void unknownAnswerFindsNothing() {
        assertEquals(Optional.empty(), GAZETTEER.resolveAnswer("weet ik niet"));
    }

    @Test
    void importedPostcodeAreasLieOverTheBundledOnesAndGiveCentres() {
        Gazetteer gazetteer = Gazetteer.bundled();
        GeoPoint oostGelre = gazetteer.municipalityNamed("Oost Gelre").orElseThrow().centre();
        assertEquals(new Location(oostGelre, Location.Precision.MUNICIPALITY),
                gazetteer.locate("7141 AB", null).orElseThrow(), "the bundled table has no centres of its own");
        gazetteer.usePostcodes(List.of(new PostcodeArea("7141", "Oost Gelre", new GeoPoint(51.99, 6.57)),
                new PostcodeArea("7131", "Oost Gelre", null)));
        assertEquals(new Location(new GeoPoint(51.99, 6.57), Location.Precision.POSTCODE_AREA),
                gazetteer.locate("7141 AB", "Winterswijk").orElseThrow(), "the postcode is nearer than the town");
        // an area without a centre, or no postcode at all: the centre of the municipality
        assertEquals(new Location(oostGelre, Location.Precision.MUNICIPALITY), gazetteer.locate("7131", null).orElseThrow());
        assertEquals(new Location(oostGelre, Location.Precision.MUNICIPALITY),
                gazetteer.locate(null, "Lichtenvoorde").orElseThrow());
        assertTrue(gazetteer.locate("1011", "Atlantis").isEmpty());
        assertTrue(gazetteer.locate(null, null).isEmpty());
    }

    @Test
    void everyMunicipalityHasACentreNearItsTownHall() {
        for (Municipality m : GAZETTEER.municipalities()) {
            assertTrue(m.centre().lat() > 50.7 && m.centre().lat() < 53.6 && m.centre().lon() > 3.3
                    && m.centre().lon() < 7.3, m + " lies outside the Netherlands");
        }
        // one municipality in every province, and the two the cooperative's members name most, each
        // against where its town hall stands: a centre in the wrong place would be tens of km off
        Map<String, GeoPoint> townHalls = Map.ofEntries(
                Map.entry("Groningen", new GeoPoint(53.219, 6.567)), Map.entry("Leeuwarden", new GeoPoint(53.201, 5.799)),
                Map.entry("Assen", new GeoPoint(52.993, 6.563)), Map.entry("Zwolle", new GeoPoint(52.512, 6.094)),
                Map.entry("Lelystad", new GeoPoint(52.518, 5.471)), Map.entry("Arnhem", new GeoPoint(51.985, 5.899)),
                Map.entry("Utrecht", new GeoPoint(52.091, 5.122)), Map.entry("Alkmaar", new GeoPoint(52.632, 4.748)),
                Map.entry("Den Haag", new GeoPoint(52.078, 4.288)), Map.entry("Middelburg", new GeoPoint(51.499, 3.611)),
                Map.entry("Tilburg", new GeoPoint(51.556, 5.091)), Map.entry("Maastricht", new GeoPoint(50.851, 5.691)),
                Map.entry("Oost Gelre", new GeoPoint(51.987, 6.567)), Map.entry("Dijk en Waard", new GeoPoint(52.669, 4.830)));
        townHalls.forEach((name, hall) -> {
            double km = GAZETTEER.municipalityNamed(name).orElseThrow().centre().distanceKm(hall);
            assertTrue(km < 8, name + "'s centre lies " + km + " km from its town hall");
        });
    }

    @Test
    void anAreaInAnUnknownMunicipalityIsRefused() {
        Gazetteer gazetteer = Gazetteer.bundled();
        assertThrows(IllegalArgumentException.class,
                () -> gazetteer.usePostcodes(List.of(new PostcodeArea("1234", "Atlantis", null))));
        assertEquals("Oost Gelre", gazetteer.byPostcode("7141").orElseThrow().name());
    }

    @Test
    void anAddressIsAPostcodeWithTheHouseNumberAfterIt() {
        assertEquals("7141 AB 12", Gazetteer.addressIn("we wonen op 7141 AB 12 in Lichtenvoorde"));
        assertEquals("7141 AB 12-A", Gazetteer.addressIn("7141ab 12a"));
        assertEquals("7141 AB 12-2", Gazetteer.addressIn("7141 ab, 12-2"));
        assertEquals("7141 AB 3", Gazetteer.addressIn("postcode 7141AB nummer 3"));
        assertEquals("7141 AB 12", Gazetteer.addressIn("7141 AB 12 en ik ben 80"));
        assertNull(Gazetteer.addressIn("7141 AB"));
        assertNull(Gazetteer.addressIn("mijn zoon van 15 in 7141 AB"));
    }
}
