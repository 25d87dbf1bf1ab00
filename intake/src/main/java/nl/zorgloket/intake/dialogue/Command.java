package nl.zorgloket.intake.dialogue;

import nl.zorgloket.search.text.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words a client can send at any moment. Only a whole, short message counts as a command. */
enum Command {
    STOP, START, HUMAN, BACK, RESTART, HELP, ENGLISH, DUTCH,
    /** "verwijder mijn gegevens", "ik trek mijn toestemming in": erasure (AVG article 17), done by staff. */
    ERASE,
    /** "ik wil mijn gegevens inzien": what we keep of them (AVG article 15), sent by staff. */
    SEE_DATA,
    /** "ik wil een klacht indienen over de thuiszorg": the customer office takes complaints. */
    COMPLAINT;

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
            "real", "liever", "toch", "nu", "can", "could", "bellen", "alsjeblieft", "aub", "svp", "pls", "gewoon",
            "even", "nou", "just", "now", "hoi", "hallo", "hi", "hello", "hey", "goedemorgen", "goedemiddag",
            "goedenavond", "dag", "beste", "zou", "willen", "would", "like", "id");
    // "wat een kutbot, ik wil gewoon iemand spreken": one part of a longer message asks for a person
    private static final Set<String> ASKS_TO_TALK = Set.of("spreken", "praten", "speak", "talk");
    private static final Set<String> TO_SPEAK_TO = Set.of("spreken", "speak", "talk");
    private static final Pattern CLAUSE = Pattern.compile("[,.;:!?\\n]+");
    // where what the talk is about begins: "... spreken over mijn moeder", "... talk to someone about my dad"
    private static final Pattern ABOUT = Pattern.compile(" (?:over|about|omdat|because|want|ivm|in verband met"
            + "|regarding|i v m) ");
    private static final int MAX_COMMAND_CHARS = 60;
    private static final int MAX_CLAUSES_CHARS = 300;

    // "afmelden aub", "stop maar met die vragen": stopping, and nothing else
    private static final Set<String> STOP_FILLER = Set.of("aub", "graag", "alsjeblieft", "alstublieft", "please",
            "pls", "svp", "maar", "nu", "ik", "wil", "hiermee", "ermee", "met", "dit", "deze", "die", "vragen",
            "gesprek", "de", "het", "now", "i", "want", "to", "this", "these", "questions", "just", "gewoon", "even",
            "me", "mij", "je", "jullie");
    // "ik wil geen berichten meer", "stuur me geen sms meer", "stop sending me messages"; not "ze krijgt geen
    // berichten meer van de gemeente"
    private static final Pattern NO_MORE_MESSAGES = Pattern.compile("(?:(?:ik wil|stuur me|stuur mij|ik wil graag)"
            + " )?geen (?:berichten|sms|smsjes|sms jes|appjes) meer(?: (?:ontvangen|krijgen|sturen|aub|alsjeblieft))*"
            + "|(?:please )?(?:stop sending(?: me)?(?: messages| texts)?|no more messages)(?: please)?");
    // "can we speak english please", "kunnen we in het nederlands verder": a language, and nothing else
    private static final Set<String> LANGUAGE_FILLER = Set.of("can", "could", "we", "i", "you", "do", "speak", "talk",
            "write", "in", "please", "continue", "go", "on", "is", "it", "possible", "to", "pls", "kunnen", "kan",
            "wij", "ik", "je", "jij", "jullie", "u", "spreek", "spreken", "spreekt", "praten", "schrijven",
            "het", "verder", "graag", "liever", "alsjeblieft", "aub", "mag", "dat", "ook", "taal", "language",
            "only", "alleen", "hoi", "hi", "hello", "hallo", "sorry", "maybe", "misschien", "does", "anyone",
            "iemand");

    // "ik wil een nieuwe aanvraag doen", "I want to make a new request": a restart in more words
    private static final Set<String> RESTART_FILLER = Set.of("ik", "wil", "graag", "een", "doen", "starten", "maken",
            "beginnen", "nog", "i", "want", "to", "make", "start", "a", "would", "like", "id", "please");
    private static final Set<String> RESTART_CORE = Set.of("nieuwe aanvraag", "new request", "another request",
            "andere aanvraag", "tweede aanvraag");

    // What a client's rights are asked in: a word for their data or consent, and one for what to do with it.
    private static final Set<String> THEIR_DATA = Set.of("gegevens", "persoonsgegevens", "data", "details",
            "informatie", "information", "dossier", "berichten", "messages");
    private static final Set<String> DELETE = Set.of("verwijder", "verwijderen", "verwijderd", "wis", "wissen",
            "gewist", "weghalen", "delete", "deleted", "remove", "removed", "erase", "erased");
    private static final Set<String> SEE = Set.of("inzien", "inzage", "opvragen", "kopie", "copy", "see", "access");
    private static final Set<String> MY = Set.of("mijn", "mn", "onze", "my", "our");
    private static final Set<String> CONSENT = Set.of("toestemming", "consent");
    private static final Set<String> WITHDRAW = Set.of("intrekken", "trek", "trekken", "withdraw", "revoke");
    // a request put as a question is still a request: "kunnen jullie mijn gegevens verwijderen?"; "worden mijn
    // gegevens verwijderd na afloop?" asks how it goes (OfficeQuestion.PRIVACY)
    private static final Pattern ASKS_FOR_IT = Pattern.compile("^(?:kunnen|kun|kunt|wil|willen|wilt) (?:jullie|je|u)"
            + "|^(?:can|could|will|would) you|^(?:ik wil|i want|i would like|id like|graag|please)\\b");

    // "ik wil een klacht indienen", "ik heb een klacht over de thuiszorg", "I want to complain"; not "ze heeft
    // klachten" (in Dutch also what a patient feels) nor "rugklachten"
    private static final Pattern COMPLAINS = Pattern.compile("\\b(?:een klacht (?:indienen|in dienen|doorgeven|melden"
            + "|neerleggen|over|hebben|doen)|klacht indienen|ik heb een klacht|ik wil (?:graag )?(?:een klacht|klagen)"
            + "|klachtenregeling|klachtenprocedure|klachtenfunctionaris|(?:make|file|have) a complaint"
            + "|(?:want|like|need) to complain|complaints? procedure)\\b");

    static Optional<Command> of(String text) {
        if (text.strip().equals("?")) {
            return Optional.of(HELP);
        }
        String folded = Folding.fold(text);
        if (folded.isEmpty() || folded.length() > MAX_CLAUSES_CHARS) {
            return Optional.empty();
        }
        Optional<Command> right = aRight(text, folded);
        if (right.isPresent()) {
            return right;
        }
        if ((folded.contains("klacht") || folded.contains("klagen") || folded.contains("complain"))
                && COMPLAINS.matcher(folded).find()) {
            return Optional.of(COMPLAINT);
        }
        if (folded.length() <= MAX_COMMAND_CHARS) {
            for (Map.Entry<Command, Set<String>> e : WORDS.entrySet()) {
                if (e.getValue().contains(folded)) {
                    return Optional.of(e.getKey());
                }
            }
            if (asksForAPerson(folded) || asksToTalkAbout(folded)) {
                return Optional.of(HUMAN);
            }
            if (asksToStartAgain(folded)) {
                return Optional.of(RESTART);
            }
            if (asksToStop(folded)) {
                return Optional.of(STOP);
            }
            Optional<Command> language = asksForALanguage(folded);
            if (language.isPresent()) {
                return language;
            }
        }
        if (ASKS_TO_TALK.stream().noneMatch(folded::contains)) {
            return Optional.empty();
        }
        for (String clause : CLAUSE.split(text)) {
            String part = Folding.fold(clause);
            if (!part.equals(folded) && (asksForAPerson(part) || asksToTalkAbout(part))
                    && Folding.tokens(part).stream().anyMatch(ASKS_TO_TALK::contains)) {
                return Optional.of(HUMAN);
            }
        }
        return Optional.empty();
    }

    /**
     * A client's right asked for: "verwijder al mijn gegevens", "ik trek mijn toestemming in", "kunnen jullie
     * mijn gegevens verwijderen?", "ik wil mijn gegevens inzien", "delete my data".
     */
    private static Optional<Command> aRight(String text, String folded) {
        // every such request names the data or the consent; most messages neither
        if (!folded.contains("gegevens") && !folded.contains("toestemming") && !folded.contains("data")
                && !folded.contains("consent") && !folded.contains("details") && !folded.contains("informati")
                && !folded.contains("dossier") && !folded.contains("berichten") && !folded.contains("messages")) {
            return Optional.empty();
        }
        List<String> tokens = Folding.tokens(folded);
        Set<String> words = Set.copyOf(tokens);
        // the writer's own: "mijn gegevens", "al mijn berichten"; not "ze kan haar berichten niet meer zien"
        boolean data = false;
        for (int i = 1; i < tokens.size(); i++) {
            data |= THEIR_DATA.contains(tokens.get(i)) && MY.contains(tokens.get(i - 1));
        }
        boolean erase = data && words.stream().anyMatch(DELETE::contains)
                || words.stream().anyMatch(CONSENT::contains) && words.stream().anyMatch(WITHDRAW::contains);
        boolean see = !erase && data && words.stream().anyMatch(SEE::contains);
        if (!erase && !see) {
            return Optional.empty();
        }
        if (OfficeQuestion.isAQuestion(text, folded) && !ASKS_FOR_IT.matcher(folded).find()) {
            return Optional.empty();
        }
        return Optional.of(erase ? ERASE : SEE_DATA);
    }

    /**
     * "afmelden aub", "stop met die vragen", "ik wil geen berichten meer": an opt-out in more words; "ze moet
     * stoppen met roken" is none.
     */
    private static boolean asksToStop(String folded) {
        if ((folded.contains("geen") || folded.contains("stop sending") || folded.contains("no more"))
                && NO_MORE_MESSAGES.matcher(folded).matches()) {
            return true;
        }
        if (!folded.contains("stop") && !folded.contains("afmeld") && !folded.contains("uitschrijv")
                && !folded.contains("unsubscribe")) {
            return false;
        }
        List<String> rest = new ArrayList<>(List.of(folded.split(" ")));
        rest.removeIf(STOP_FILLER::contains);
        return rest.size() == 1 && WORDS.get(STOP).contains(rest.getFirst());
    }

    /** "can we speak english please", "spreek je engels?", "kunnen we in het nederlands verder?". */
    private static Optional<Command> asksForALanguage(String folded) {
        if (!folded.contains("engl") && !folded.contains("engels") && !folded.contains("nederlands")
                && !folded.contains("dutch")) {
            return Optional.empty();
        }
        List<String> rest = new ArrayList<>(List.of(folded.split(" ")));
        rest.removeIf(LANGUAGE_FILLER::contains);
        if (rest.size() != 1) {
            return Optional.empty();
        }
        return switch (rest.getFirst()) {
            case "english", "engels" -> Optional.of(ENGLISH);
            case "nederlands", "dutch" -> Optional.of(DUTCH);
            default -> Optional.empty();
        };
    }

    /** "ik wil een nieuwe aanvraag doen": a new request, and nothing else, asked for. */
    private static boolean asksToStartAgain(String folded) {
        if (!folded.contains("aanvraag") && !folded.contains("request")) {
            return false;
        }
        List<String> rest = new ArrayList<>(List.of(folded.split(" ")));
        rest.removeIf(RESTART_FILLER::contains);
        return RESTART_CORE.contains(String.join(" ", rest));
    }

    /**
     * "ik wil graag iemand spreken over mijn moeder", "can I talk to someone about my dad": a person asked
     * for, with what about. Not "met iemand praten over de mogelijkheden": talking things through may be
     * the help asked for.
     */
    private static boolean asksToTalkAbout(String folded) {
        if (!folded.contains("spreken") && !folded.contains("speak") && !folded.contains("talk")) {
            return false;
        }
        Matcher about = ABOUT.matcher(folded);
        if (!about.find() || about.start() == 0) {
            return false;
        }
        String asked = folded.substring(0, about.start());
        return Folding.tokens(asked).stream().anyMatch(TO_SPEAK_TO::contains) && asksForAPerson(asked);
    }

    /** "ik wil graag een medewerker spreken", "iemand": a person, and nothing else, asked for. */
    private static boolean asksForAPerson(String folded) {
        List<String> rest = new ArrayList<>(List.of(folded.split(" ")));
        rest.removeIf(HUMAN_FILLER::contains);
        return !rest.isEmpty() && HUMAN_KEYS.containsAll(rest);
    }
}
