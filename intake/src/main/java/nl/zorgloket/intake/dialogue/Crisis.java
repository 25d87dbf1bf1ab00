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
            "suicidal", "violence", "abused", "raped", "zelfbeschadiging", "zelfverwonding");
    private static final List<String> PHRASES = List.of("dood willen", "wil dood", "wil niet meer leven",
            "niet meer leven", "niet meer willen leven", "einde aan maken", "einde aan mijn leven",
            "mezelf iets aandoen", "mijzelf iets aandoen", "zichzelf iets aandoen", "zelf iets aan te doen",
            "mezelf iets aan te doen", "van kant maken", "slaat mij", "slaat me", "sloeg me", "sloeg mij",
            "in gevaar", "acuut gevaar", "voel me onveilig", "onveilig thuis", "niet veilig thuis", "bedreigd",
            "kill myself", "end my life", "hurt myself", "self harm", "want to die", "beats me", "hits me",
            "in danger", "not safe at home", "unsafe at home", "threatened");

    private Crisis() {
    }

    static boolean in(String text) {
        String folded = Folding.fold(text);
        if (folded.isEmpty()) {
            return false;
        }
        for (String token : folded.split(" ")) {
            if (WORDS.contains(token)) {
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
}
