package nl.zorgloket.search.care;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CareVocabularyTest {
    private static final CareVocabulary VOCABULARY = CareVocabulary.bundled();

    private static List<String> codes(String text) {
        return VOCABULARY.categoriesIn(text).stream().map(CareCategory::code).toList();
    }

    @Test
    void readsSeveralCategoriesFromOneSentence() {
        assertEquals(List.of("dagbesteding", "zorgboerderij", "autisme"),
                codes("ik zoek dagbesteding op een zorgboerderij voor mijn zoon met autisme"));
    }

    @Test
    void aWordSaidOnTheWayInsideAPhraseStillNamesTheCare() {
        assertEquals(List.of("dementie"), codes("ze vergeet ook steeds dingen"));
        assertEquals(List.of("ggz"), codes("hij komt nu de deur niet uit"));
        assertEquals(List.of("ggz"), codes("I feel anxious all the time"));
        assertEquals(List.of(), codes("ik raak in paniek, wat moet ik doen"), "panic is not a panic disorder");
        assertEquals(List.of(), codes("ze vergeet ook de boodschappen"), "no phrase, with or without 'ook'");
        assertEquals(List.of("dementie"), codes("mijn moeder met dementie is weggelopen"), "only a child runs away from home");
    }

    @Test
    void aWordTwoLettersShorterIsNoTypo() {
        assertEquals(List.of("wijkverpleging"), codes("she needs help with showering and getting dressed"),
                "dressed is no depressed");
        assertEquals(List.of("ggz"), codes("hij is erg depresief"), "one letter dropped is a typo still");
    }

    @Test
    void howClientsNameConditionsOfMindBodyAndLifeIsRead() {
        Map<String, List<String>> said = Map.ofEntries(
                Map.entry("hij heeft psychiatrische problemen", List.of("ggz")),
                Map.entry("hij hoort stemmen", List.of("ggz")),
                Map.entry("ze slaapt slecht en piekert veel", List.of("ggz")),
                Map.entry("ze is erg gedragsmoeilijk", List.of("gedrag")),
                Map.entry("hij is 7 en nog niet zindelijk", List.of("verstandelijke_beperking")),
                Map.entry("mijn dochter heeft down", List.of("verstandelijke_beperking")),
                Map.entry("mijn zoon gamet de hele dag", List.of("verslaving")),
                Map.entry("ze is terminaal ziek en wil thuis sterven", List.of("wijkverpleging")),
                Map.entry("ze is incontinent", List.of("wijkverpleging")),
                Map.entry("mijn zoon heeft epilepsie", List.of("lichamelijke_beperking")),
                Map.entry("hij woont op straat", List.of("wonen")),
                Map.entry("ze heeft niemand meer", List.of("begeleiding")),
                Map.entry("onze zoon is hoogbegaafd en loopt vast op school", List.of("jeugdzorg")),
                Map.entry("daycare for my mum", List.of("dagbesteding")),
                Map.entry("ik kan thuis niet meer wonen, ruzie met mijn ouders", List.of("jeugdzorg")),
                Map.entry("ik zoek een maatje voor mijn zoon", List.of("begeleiding")),
                Map.entry("mijn zoon (8) is erg druk en heeft woede aanvallen", List.of("gedrag")),
                Map.entry("ze woont alleen en redt het niet meer", List.of()),
                Map.entry("iemand om mee te praten, ze is veel alleen", List.of("begeleiding")),
                Map.entry("mijn man is overleden en ik ben nu alleen", List.of("begeleiding")),
                Map.entry("we hebben een huilbaby", List.of("jeugdzorg")),
                Map.entry("ik wil stoppen met roken", List.of("verslaving")),
                Map.entry("mijn vader zit nu alleen thuis", List.of("begeleiding")),
                Map.entry("he can't go to school", List.of("jeugdzorg")),
                Map.entry("een logeerplek in het weekend", List.of("logeeropvang")),
                Map.entry("we need someone to help her during the day", List.of("dagbesteding")));
        for (Map.Entry<String, List<String>> e : said.entrySet()) {
            assertEquals(e.getValue(), codes(e.getKey()), e.getKey());
        }
    }

    @Test
    void everydayChoresAreHelpInTheHouse() {
        for (String chores : List.of("hij kan niet meer zelf koken", "wie kan er eten koken voor mijn vader",
                "ze heeft hulp nodig bij de boodschappen", "poetsen en stofzuigen lukt niet meer",
                "ik wil graag iemand die me helpt met boodschappen", "zijn huis is een puinhoop",
                "ik zoek iemand die boodschappen doet voor mijn buurvrouw", "mijn vader heeft hulp nodig in huis",
                "hulp in huis")) {
            assertEquals(List.of("huishouden"), codes(chores), chores);
        }
    }

    @Test
    void someoneWhoStaysInBedOrStopsEatingAndDrinkingNeedsCareAtHome() {
        for (String told : List.of("mijn schoonvader wil niet meer eten en drinken, ligt de hele dag op bed",
                "ze is bedlegerig", "my father is bedridden")) {
            assertEquals(List.of("wijkverpleging"), codes(told), told);
        }
    }

    @Test
    void aCompoundWrittenApartIsStillRead() {
        assertEquals(List.of("logeeropvang", "autisme"), codes("zoek logeer opvang voor zoontje 7 jr ass"));
        assertEquals(List.of("dagbesteding"), codes("dag besteding voor mijn moeder"));
        assertEquals(List.of("zorgboerderij"), codes("een zorg boerderij"));
        assertEquals(List.of(), codes("de mentie"), "no compound of a word of two letters and another");
    }

    @Test
    void noWayBackHomeFromHospitalIsCareForOlderPeople() {
        for (String told : List.of("ze kan straks niet meer terug naar huis", "he cannot go back home")) {
            assertEquals(List.of("ouderen"), codes(told), told);
        }
    }

    @Test
    void noMoneyNoHomeOrNobodyToTalkToIsReadAsSuch() {
        assertEquals(List.of("thuisadministratie"), codes("ik heb geen geld meer voor boodschappen"));
        assertEquals(List.of("thuisadministratie"), codes("de deurwaarder staat voor de deur"));
        assertEquals(List.of("wonen"), codes("we zijn uit huis gezet"));
        assertEquals(List.of("wonen"), codes("I was evicted"));
        assertEquals(List.of("begeleiding"), codes("ik wil graag praten met iemand"));
    }

    @Test
    void aCarerAskingForABreakAsksForCarerSupport() {
        for (String told : List.of("Ik zoek iemand die af en toe oppast zodat ik even rust heb",
                "mn man heeft alzheimer ik kan niet meer", "we need a break now and then")) {
            assertTrue(codes(told).contains("mantelzorg"), told);
        }
        assertFalse(codes("we moeten oppassen dat hij niet valt").contains("mantelzorg"), "careful is no sitter");
    }

    @Test
    void abbreviationMeansTheSameAsTheWord() {
        assertEquals(List.of("autisme"), codes("mijn zoon heeft ASS"));
    }

    @Test
    void shortAbbreviationDoesNotMatchInsideOtherWords() {
        assertTrue(codes("wij wonen in Assen").isEmpty());
    }

    @Test
    void typosInLongWordsAreForgiven() {
        assertEquals(List.of("dagbesteding", "zorgboerderij"), codes("dagbestedin zorgboerdrij"));
        assertEquals(List.of(), codes("hij heeft al een wlz indicatie"), "indicatie is two letters from medicatie");
        assertEquals(List.of(), codes("het is erg druk op mijn werk"), "busy is not restless");
    }

    @Test
    void compoundsContainTheirParts() {
        assertEquals(List.of("zorgboerderij", "jeugdzorg"), codes("jeugdzorgboerderij"));
    }

    /** Each synonym group of care words: every word in it is read as the same kind of care. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "autisme; ASS|autisme|autistisch|asperger|autism",
            "logeeropvang; logeren|logeeropvang|respijtzorg|logeerhuis|respite",
            "thuisadministratie; schulden|schuldhulp|geldzorgen|thuisadministratie|rekeningen|debt",
            "dementie; dementie|vergeetachtig|geheugenproblemen|alzheimer|dementia|ze dwaalt 's nachts over straat|ze vergeet alles|he keeps forgetting",
            "ouderen; ouderenzorg|verpleeghuis|hij is gevallen|valt steeds|keeps falling|hij kan straks niet meer naar huis",
            "ggz; GGZ|psychische klachten|somber|depressie|angstig|depression|anorexia|ze zit alleen op haar kamer",
            "verslaving; verslaving|alcohol|drank|drugs|gokken|addiction|ik drink te veel en wil stoppen|hij blowt elke dag",
            "nah; NAH|hersenletsel|beroerte|herseninfarct|stroke|hij heeft een hersenbloeding gehad|brain damage",
            "dagbesteding; dagbesteding|dagopvang|dagactiviteiten|day care",
            "zorgboerderij; zorgboerderij|zorgerf|boerderij|care farm",
            "jeugdzorg; jeugdzorg|jeugdhulp|na school|naschoolse opvang",
            "wijkverpleging; wijkverpleging|thuiszorg|wondzorg|district nursing",
            "wonen; beschermd wonen|begeleid wonen|woonvorm|supported living|dakloos|nachtopvang|homeless|ik ben mijn huis kwijt",
            "wijkverpleging; hulp thuis|zorg aan huis|help at home|care at home|hulp bij wassen en aankleden|ze komt uit het ziekenhuis|een nieuwe heup",
            "gedrag; driftbuien|agressief|adhd|hij is erg druk|hyperactief",
            "verstandelijke_beperking; verstandelijke beperking|lvb|hij praat nog niet|taalachterstand",
            "mantelzorg; mantelzorger|overbelast|carer|ik kan de zorg niet meer aan|ik hou het niet meer vol|ik red het niet meer|I can't cope",
            "lichamelijke_beperking; rolstoel|ms|multiple sclerose|parkinson|copd|ze kan niet meer goed lopen|slecht ter been|rollator|he can't walk|slechtziend|doof",
            "huishouden; huishoudelijke hulp|schoonmaken|hij kan niet meer koken",
            "jeugdzorg; jeugdhulp|hij gaat niet meer naar school|thuiszitter",
            "begeleiding; begeleiding|coaching|ze is eenzaam|vaak alleen|lonely"})
    void everyWordOfASynonymGroupMeansTheSameCare(String code, String words) {
        for (String word : words.split("\\|")) {
            assertTrue(codes("ik zoek hulp: " + word).contains(code), word + " should mean " + code + ": " + codes(word));
        }
    }

    @Test
    void someWordsNameCareOnlyByTheAge() {
        assertEquals(List.of("dementie"), codesAt("mijn vader is erg verward de laatste tijd", 88));
        assertEquals(List.of("ggz"), codesAt("mijn vriend is erg verward de laatste tijd", 34));
        assertEquals(List.of("ouderen"), codesAt("ze eet niet meer goed", 91));
        assertEquals(List.of("ggz"), codesAt("ze eet bijna niets en valt af", 16));
        assertEquals(List.of("jeugdzorg"), codesAt("hij wordt gepest op school", 12));
        assertEquals(List.of("begeleiding"), codesAt("ik word gepest op mijn werk", 40));
        assertEquals(List.of("dementie"), codesAt("hij loopt 's nachts weg", 80));
        assertEquals(List.of("jeugdzorg"), codesAt("hij loopt steeds weg van huis", 14));
        assertEquals(List.of(), codesAt("mijn vader is erg verward", null), "not without the age");
        assertTrue(VOCABULARY.reading("mijn vader is erg verward", null).waitsForAge());
        assertFalse(VOCABULARY.reading("mijn vader is erg verward", 88).waitsForAge());
        assertFalse(VOCABULARY.reading("mijn vader heeft dementie", null).waitsForAge());
        assertEquals(List.of("dementie"), codesAt("ze is in de war en heeft alzheimer", null), "the other words count");
    }

    @Test
    void aCategoryByAgeMustBeKnownAndStartAtZero() {
        List<String> one = List.of("ggz\tpsychische hulp\tmental health care\tggz");
        assertThrows(IllegalArgumentException.class, () -> CareVocabulary.read(one, List.of("verward\t0:geen")));
        assertThrows(IllegalArgumentException.class, () -> CareVocabulary.read(one, List.of("verward\t18:ggz")));
    }

    private static List<String> codesAt(String text, Integer age) {
        return VOCABULARY.categoriesIn(text, age).stream().map(CareCategory::code).toList();
    }

    @Test
    void englishWordsMapToTheSameCategories() {
        assertEquals(Set.of("logeeropvang", "dementie"), Set.copyOf(codes("respite for my mother with dementia")));
    }

    @Test
    void theFingerprintFollowsTheTermsNotTheLabels() {
        CareVocabulary one = CareVocabulary.read(List.of("logeeropvang\tlogeeropvang\trespite\tlogeren|respijt"));
        CareVocabulary relabelled = CareVocabulary.read(List.of("logeeropvang\tlogeren\tstays\tlogeren|respijt"));
        CareVocabulary moreWords = CareVocabulary.read(List.of("logeeropvang\tlogeeropvang\trespite\tlogeren|respijt|logeerhuis"));
        assertEquals(one.fingerprint(), relabelled.fingerprint());
        assertNotEquals(one.fingerprint(), moreWords.fingerprint());
    }
}
