package nl.zorgloket.intake.dialogue;

import nl.zorgloket.search.text.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The words a client can send at any moment. Only a whole, short message counts as a command. */
enum Command {
    STOP, START, HUMAN, BACK, RESTART, HELP, ENGLISH, DUTCH;

    // Whole-message words per command; HUMAN is recognised separately, inside a short sentence.
    private static final Map<Command, Set<String>> WORDS = Map.of(
            STOP, Set.of("stop", "stoppen", "afmelden", "uitschrijven", "unsubscribe", "stopall", "cancel", "end", "quit"),
            START, Set.of("start", "unstop", "aanmelden"),
            BACK, Set.of("terug", "vorige", "back", "ga terug", "vorige vraag", "go back", "previous"),
            RESTART, Set.of("opnieuw", "begin opnieuw", "opnieuw beginnen", "overnieuw", "reset", "restart", "start over",
                    "nieuwe aanvraag", "new request"),
            HELP, Set.of("help", "menu", "help me", "commandos"),
            ENGLISH, Set.of("english", "engels", "in english", "english please", "speak english", "in het engels"),
            DUTCH, Set.of("nederlands", "dutch", "in het nederlands", "nl", "in dutch", "nederlands graag"));
    // "ik wil graag een medewerker spreken": a request for a person once these words are taken out.
    private static final Set<String> HUMAN_KEYS = Set.of("medewerker", "mens", "human", "agent", "operator",
            "persoon", "person", "iemand", "someone", "somebody");
    private static final Set<String> HUMAN_FILLER = Set.of("ik", "wil", "graag", "met", "een", "echte", "echt",
            "spreken", "praten", "kan", "mag", "de", "a", "i", "want", "to", "talk", "speak", "please", "with",
            "real", "liever", "toch", "nu", "can", "could", "bellen", "alsjeblieft", "aub", "svp", "pls");

    static Optional<Command> of(String text) {
        if (text.strip().equals("?")) {
            return Optional.of(HELP);
        }
        String folded = Folding.fold(text);
        if (folded.isEmpty() || folded.length() > 60) {
            return Optional.empty();
        }
        for (Map.Entry<Command, Set<String>> e : WORDS.entrySet()) {
            if (e.getValue().contains(folded)) {
                return Optional.of(e.getKey());
            }
        }
        List<String> rest = new ArrayList<>(List.of(folded.split(" ")));
        rest.removeIf(HUMAN_FILLER::contains);
        if (!rest.isEmpty() && HUMAN_KEYS.containsAll(rest)) {
            return Optional.of(HUMAN);
        }
        return Optional.empty();
    }
}
