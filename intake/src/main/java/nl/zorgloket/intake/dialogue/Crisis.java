package nl.zorgloket.intake.dialogue;

import nl.zorgloket.search.text.Folding;

import java.util.List;
import java.util.Set;

/**
 * Words of crisis or danger. A false alarm costs a staff member a minute; a missed one can cost
 * a life, so this errs on the side of alarm.
 */
final class Crisis {
    // Whole words only: "geweld" must not fire on "geweldig".
    private static final Set<String> WORDS = Set.of("zelfmoord", "suicide", "suicidaal", "zelfdoding",
            "mishandeld", "mishandeling", "mishandelt", "verkracht", "verkrachting", "levensgevaar", "geweld",
            "suicidal", "violence", "abused", "raped", "zelfbeschadiging", "zelfverwonding", "levensmoe",
            "misbruikt", "geslagen", "doodsgedachten", "overdosis", "overdose", "selfharm");
    // Inside compounds too: "zelfmoordgedachten", "suicidepoging", "zelfbeschadigend".
    private static final List<String> STEMS = List.of("zelfmoord", "suicid", "zelfdoding", "zelfbeschadig",
            "zelfverwond", "doodsgedacht", "automutil", "zelfmutil");
    private static final List<String> PHRASES = List.of("dood willen", "wil dood", "wil niet meer leven",
            "niet meer leven", "niet meer willen leven", "einde aan maken", "eind aan maken", "einde aan mijn leven",
            "eind aan mijn leven", "niet meer zitten", "uit het leven stappen", "uit het leven te stappen",
            "er niet meer zijn", "niet meer wakker worden", "geen zin meer in het leven", "zelf moord", "seksueel misbruik",
            "mezelf iets aandoen", "mijzelf iets aandoen", "zichzelf iets aandoen", "zelf iets aan te doen",
            "mezelf iets aan te doen", "van kant maken", "slaat mij", "slaat me", "sloeg me", "sloeg mij",
            "in gevaar", "acuut gevaar", "voel me onveilig", "onveilig thuis", "niet veilig thuis", "bedreigd",
            "kill myself", "end my life", "end it all", "take my own life", "hurt myself", "self harm",
            "want to die", "dont want to live", "don t want to live", "no reason to live", "beats me", "hits me",
            "in danger", "not safe at home", "unsafe at home", "threatened",
            // a subordinate clause puts the verb last: "ze zegt dat ze dood wil", "dat hij zichzelf snijdt"
            "dood wil", "dood wilt", "dood te willen", "wilt dood", "wil sterven", "wilt sterven", "sterven wil",
            "niet meer wil leven", "niet meer wilt leven", "zichzelf van het leven", "om het leven brengen",
            "zichzelf doden", "zichzelf te doden", "mezelf doden", "voor de trein",
            // self-harm: cutting, scratching, hurting oneself
            "snijdt zichzelf", "snijdt zich", "zichzelf snijdt", "zich snijdt", "snijd mezelf", "mezelf snijd",
            "snijd mijzelf", "krast zichzelf", "zichzelf krast", "krast zich", "zichzelf pijn", "mezelf pijn",
            "mijzelf pijn", "zichzelf iets aan", "mezelf iets aan", "mijzelf iets aan",
            "slaat haar", "slaat hem", "slaat ons", "schopt me", "schopt mij",
            "wants to die", "wanting to die", "cuts herself", "cuts himself", "cutting herself", "cutting himself",
            "cutting myself", "cut myself", "hurts herself", "hurts himself", "hurting herself", "hurting himself",
            "hurting myself", "kill herself", "kill himself", "killing herself", "killing himself",
            "hits her", "hits him", "beats her", "beats him");
    // A typo in a long word of crisis still counts: "zelfmoort", "mishandelng". (Not shorter words:
    // "misbruik" of alcohol is a care request, "misbruikt" is a crisis.)
    private static final int TYPO_MIN_LENGTH = 9;

    private Crisis() {
    }

    static boolean in(String text) {
        String folded = Folding.fold(text);
        if (folded.isEmpty()) {
            return false;
        }
        for (String token : folded.split(" ")) {
            if (WORDS.contains(token) || STEMS.stream().anyMatch(token::contains) || nearAWord(token)) {
                return true;
            }
        }
        String padded = " " + folded + " ";
        for (String phrase : PHRASES) {
            if (padded.contains(" " + phrase + " ")) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearAWord(String token) {
        if (token.length() < TYPO_MIN_LENGTH) {
            return false;
        }
        for (String word : WORDS) {
            if (word.length() >= TYPO_MIN_LENGTH && Folding.distance(token, word, 1) <= 1) {
                return true;
            }
        }
        return false;
    }
}
