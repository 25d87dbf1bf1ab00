package nl.zorgloket.intake.dialogue;

import nl.zorgloket.search.text.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The words a client can send at any moment. Only a whole, short message counts as a command. */
enum Command {
    STOP, START, HUMAN, BACK, RESTART, HELP, ENGLISH, DUTCH;

    private static final Set<String> STOP_WORDS = Set.of("stop", "stoppen", "afmelden", "uitschrijven",
            "unsubscribe", "stopall", "cancel", "end", "quit");
    private static final Set<String> START_WORDS = Set.of("start", "unstop", "aanmelden");
    private static final Set<String> BACK_WORDS = Set.of("terug", "vorige", "back", "ga terug", "vorige vraag",
            "go back", "previous");
    private static final Set<String> RESTART_WORDS = Set.of("opnieuw", "begin opnieuw", "opnieuw beginnen",
            "overnieuw", "reset", "restart", "start over", "nieuwe aanvraag", "new request");
    private static final Set<String> HELP_WORDS = Set.of("help", "menu", "help me", "commandos");
    private static final Set<String> ENGLISH_WORDS = Set.of("english", "engels", "in english", "english please",
            "speak english", "in het engels");
    private static final Set<String> DUTCH_WORDS = Set.of("nederlands", "dutch", "in het nederlands", "nl",
            "in dutch", "nederlands graag");
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
        if (STOP_WORDS.contains(folded)) {
            return Optional.of(STOP);
        }
        if (START_WORDS.contains(folded)) {
            return Optional.of(START);
        }
        if (BACK_WORDS.contains(folded)) {
            return Optional.of(BACK);
        }
        if (RESTART_WORDS.contains(folded)) {
            return Optional.of(RESTART);
        }
        if (HELP_WORDS.contains(folded)) {
            return Optional.of(HELP);
        }
        if (ENGLISH_WORDS.contains(folded)) {
            return Optional.of(ENGLISH);
        }
        if (DUTCH_WORDS.contains(folded)) {
            return Optional.of(DUTCH);
        }
        List<String> rest = new ArrayList<>(List.of(folded.split(" ")));
        rest.removeIf(HUMAN_FILLER::contains);
        if (!rest.isEmpty() && HUMAN_KEYS.containsAll(rest)) {
            return Optional.of(HUMAN);
        }
        return Optional.empty();
    }
}
