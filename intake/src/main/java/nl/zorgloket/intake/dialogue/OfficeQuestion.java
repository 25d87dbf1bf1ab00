package nl.zorgloket.intake.dialogue;

import nl.zorgloket.intake.conversation.Medium;
import nl.zorgloket.search.text.Folding;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What clients ask the desk itself, in the middle of the questions: "kan ik jullie ook bellen?",
 * "wat kost dat?", "ben jij een robot?". Answered at once, and the question of the dialogue stands.
 */
enum OfficeQuestion {
    /** "kan ik ook bellen?", "wat is jullie telefoonnummer?": the client wants to call us. */
    CALL_US(Pattern.compile("\\b(?:kan|kun|mag|kunnen|mogen) (?:ik|we|wij) (?:\\w+ ){0,3}(?:op)?bellen\\b"
            + "|\\b(?:wat is|welk|heb je|hebben jullie|heeft u) (?:\\w+ )?(?:jullie |uw |je |het |een )?telefoonnummer\\b"
            + "|\\bwelk nummer\\b|\\b(?:waar|wie) (?:kan|kunnen|moet|moeten) (?:ik|we|wij) (?:naartoe |dan )?bellen\\b"
            + "|\\b(?:can|could) (?:i|we) (?:\\w+ ){0,2}(?:call|phone|ring)\\b|\\bwho (?:can|should) (?:i|we) (?:call"
            + "|phone|ring)\\b|\\b(?:your|a|the) (?:phone|telephone) number\\b")),
    /** "wat kost dat?", "moet ik dat zelf betalen?", "wordt het vergoed?"; not "ik kan mijn huur niet betalen". */
    COSTS(Pattern.compile("\\bwat (?:kost|kosten)\\b|\\bkost (?:het|dat|dit|dat allemaal) (?:veel|geld|iets)\\b"
            + "|\\bwat zijn de kosten\\b|\\bzijn er kosten\\b|\\bmoet ik (?:dat |het |dit |daar |er )?(?:zelf |iets )?"
            + "(?:voor )?betalen\\b|\\bwie betaalt\\b|\\bhoeveel (?:moet ik )?(?:kost|betaal)|\\bword(?:t)? (?:het|dat"
            + "|dit|dat allemaal|de zorg|de hulp) vergoed\\b|\\beigen bijdrage\\b|\\bhow much\\b|\\bdoes it cost\\b"
            + "|\\bwhat (?:does|will) it cost\\b|\\bdo i (?:have to )?pay\\b|\\bwho pays\\b|\\bis it free\\b"
            + "|\\bover de kosten\\b|\\b(?:about|the) costs?\\b")),
    /** "wat doen jullie met mijn gegevens?", "wie kan dit zien?": asked most at the consent question. */
    PRIVACY(Pattern.compile("\\b(?:gegevens|persoonsgegevens|privacy|avg|gdpr|my data|personal data)\\b"
            + "|\\bwie (?:(?:kan|kunnen|mag|mogen) (?:dit|dat|het|dat allemaal|mijn (?:berichten|informatie|antwoorden))"
            + " (?:zien|lezen|inzien|bekijken)|(?:ziet|leest|zien|lezen) (?:dit|dat|het|mijn (?:berichten|informatie"
            + "|antwoorden)))\\b"
            + "|\\bwat (?:doen|gebeurt) (?:jullie |er )?(?:met )?(?:dit|dat|wat ik vertel|mijn (?:berichten|informatie"
            + "|antwoorden)|de informatie)\\b"
            + "|\\bwho (?:can|will) (?:see|read)\\b|\\bwhat (?:do you do|happens) with\\b")),
    /** "kunnen jullie mij terugbellen?", "can someone call me back?": a call from the coordinator. */
    CALL_BACK(Pattern.compile("\\b(?:kunnen|kun|kunt|kan|willen|wil|zou|zouden) (?:jullie|je|u|iemand|er iemand"
            + "|de coordinator) (?:\\w+ ){0,3}(?:terugbellen|terug bellen|opbellen|bellen)\\b"
            + "|\\b(?:can|could|will|would) (?:you|someone|somebody|the coordinator) (?:\\w+ ){0,2}call me\\b"
            + "|\\bcall me back\\b")),
    /** "hoe lang duurt het voordat ze hulp krijgt?", "is er een wachtlijst?": when the help itself can start. */
    WAIT_TIME(Pattern.compile("\\bhoe ?lang (?:duurt|moet|moeten) (?:het|ik|we|wij|hij|ze|zij) (?:\\w+ ){0,2}"
            + "(?:voor|voordat|tot|wachten)\\b|\\bwachttijd|\\bwachtlijst|\\bwanneer (?:\\w+ ){0,3}(?:hulp|zorg)\\b"
            + "|\\bhoe snel (?:\\w+ ){0,3}(?:hulp|zorg)\\b|\\bhow long (?:until|before|do (?:i|we) (?:have to )?wait)\\b"
            + "|\\bwaiting (?:list|time)\\b|\\bwhen (?:\\w+ ){0,3}(?:help|care)\\b")),
    /** "hoe lang duurt dit nog?", "hoeveel vragen nog?": how much of the questions is left. */
    HOW_LONG(Pattern.compile("\\bhoe ?lang (?:duurt|gaat) (?:dit|het|dat)(?: gesprek)?(?: nog)?(?: door)?$"
            + "|\\bhoeveel (?:vragen|nog)\\b|\\bduurt (?:dit|het) (?:nog )?lang\\b|\\b(?:ben ik|zijn we|is het)"
            + " (?:nu )?(?:bijna )?klaar\\b|\\bhow long (?:will|does) (?:this|it) (?:take|last)$"
            + "|\\bhow many (?:more )?questions\\b|\\bam i (?:almost )?done\\b")),
    /** "hoe laat zijn jullie open?", "wat zijn jullie openingstijden?", "zijn jullie in het weekend bereikbaar?". */
    OPENING_HOURS(Pattern.compile("\\bopeningstijden\\b|\\bopeningsuren\\b|\\b(?:hoe laat|wanneer) (?:zijn|is|gaan|gaat)"
            + " (?:jullie|u|het klantenbureau|het kantoor)(?: \\w+){0,2} (?:open|bereikbaar)\\b|\\bzijn jullie (?:\\w+ ){0,3}"
            + "(?:open|bereikbaar)\\b|\\bopening (?:hours|times)\\b|\\bwhen (?:are|is) (?:you|the office)(?: \\w+){0,2}"
            + " open\\b|\\bare you (?:\\w+ ){0,2}open\\b")),
    /** "ben jij een robot?", "praat ik met een mens?". */
    ASSISTANT(Pattern.compile("\\b(?:ben (?:je|jij|u)|is dit|praat ik met|chat ik met|are you|is this"
            + "|am i (?:talking|chatting) (?:to|with)) (?:een |a |an |echt |echte |real |a real )*(?:robot|bot|chatbot"
            + "|computer|mens|persoon|human|person)\\b"));

    private final Pattern pattern;

    OfficeQuestion(Pattern pattern) {
        this.pattern = pattern;
    }

    /** The question the message asks the desk, when it is a question and about one of these things. */
    static Optional<OfficeQuestion> of(String text) {
        String folded = Folding.fold(text);
        if (!isAQuestion(text, folded)) {
            return Optional.empty();
        }
        for (OfficeQuestion q : values()) {
            if (q.pattern.matcher(folded).find()) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    // "kan ik", "wat kost", "hoeveel", "wanneer": how a question without a question mark starts
    private static final Pattern QUESTION_START = Pattern.compile("(?:wanneer|hoe|hoelang|hoeveel|waarom|wat|wie|waar"
            + "|welk|welke|kan|kun|kunt|mag|moet|is|ben|praat|wordt|word|heb|hebben|heeft|krijg|when|how|why|what|who"
            + "|where|which|can|could|do|does|are|am|will)\\b");

    /** A greeting before the question: "hallo, wat kost dat", "goedemiddag hoe lang duurt het". */
    private static final Pattern GREETING = Pattern.compile("(?:(?:hoi|hallo|hey|hee|hai|hi|hello|goedemorgen"
            + "|goedemiddag|goedenavond|goedendag|goeiedag|goeiemorgen|goeiemiddag|beste|(?:goede|good) (?:morgen"
            + "|middag|avond|morning|afternoon|evening)) )+");
    /** The first words of {@link #GREETING}: most messages start with none of them. */
    private static final Set<String> GREETING_WORDS = Set.of("hoi", "hallo", "hey", "hee", "hai", "hi", "hello",
            "goedemorgen", "goedemiddag", "goedenavond", "goedendag", "goeiedag", "goeiemorgen", "goeiemiddag", "beste",
            "goede", "good");
    /** A client announcing a question: "ik heb een vraag over de eigen bijdrage", "I have a question about ...". */
    private static final Pattern ANNOUNCED = Pattern.compile("\\b(?:ik heb|heb|ik had) (?:een |nog een |even een )?"
            + "(?:vraag|vraagje)\\b|\\bi (?:have|had) (?:a |one more |another )?question\\b|\\bquick question\\b");

    /** A question, with or without its question mark: "hoe lang duurt het", "kan ik bellen?". */
    static boolean isAQuestion(String text, String folded) {
        if (text.contains("?")) {
            return true;
        }
        int space = folded.indexOf(' ');
        int start = 0;
        if (GREETING_WORDS.contains(space < 0 ? folded : folded.substring(0, space))) {
            Matcher greeting = GREETING.matcher(folded);
            start = greeting.lookingAt() ? greeting.end() : 0;
        }
        return QUESTION_START.matcher(folded).region(start, folded.length()).lookingAt()
                || (folded.contains("vraag") || folded.contains("question")) && ANNOUNCED.matcher(folded).find();
    }

    /** Whether the client says they will call us: "kan ik jullie bellen" asks no call back. */
    static boolean clientCalls(String folded) {
        return CALL_US.pattern.matcher(folded).find();
    }

    /** "wanneer hoor ik iets?" once the request is in: when, that the question is kept, and the way to a person. */
    static Text whenTheCoordinatorComes(Dialogue.Settings settings) {
        return new Text("Je coördinator neemt " + settings.responseTimeNl() + " contact met je op. Ik heb je vraag "
                + "ook bij je aanvraag gezet. Is het dringend? Stuur 'medewerker', dan helpt iemand van het "
                + "klantenbureau je zo snel mogelijk.",
                "Your coordinator will contact you " + settings.responseTimeEn() + ". I have also added your "
                        + "question to your request. Is it urgent? Send 'human' and someone from the customer office "
                        + "will help you as soon as possible.");
    }

    /**
     * The answer, for a client writing on this medium at this step; {@code questionsLeft} counts the
     * questions still to come while they are asked.
     */
    Text answer(Dialogue.Settings settings, Medium medium, Step step, int questionsLeft) {
        return switch (this) {
            case CALL_BACK -> medium.knowsPhoneNumber()
                    ? new Text("Ja, dat kan. Ik zet erbij dat je gebeld wilt worden op dit nummer.",
                            "Yes, of course. I'll note that you'd like a call on this number.")
                    : new Text("Ja, dat kan. Aan het eind vraag ik je telefoonnummer.",
                            "Yes, of course. At the end I will ask for your phone number.");
            case WAIT_TIME -> new Text("Dat hangt af van de hulp en van de aanbieder: sommige hebben een wachtlijst. "
                    + "Je coördinator vertelt je meer en neemt " + settings.responseTimeNl() + " contact met je op.",
                    "That depends on the help and on the provider: some have a waiting list. Your coordinator will "
                            + "tell you more, and will contact you " + settings.responseTimeEn() + ".");
            case HOW_LONG -> switch (step) {
                case START -> new Text("Het duurt maar een paar minuten.", "It only takes a few minutes.");
                case ASKING -> questionsLeft <= 1 ? new Text("Nog één vraag, dan ben je klaar.",
                        "One more question and you're done.")
                        : new Text("Nog " + questionsLeft + " korte vragen, dan ben je klaar.",
                                questionsLeft + " more short questions and you're done.");
                case SUMMARY, WHICH_LINE, ADDING -> new Text("Je bent bijna klaar: kijk nog even of alles klopt.",
                        "You're almost done: just check that everything is right.");
                case CHOOSE_PROVIDER -> new Text("Je aanvraag is al doorgegeven. Je coördinator "
                        + "neemt " + settings.responseTimeNl() + " contact met je op.", "Your request has been passed "
                        + "on already. Your coordinator will contact you " + settings.responseTimeEn() + ".");
                // once it is handed in, "hoe lang duurt het nog?" asks when the coordinator comes
                case DONE -> whenTheCoordinatorComes(settings);
                // no request was made: nothing is kept without consent
                case DECLINED -> new Text("Er loopt nu geen aanvraag. Wil je er toch een doen? Stuur dan 'opnieuw'.",
                        "There is no request now. Would you like to make one after all? Send 'restart'.");
            };
            case CALL_US -> settings.officePhone() == null || settings.officePhone().isBlank()
                    ? new Text("Het telefoonnummer van het klantenbureau staat op de website van " + settings.organisation()
                            + ". Je kunt ook hier 'medewerker' sturen, dan helpt een mens je verder.",
                            "The customer office's phone number is on the " + settings.organisation() + " website. You can"
                                    + " also send 'human' here and a person will help you.")
                    : new Text("Ja hoor. Je kunt het klantenbureau bellen: " + settings.officePhone() + ".",
                            "Of course. You can call the customer office: " + settings.officePhone() + ".");
            case COSTS -> new Text("Wat de hulp kost, hangt af van de soort hulp en van wie die betaalt: de gemeente, "
                    + "het zorgkantoor of de zorgverzekering. Soms betaal je een eigen bijdrage. Je coördinator kan je "
                    + "vertellen wat het voor jou kost.",
                    "What the help costs depends on the kind of help and on who pays for it: the municipality, the care "
                            + "office (zorgkantoor) or the health insurer. Sometimes you pay a contribution yourself. "
                            + "Your coordinator can tell you what it will cost you.");
            case PRIVACY -> new Text("We bewaren wat je ons vertelt alleen om je te helpen met je zorgvraag. Alleen het "
                    + "klantenbureau en je coördinator kunnen het zien. Wil je later weten wat we van je bewaren, of wil je "
                    + "dat we het wissen? Stuur dan 'mijn gegevens inzien' of 'verwijder mijn gegevens'.",
                    "We keep what you tell us only to help with your care request. Only the customer office and your "
                            + "coordinator can see it. Would you later like to know what we keep about you, or have it "
                            + "deleted? Then send 'see my data' or 'delete my data'.");
            case OPENING_HOURS -> settings.hours() == null
                    ? new Text("Je kunt hier altijd een bericht sturen. Het klantenbureau leest het zo snel mogelijk.",
                            "You can send a message here at any time. The customer office reads it as soon as possible.")
                    : new Text("Het klantenbureau is open " + settings.hours().describe(Language.NL) + ". Je kunt hier "
                            + "altijd een bericht sturen; buiten die tijden lezen we het als we weer open zijn.",
                            "The customer office is open " + settings.hours().describe(Language.EN) + ". You can send a "
                                    + "message here at any time; outside those hours we read it when we open again.");
            case ASSISTANT -> new Text("Ik ben een digitale assistent, geen mens. Liever met een mens praten? Stuur dan "
                    + "'medewerker'.", "I am a digital assistant, not a person. Would you rather talk to a person? "
                    + "Send 'human'.");
        };
    }
}
