package nl.zorgloket.intake.dialogue;

import nl.zorgloket.intake.conversation.Medium;
import nl.zorgloket.search.care.CareVocabulary;
import nl.zorgloket.search.place.Gazetteer;
import nl.zorgloket.search.provider.ProviderHit;
import nl.zorgloket.search.place.Location;
import nl.zorgloket.search.provider.ProviderQuery;
import nl.zorgloket.search.text.Folding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The care-request dialogue: a pure function from (state, client message) to (new state, replies,
 * effects). No database, no HTTP, no clock: it can be tested with plain calls.
 */
public final class Dialogue {
    /** Client text beyond this is kept in the message but not read by the dialogue. */
    static final int MAX_READ_CHARS = 2_000;
    private static final int SUGGESTIONS = 3;
    private static final int STUCK_AFTER = 2;
    private static final int NEED_PREVIEW_CHARS = 100;
    // "nee sorry, hij is 81 jaar": longer, a message answers the question and tells more
    private static final int CORRECTION_WORDS = 6;
    // "ik zoek hulp": more than a slip of the thumb, fewer than the hedged yes of consent
    private static final int TELLING_WORDS = 3;
    // "oeps, dat moet 84 zijn", "foutje, ik bedoelde 1": a slip in the answer before, and the right one
    private static final Pattern SLIP = Pattern.compile("(?:^| )(?:oeps|oops|foutje|typfout|tikfout|verkeerd getypt"
            + "|ik bedoel|ik bedoelde|i meant|moet .{1,20} zijn|should be|my mistake|vergist)(?: |$)");
    private static final Pattern SLIP_WORDS = Pattern.compile("(?:^| )(?:oeps|oops|foutje|typfout|tikfout|verkeerd"
            + "|getypt|sorry|ik bedoel|ik bedoelde|i meant|dat moet|het moet|moet|zijn|should be|that|dat|het|was"
            + "|my mistake|ik heb me vergist|vergist|nee|no)(?= |$)");
    /** The most words of the answer after a slip: "84", "zo snel mogelijk", "Lichtenvoorde". */
    private static final int SLIP_ANSWER_WORDS = 4;
    // said alone while the next question is asked: the answer before was wrong
    private static final Set<String> WRONG_BEFORE = Set.of("dat klopt niet", "klopt niet", "oeps", "oops", "foutje",
            "verkeerd", "dat was fout", "dat is fout", "thats wrong", "that was wrong", "wrong");
    private static final Pattern SOMETHING_WRONG = Pattern.compile(
            "(?:^| )(?:klopt niet|is niet goed|niet goed|moet zijn|is fout|not right|is wrong|should be)(?: |$)");
    // a thumbs up (any skin tone) under "Klopt dit?" is how many people say yes on WhatsApp
    static final Pattern THUMBS_UP = Pattern.compile(
            "\\s*\\x{1F44D}[\\x{1F3FB}-\\x{1F3FF}]?\\s*");
    private static final Set<String> CONFIRM = Set.of("ja", "klopt", "ja klopt", "dat klopt", "klopt helemaal",
            "yes", "correct", "ok", "oke", "okay", "goed", "prima", "akkoord", "right", "thats right", "ja hoor",
            "jazeker", "yep", "ja dat klopt", "helemaal goed", "yes correct");
    // "ja hoor, klopt helemaal", "ja alles klopt, dank je": a yes in more words, and nothing else said
    private static final Set<String> YES_WORDS = Set.of("ja", "yes", "klopt", "correct", "ok", "oke", "okay", "goed",
            "prima", "akkoord", "right", "jazeker", "yep", "yup", "precies", "inderdaad", "perfect", "top", "super");
    private static final Set<String> NOT_AFTER_ALL = Set.of("nee", "no", "niet", "not", "geen", "nooit", "never");
    private static final Set<String> AROUND_A_YES = Set.of("hoor", "dat", "het", "alles", "is", "helemaal", "zo",
            "wel", "dank", "je", "jij", "u", "bedankt", "thanks", "thank", "you", "thats", "that", "s", "all",
            "everything", "its", "it", "fine", "good", "looks", "ziet", "er", "uit", "zeker", "sure");
    // "ik heb nog een vraag", "mag ik nog iets vragen": the question itself is still to come
    private static final Pattern ANNOUNCES_A_QUESTION = Pattern.compile("(?:(?:hoi|hallo|hi|hello|dag) )?(?:ik heb"
            + "(?: nog)? (?:een|1) vraag(?:je)?|mag ik(?: nog)? (?:iets|wat) vragen|i have(?: another| a)? question"
            + "|can i ask (?:something|a question))");
    // "2 en 3", "2, 5 en 7": lines of the summary to change, the first and the rest
    private static final Pattern SEVERAL_LINES = Pattern.compile(
            "(?:regels? |nummers? |lines? )?[1-9](?: (?:en |and )?[1-9])+(?: kloppen niet| zijn fout| are wrong)?");
    // "ik wil nog iets toevoegen", "ik wil nog wat kwijt", "can I add something"
    private static final Pattern WANTS_TO_ADD = Pattern.compile("\\b(?:iets|wat|nog een ding) (?:toevoegen|kwijt"
            + "|vertellen|zeggen|aanvullen)\\b|\\baanvullen\\b|\\badd (?:something|more|a thing)\\b"
            + "|\\bsomething to add\\b|\\btell you more\\b");
    private static final Text CHANGED = new Text("Dank je, dat heb ik aangepast.", "Thanks, I've changed that.");
    /** The most words of "kan ik nog iets toevoegen?" with nothing added yet. */
    private static final int ANNOUNCEMENT_WORDS = 8;
    private static final Set<String> NEVER_MIND = Set.of("laat maar", "toch niet", "nee toch niet", "niks", "niets",
            "never mind", "nothing");
    private static final Text TELL_MORE = new Text("Vertel maar. Ik zet het bij je hulpvraag.",
            "Go ahead. I'll add it to your request.");
    private static final Text ADDED = new Text("Dank je, dat heb ik bij je hulpvraag gezet.",
            "Thank you, I've added that to your request.");
    // "ook", "daarnaast": more told about the help, at its line of the summary
    private static final Pattern ADDS = Pattern.compile("\\b(?:ook|daarnaast|verder|bovendien|also|too|as well)\\b");
    // "wanneer belt de coördinator?", "hoe lang duurt het", "kan het sneller?", "when will they call"
    private static final Pattern ASKS_WHEN = Pattern.compile("\\b(?:wanneer|hoe lang|hoelang|sneller|eerder|when|how long"
            + "|sooner|faster)\\b");
    /** A last word of thanks after the request is done: answered, not passed on as news. */
    private static final Set<String> THANKS = Set.of("bedankt", "dank je", "dank je wel", "dankjewel", "dank u",
            "dank u wel", "dankuwel", "thanks", "thank you", "thx", "top", "super", "fijn", "toppie", "bedankt hoor", "dank je wel hoor", "heel erg bedankt", "super bedankt",
            "bedankt voor de hulp", "dank voor de hulp", "thanks a lot", "thank you very much", "great", "ok bedankt",
            "oke bedankt", "ok dank je", "top bedankt", "fijn bedankt");
    private static final Set<String> CHANGE = Set.of("nee", "no", "wijzig", "wijzigen", "aanpassen", "veranderen",
            "fout", "klopt niet", "niet", "change", "edit", "wrong", "nee klopt niet", "iets veranderen",
            "change something");
    /**
     * The question that ends the summary. The web chat shows its answers as buttons ("Ja, dit klopt", "Iets
     * veranderen") instead of a button for each numbered line.
     */
    private static final Text SUMMARY_QUESTION = new Text("Klopt dit? Stuur 'ja', of het nummer van wat je wilt veranderen.",
            "Is this right? Send 'yes', or the number of what you want to change.");

    /** The question that ends the summary, in the language given. */
    public static String summaryQuestion(Language language) {
        return SUMMARY_QUESTION.in(language);
    }

    /** The question under the suggested providers; the web chat adds a button for no preference (0). */
    private static final Text PREFERENCE_QUESTION = new Text("Heb je een voorkeur? Stuur het nummer. "
            + "Geen voorkeur? Stuur 0.", "Do you have a preference? Send the number. No preference? Send 0.");

    /** The question under the suggested providers, in the language given. */
    public static String preferenceQuestion(Language language) {
        return PREFERENCE_QUESTION.in(language);
    }
    // "nee" under "Heb je een voorkeur?" is no preference
    private static final Set<String> NO_PREFERENCE = Set.of("geen voorkeur", "no preference", "maakt niet uit",
            "geen", "none", "weet ik niet", "doesnt matter", "nee", "no", "nee hoor", "nee dank je", "nee bedankt",
            "no thanks", "geen voorkeur hoor", "weet niet", "maakt me niet uit", "not really", "nope", "geen van beide",
            "geen van beiden", "geen van allen", "geen van de drie", "geen van de twee", "geen idee", "neither",
            "none of them", "neither of them", "no idea");
    /** "ik wil eerst meer weten over de linde": a question about a suggestion, without its question mark. */
    private static final Pattern WANTS_TO_KNOW = Pattern.compile("\\b(?:meer (?:weten|informatie|info)|wat (?:doen|bieden)"
            + " ze|more (?:about|information|info)|tell me more)\\b");
    // a death told: "is vanochtend overleden", "onlangs gestorven", "passed away"; not "bang dat ze overlijdt"
    private static final Pattern BEREAVED = Pattern.compile("\\b(?:overleden|gestorven|is dood|zijn dood|dood is|passed away"
            + "|has died|have died|died)\\b");
    // at the end of one's strength: "ik kan niet meer.", "ik weet het niet meer", "radeloos"; not "ik kan niet
    // meer lopen" (read on the text in lower case: where the sentence ends tells the two apart)
    private static final Pattern AT_THE_END = Pattern.compile("\\bik kan (?:het )?(?:echt |gewoon )?niet meer(?: aan)?"
            + "\\s*(?:[,.!;]|$|en\\b|want\\b|maar\\b)|\\b(?:ik weet het (?:echt )?niet meer|ik trek het niet meer"
            + "|ik hou(?:d)? het niet meer vol|radeloos|wanhopig|ten einde raad|ik ben zo moe|uitgeput"
            + "|i can'?t cope|i cannot cope|i can'?t go on|i cannot go on|at my wits'? end|desperate|exhausted"
            + "|ik heb er geen zin meer in)\\b"
            // "ik ben op" as a clause of its own, not "ik ben op zoek naar"
            + "|\\b(?:ik ben|we zijn|wij zijn) (?:echt |helemaal |totaal |zo )?op(?:\\s*(?:[,.!;]|$)|\\s+(?:en|want|maar)\\b)");
    /** Words of a provider's name that do not tell one from another: "Zorgboerderij De Linde" is told by "linde". */
    private static final Set<String> NAME_FILLER = Set.of("de", "het", "een", "van", "der", "den", "en", "in", "op",
            "the", "of", "and", "bv", "stichting", "zorg", "care", "graag", "please", "doe", "maar", "die", "dat");

    // "waarom?", "hoezo", "wat is dat?", "wat bedoel je": the client asks back why or what
    private static final Pattern WHY_OR_WHAT = Pattern.compile("(?:waarom|hoezo|wat (?:is|betekent|bedoel|bedoelen|moet)"
            + "|why|what (?:is|does|do you mean))\\b");
    private static final Pattern WH_START = Pattern.compile("(?:wat|welke|waarom|hoezo|hoe|what|which|why|how)\\b");
    private static final Pattern HOW_TO_APPLY = Pattern.compile("\\b(?:aanvragen|aanvraag|vraag ik|krijg ik|krijg je"
            + "|regel ik|apply|get one)\\b");
    private static final Map<Slot, Text> WHY_ASKED = Map.of(
            Slot.CARE_FOR, new Text("Zo weten we voor wie we hulp zoeken: voor jezelf, je kind, je ouder of iemand anders.",
                    "So we know who we are looking for help for: yourself, your child, your parent or someone else."),
            Slot.AGE, new Text("De leeftijd helpt ons de juiste hulp te vinden. Voor kinderen is er andere hulp dan voor "
                    + "volwassenen of ouderen.", "The age helps us find the right help. There is different help for "
                    + "children than for adults or older people."),
            Slot.PLACE, new Text("Zorg wordt per gemeente geregeld. Zo vinden we hulp bij jou in de buurt.",
                    "Care is arranged per municipality. This way we find help near you."),
            Slot.NEED, new Text("Er zijn veel soorten hulp: hulp thuis, dagbesteding, logeren, begeleiding, hulp bij "
                    + "geldzaken en meer. Vertel gewoon wat er aan de hand is, dan zoeken wij wat past.",
                    "There are many kinds of help: help at home, day activities, respite stays, support, help with "
                    + "money matters and more. Just tell me what is going on, and we will find what fits."),
            Slot.URGENCY, new Text("Zo weet de coördinator wat voorrang moet krijgen.",
                    "So the coordinator knows what needs to come first."),
            Slot.INDICATION, new Text("Een indicatie (of beschikking) is een brief van de gemeente of het CIZ. Daarin "
                    + "staat welke zorg iemand mag krijgen. Is die er nog niet? Geen probleem: je coördinator helpt je "
                    + "met de aanvraag.", "An assessment (indicatie or beschikking) is a letter from the municipality "
                    + "or the CIZ that says which care someone may get. Not there yet? No problem: your coordinator "
                    + "will help you apply."),
            Slot.CONTACT, new Text("Zo kan de coördinator je bereiken om je vraag te bespreken.",
                    "So the coordinator can reach you to talk about your request."));

    /**
     * @param organisation the cooperative's name as clients know it ("Sorg")
     * @param responseTime when a coordinator calls back, as a phrase: "binnen 2 werkdagen"
     */
    public record Settings(String organisation, String responseTimeNl, String responseTimeEn,
                           BusinessHours hours, String officePhone, String officeEmail) {
        /** An office that is always open, with no phone number or address to give. */
        public Settings(String organisation, String responseTimeNl, String responseTimeEn) {
            this(organisation, responseTimeNl, responseTimeEn, null);
        }

        /** An office with hours, with no phone number or address to give. */
        public Settings(String organisation, String responseTimeNl, String responseTimeEn, BusinessHours hours) {
            this(organisation, responseTimeNl, responseTimeEn, hours, null, null);
        }

        /** How a client reaches the office another way: its number and address when they are set. */
        Text otherWays() {
            boolean phone = officePhone != null && !officePhone.isBlank();
            boolean email = officeEmail != null && !officeEmail.isBlank();
            if (phone && email) {
                return new Text("Je kunt het klantenbureau ook bellen (" + officePhone + ") of mailen (" + officeEmail + ").",
                        "You can also call the customer office (" + officePhone + ") or e-mail it (" + officeEmail + ").");
            }
            if (phone) {
                return new Text("Je kunt het klantenbureau ook bellen: " + officePhone + ".",
                        "You can also call the customer office: " + officePhone + ".");
            }
            if (email) {
                return new Text("Je kunt het klantenbureau ook mailen: " + officeEmail + ".",
                        "You can also e-mail the customer office: " + officeEmail + ".");
            }
            return new Text("Je kunt het klantenbureau ook bellen of mailen.",
                    "You can also call or e-mail the customer office.");
        }
    }

    private final Steps steps;
    private final Gazetteer gazetteer;
    private final ProviderSuggestions suggestions;
    private final Settings settings;

    public Dialogue(Gazetteer gazetteer, CareVocabulary vocabulary, ProviderSuggestions suggestions, Settings settings) {
        this.steps = new Steps(gazetteer, vocabulary);
        this.gazetteer = gazetteer;
        this.suggestions = suggestions;
        this.settings = settings;
    }

    public Turn next(DialogueState state, Input in) {
        String text = in.text().length() > MAX_READ_CHARS ? in.text().substring(0, MAX_READ_CHARS) : in.text();
        Optional<Crisis.Kind> crisis = Crisis.of(text);
        if (crisis.isPresent()) {
            DialogueState s = state.step() == Step.START ? state.inLanguage(Language.detect(text)) : state;
            return new Turn(s, List.of(crisis(crisis.get()).in(s.language())), crisisHandoff(crisis.get()));
        }
        Optional<Command> command = Command.of(text);
        if (state.optedOut()) {
            if (command.orElse(null) == Command.START) {
                DialogueState s = state.optedOut(false);
                return reply(s, List.of(new Effect.OptedIn()), new Text(
                        "Welkom terug! Je krijgt weer berichten van ons.", "Welcome back! You will get our messages again."),
                        currentQuestion(s, in.medium()));
            }
            return new Turn(state, List.of(), List.of());
        }
        if (command.isPresent() && command.get() != Command.START) {
            return command(command.get(), state, in);
        }
        if (text.isBlank()) {
            return blank(state, in);
        }
        Optional<OfficeQuestion> asked = OfficeQuestion.of(text);
        if (asked.isPresent()) {
            return answered(asked.get(), state, text, in);
        }
        return switch (state.step()) {
            case START -> first(state, text, in);
            case ASKING -> state.language() == Language.NL && Language.clearlyEnglish(text)
                    ? continuedInEnglish(answer(state.inLanguage(Language.EN), text, in))
                    : answer(state, text, in);
            case SUMMARY -> summary(state, text, in);
            case WHICH_LINE -> whichLine(state, text, in);
            case ADDING -> adding(state, text, in);
            case CHOOSE_PROVIDER -> chooseProvider(state, text, in);
            case DONE -> new Turn(state, List.of(afterHandIn(state, text).in(state.language())), List.of());
            // "ja", "oh wacht, toch wel": the client changed their mind, and is asked for consent again
            case DECLINED -> changedTheirMind(Folding.fold(text))
                    ? ask(state.restarted(), in.medium(), List.of(), new Text("Fijn dat je toch verder wilt.",
                            "Good, let's continue after all."))
                    : new Turn(state, List.of(new Text(
                    "We bewaren niets van wat je schrijft. Wil je toch een aanvraag doen? Stuur dan 'opnieuw'.",
                    "We are not keeping anything you write. Would you like to make a request after all? Send 'restart'.")
                    .in(state.language())), List.of());
        };
    }

    /**
     * While staff hold the conversation the bot stays silent, except for what cannot wait: words
     * of crisis, and stop / start.
     */
    public Turn whileWithStaff(DialogueState state, Input in) {
        String text = in.text().length() > MAX_READ_CHARS ? in.text().substring(0, MAX_READ_CHARS) : in.text();
        Optional<Crisis.Kind> crisis = Crisis.of(text);
        if (crisis.isPresent()) {
            return new Turn(state, List.of(crisis(crisis.get()).in(state.language())), crisisHandoff(crisis.get()));
        }
        Optional<Command> command = Command.of(text);
        if (command.isPresent() && (command.get() == Command.STOP || command.get() == Command.START && state.optedOut())) {
            return next(state, in);
        }
        return new Turn(state, List.of(), List.of());
    }

    // ---- commands

    /** The client asked for a person: who answers, and when, if the office is closed now. */
    private String toAPerson(DialogueState state, Input in) {
        BusinessHours hours = settings.hours();
        if (hours == null || in.receivedAt() == null || hours.isOpen(in.receivedAt())) {
            return new Text(
                    "Ik geef je door aan een medewerker van het klantenbureau. Je krijgt zo snel mogelijk antwoord, hier in dit gesprek.",
                    "I am passing you to someone from the customer office. You will get an answer as soon as possible, right here.")
                    .in(state.language());
        }
        String nl = hours.describeNextOpening(in.receivedAt(), Language.NL);
        String en = hours.describeNextOpening(in.receivedAt(), Language.EN);
        return new Text("Ik geef je door aan een medewerker van het klantenbureau. We zijn nu gesloten. Je krijgt " + nl
                + " antwoord, hier in dit gesprek. Je hoeft niets opnieuw te sturen. Is het dringend? Bel dan je huisarts"
                + " of de huisartsenpost. Bij gevaar: bel 112.",
                "I am passing you to someone from the customer office. We are closed right now. You will get an answer "
                        + en + ", right here. No need to send anything again. Is it urgent? Call your GP or the out-of-hours"
                        + " GP service. In danger: call 112.").in(state.language());
    }

    private Turn command(Command command, DialogueState state, Input in) {
        Medium medium = in.medium();
        return switch (command) {
            case STOP -> new Turn(state.optedOut(true), List.of(new Text(
                    "Je bent afgemeld. Je krijgt geen berichten meer van ons. Wil je later toch verder? Stuur dan START.",
                    "You have unsubscribed. You will not get any more messages from us. Want to continue later? Send START.")
                    .in(state.language())), List.of(new Effect.OptedOut()));
            case HUMAN -> new Turn(state, List.of(toAPerson(state, in)),
                    List.of(new Effect.Handoff(Effect.Handoff.Reason.CLIENT_ASKED)));
            case COMPLAINT -> new Turn(state, List.of(new Text("Wat vervelend.", "I'm sorry to hear that.")
                    .in(state.language()) + " " + toAPerson(state, in) + " " + new Text("Vertel gerust alvast wat er is "
                    + "gebeurd.", "Feel free to tell us what happened.").in(state.language())),
                    List.of(new Effect.Handoff(Effect.Handoff.Reason.COMPLAINT)));
            // staff carry both out (the erasure leaves no way to write to the client afterwards)
            case ERASE -> new Turn(state, List.of(new Text("Dat kan. Een medewerker van het klantenbureau verwijdert je "
                    + "gegevens. Tot dan doen we niets meer met wat je ons vertelde. Daarna bewaren we niets meer van "
                    + "je, ook dit gesprek niet.", "Of course. Someone from the customer office will delete your "
                    + "details. Until then we do nothing more with what you told us. After that we keep nothing about "
                    + "you, not this conversation either.")
                    .in(state.language())), List.of(new Effect.Handoff(Effect.Handoff.Reason.ERASE)));
            case SEE_DATA -> new Turn(state, List.of(new Text("Dat kan. Een medewerker van het klantenbureau zoekt op "
                    + "wat we van je bewaren en neemt contact met je op.", "Of course. Someone from the customer office "
                    + "will look up what we keep about you and get in touch with you.").in(state.language())),
                    List.of(new Effect.Handoff(Effect.Handoff.Reason.SEE_DATA)));
            case HELP -> reply(state, List.of(), help(), currentQuestion(state, medium));
            case ENGLISH -> {
                DialogueState s = state.inLanguage(Language.EN);
                yield reply(s, List.of(), new Text("", "Sure, let's continue in English."), currentQuestion(s, medium));
            }
            case DUTCH -> {
                DialogueState s = state.inLanguage(Language.NL);
                yield reply(s, List.of(), new Text("Prima, we gaan verder in het Nederlands.", ""), currentQuestion(s, medium));
            }
            case BACK -> back(state, medium);
            case RESTART -> {
                DialogueState s = state.restarted();
                Text restarted = new Text("We beginnen opnieuw.", "Let's start again.");
                yield ask(s, medium, List.of(), restarted);
            }
            case START -> throw new IllegalStateException("START is handled as ordinary text");
        };
    }

    /** A client whose first words told no language ("hey") and who then writes English. */
    private static Turn continuedInEnglish(Turn turn) {
        List<String> replies = new ArrayList<>(turn.replies());
        if (!replies.isEmpty()) {
            replies.set(0, "I'll continue in English. " + replies.getFirst());
        }
        return new Turn(turn.state(), replies, turn.effects());
    }

    private Turn back(DialogueState state, Medium medium) {
        if (state.step() == Step.CHOOSE_PROVIDER || state.step() == Step.DONE) {
            return reply(state, List.of(), new Text(
                    "Je aanvraag is al doorgegeven. Wil je iets veranderen? Schrijf het hier, dan geef ik het door aan je coördinator.",
                    "Your request has been passed on. Want to change something? Write it here and I will pass it to your coordinator."),
                    null);
        }
        // before consent nothing lies behind the consent question, not even what was told in passing
        if (!state.has(Slot.CONSENT)) {
            return reply(state, List.of(), new Text("Dit is de eerste vraag.", "This is the first question."),
                    currentQuestion(state, medium));
        }
        List<Slot> history = new ArrayList<>(state.history());
        history.remove(Slot.CONSENT);
        if (state.step() == Step.ASKING && state.asking() != null) {
            history.remove(state.asking());
        }
        if (history.isEmpty()) {
            return reply(state, List.of(), new Text("Dit is de eerste vraag.", "This is the first question."),
                    currentQuestion(state, medium));
        }
        Slot previous = history.getLast();
        DialogueState s = state.without(previous).editingSlot(null).at(Step.ASKING, previous);
        return new Turn(s, List.of(steps.of(previous).question().apply(s, medium).in(s.language())), List.of());
    }

    /**
     * A question to the desk itself ("kan ik jullie bellen?", "wat kost dat?"): answered, what else the
     * message told kept, and the question of the dialogue asked again.
     */
    private Turn answered(OfficeQuestion question, DialogueState state, String text, Input in) {
        if (state.step() == Step.ASKING && state.language() == Language.NL && Language.clearlyEnglish(text)) {
            return continuedInEnglish(answered(question, state.inLanguage(Language.EN), text, in));
        }
        if (state.step() == Step.START) {
            Turn welcome = first(state, text, in);
            List<String> replies = new ArrayList<>(welcome.replies());
            // the welcome says it is a digital assistant already: "ben je een robot?" needs only the way to a person
            Text answer = question == OfficeQuestion.ASSISTANT ? new Text(
                    "Liever met een mens praten? Stuur dan 'medewerker'.",
                    "Would you rather talk to a person? Send 'human'.")
                    : question.answer(settings, in.medium(), Step.START, 0);
            replies.set(0, replies.getFirst() + "\n\n" + answer.in(welcome.state().language()));
            return new Turn(welcome.state(), replies, welcome.effects());
        }
        if (state.step() != Step.ASKING) {
            return reply(state, List.of(), question.answer(settings, in.medium(), state.step(), 0),
                    currentQuestion(state, in.medium()));
        }
        DialogueState s = steps.extractAll(state, text, in.messageId(), in.medium(), null);
        if (!state.has(state.asking()) && s.has(state.asking())) {
            // "hoeveel moet ik betalen voor mijn vader?" at "voor wie?": on to the next question
            return ask(s, in.medium(), List.of(), question.answer(settings, in.medium(), Step.ASKING,
                    questionsLeft(s, in.medium())));
        }
        return reply(s, List.of(), question.answer(settings, in.medium(), Step.ASKING, questionsLeft(s, in.medium())),
                currentQuestion(s, in.medium()));
    }

    /**
     * A question the assistant has no answer to: who has one. Asked in the first message, before consent,
     * nothing is kept yet; later the coordinator reads this conversation with the request.
     */
    private static Text unansweredQuestion(boolean beforeConsent) {
        return beforeConsent
                ? new Text("Je vraag kan ik zelf niet beantwoorden. Een medewerker wel: stuur dan 'medewerker'. "
                + "Wil je hulp aanvragen? Dan gaan we hieronder verder.",
                "I can't answer your question myself. A person from our office can: send 'human'. "
                        + "Would you like to request help? Then let's go on below.")
                : new Text("Die vraag kan ik zelf niet beantwoorden. Je coördinator wel: die leest dit gesprek bij je "
                + "aanvraag. Wil je het nu al aan een mens vragen? Stuur dan 'medewerker'.",
                "I can't answer that question myself. Your coordinator can: they read this conversation with your "
                        + "request. Would you like to ask a person now? Then send 'human'.");
    }

    /** The questions still to ask, the one standing among them. */
    private int questionsLeft(DialogueState s, Medium medium) {
        return (int) steps.all().stream().filter(step -> !step.skipWhen().test(s, medium)).count();
    }

    // ---- the first message

    private Turn first(DialogueState state, String text, Input in) {
        DialogueState s = state.inLanguage(Language.detect(text));
        s = steps.extractAll(s, text, in.messageId(), in.medium(), null);
        String understood = understood(s);
        Text greeting = greeting(text.toLowerCase(Locale.ROOT));
        Text welcome = new Text(greeting.nl() + " Ik ben de digitale assistent van het klantenbureau van "
                        + settings.organisation() + ". Ik stel je een paar korte vragen. Daarna neemt een coördinator contact met je op.",
                greeting.en() + " I am the digital assistant of the " + settings.organisation()
                        + " customer office. I will ask you a few short questions. After that, a coordinator will contact you.");
        List<String> replies = new ArrayList<>();
        // written in another language: said at once, in both, with the way to a person
        String languages = Language.neither(text) && !s.has(Slot.NEED) && !s.has(Slot.CARE_FOR)
                ? "Ik spreek Nederlands en Engels. I speak Dutch and English: write in English if that is easier, "
                + "or send 'human' and a person from our office will help you.\n\n" : "";
        // a question and nothing of a request ("hoe werkt dat met een pgb?"): who can answer it
        String question = understood.isEmpty() && !s.has(Slot.NEED) && OfficeQuestion.isAQuestion(text, Folding.fold(text))
                && OfficeQuestion.of(text).isEmpty() ? "\n\n" + unansweredQuestion(true).in(s.language()) : "";
        replies.add(languages + welcome.in(s.language()) + (understood.isEmpty() ? ""
                : "\n\n" + new Text("Ik heb al begrepen: ", "I understood: ").in(s.language()) + understood + ".")
                + question);
        return ask(s, in.medium(), replies, null);
    }

    /**
     * How the first answer begins: cheerful for most, not for a client who tells of a death ("mijn vader is
     * vanochtend overleden") or who is at the end of their strength ("ik kan niet meer").
     */
    private static Text greeting(String lower) {
        // the patterns run only on a message holding one of their words
        if ((lower.contains("overle") || lower.contains("gestorven") || lower.contains("dood")
                || lower.contains("died") || lower.contains("passed away")) && BEREAVED.matcher(lower).find()) {
            return new Text("Gecondoleerd met je verlies. Fijn dat je ons een bericht stuurt.",
                    "I'm so sorry for your loss. Thank you for your message.");
        }
        if ((lower.contains("niet meer") || lower.contains("ik ben") || lower.contains("zijn") || lower.contains("radeloos")
                || lower.contains("wanhop") || lower.contains("einde raad") || lower.contains("uitgeput")
                || lower.contains("cope") || lower.contains("go on") || lower.contains("geen zin meer")
                || lower.contains("wits") || lower.contains("desperate")
                || lower.contains("exhausted")) && AT_THE_END.matcher(lower).find()) {
            return new Text("Hoi. Het klinkt zwaar, goed dat je ons schrijft.",
                    "Hi. It sounds hard; good that you wrote to us.");
        }
        return new Text("Hoi! Fijn dat je ons een bericht stuurt.", "Hi! Thank you for your message.");
    }

    private String understood(DialogueState s) {
        Language l = s.language();
        List<String> parts = new ArrayList<>();
        if (s.has(Slot.CARE_FOR)) {
            parts.add((l == Language.EN ? "for " : "voor ") + Steps.careFor(s).label().in(l));
        }
        if (s.has(Slot.AGE)) {
            parts.add(Steps.ageText(s.answer(Slot.AGE), l, true));
        }
        if (s.has(Slot.PLACE)) {
            parts.add((l == Language.EN ? "in " : "in ") + s.answer(Slot.PLACE).said());
        }
        if (s.has(Slot.NEED)) {
            parts.add(needLabels(s));
        }
        if (s.has(Slot.URGENCY) && "SOON".equals(s.value(Slot.URGENCY))) {
            parts.add(l == Language.EN ? "as soon as possible" : "zo snel mogelijk");
        }
        return String.join(", ", parts);
    }

    private String needLabels(DialogueState s) {
        String codes = s.value(Slot.NEED);
        if (codes == null || codes.isEmpty()) {
            return s.language() == Language.EN ? "your question" : "je hulpvraag";
        }
        List<String> labels = new ArrayList<>();
        for (String code : codes.split(",")) {
            steps.vocabulary().byCode(code).ifPresent(c -> labels.add(c.label(s.language().code())));
        }
        return String.join(", ", labels);
    }

    // ---- answering a question

    private Turn answer(DialogueState state, String text, Input in) {
        Slot slot = state.asking();
        StepDefinition step = steps.of(slot);
        String folded = Folding.fold(text);
        Parsed parsed = slipInTheAnswer(step.answer().parse(text, in, state), step, text, folded, in, state);
        Optional<Text> explained = explanation(slot, text, folded, parsed);
        if (explained.isPresent()) {
            // "waarom wil je dat weten?", "wat is een indicatie?": answered, and the question stands
            return new Turn(state, List.of(explained.get().in(state.language()) + " "
                    + step.question().apply(state, in.medium()).in(state.language())), List.of());
        }
        Optional<Turn> slip = slipOfThePrevious(state, text, folded, in);
        if (slip.isPresent()) {
            return slip.get();
        }
        if (WRONG_BEFORE.contains(folded) && state.editing() == null) {
            // "dat klopt niet", "oeps" on its own: the answer before was wrong, and is asked again
            return back(state, in.medium());
        }
        // "oh wacht, hij is 81" while asked something else: a correction of an earlier answer, which
        // is kept, and the question stands (a short one is not taken for a description of the help, nor
        // one that says something was wrong: "14 jaar klopt niet, hij is 13" corrects with what follows)
        Matcher wrong = SOMETHING_WRONG.matcher(folded);
        boolean saysWrong = wrong.find() && wrong.end() < folded.length();
        if (parsed instanceof Parsed.Reask || slot == Slot.NEED && steps.vocabulary().categoriesIn(text).isEmpty()
                && (Folding.tokens(text).size() <= CORRECTION_WORDS || saysWrong)) {
            DialogueState corrected = withCorrections(state, saysWrong ? folded.substring(wrong.end()) : text, in, slot);
            // changing a line of the summary: another answer changed instead (the wrong line was
            // picked) or "ja, klopt" (nothing to change after all) ends the change
            boolean changed = corrected.corrections().size() > state.corrections().size();
            // (not when the answer was emptied: the age asked again for another person has none to keep, and
            // is asked on after another answer changed)
            if (state.editing() == slot && changed && !state.has(slot)) {
                return changedAndAskedAgain(corrected, slot, in.medium());
            }
            if (state.editing() == slot && (changed || CONFIRM.contains(folded) && state.has(slot))) {
                List<String> before = changed ? List.of(CHANGED.in(corrected.language())) : List.of();
                return summaryTurn(corrected.editingSlot(null), in.medium(), before, List.of());
            }
            if (changed) {
                return changedAndAskedAgain(corrected, slot, in.medium());
            }
        }
        DialogueState s = steps.addToNeed(steps.extractAll(state, text, in.messageId(), in.medium(), slot), text,
                in.messageId(), slot, parsed instanceof Parsed.Value);
        if (parsed instanceof Parsed.Reask && slot != Slot.AGE && !s.has(Slot.AGE)) {
            Optional<Answer> age = Steps.bareAge(text, in.messageId());
            if (age.isPresent()) {
                s = steps.with(s, Slot.AGE, age.get());
            }
        }
        List<Effect> effects = new ArrayList<>();
        if (parsed instanceof Parsed.Reask(Text why, boolean misunderstood)) {
            // a client telling their story past the consent question ("ik zoek hulp") is not misunderstood
            boolean telling = slot == Slot.CONSENT && misunderstood && Folding.tokens(text).size() >= TELLING_WORDS
                    && !Steps.onlyAGreeting(text);
            if (!s.answers().equals(state.answers()) || telling) {
                // not an answer to the question, but it told us something else: say so, and ask again
                // (the consent question in short: the client has just read it in full; a client who
                // goes past it again is told once why it matters, and counts as stuck)
                if (slot == Slot.CONSENT) {
                    s = s.notUnderstood();
                    Text again = s.misunderstood() == STUCK_AFTER ? Steps.consentNeeded()
                            : s.misunderstood() > STUCK_AFTER ? Steps.consentInShort() : Steps.consentReminder();
                    return new Turn(s, List.of(again.in(s.language())), List.of());
                }
                String again = new Text("Dank je, dat heb ik genoteerd.", "Thank you, I've noted that.").in(s.language())
                        + " " + step.question().apply(s, in.medium()).in(s.language());
                return new Turn(s, List.of(again), List.of());
            }
            if (Steps.onlyAGreeting(text)) {
                // a client back after a while greets first: greet back and ask the question again
                return new Turn(s, List.of(new Text("Hoi! ", "Hi! ").in(s.language())
                        + step.question().apply(s, in.medium()).in(s.language())), List.of());
            }
            if (misunderstood && OfficeQuestion.isAQuestion(text, folded)) {
                // "hoe werkt dat met een pgb?": a question the assistant cannot answer; a person can
                return new Turn(s, List.of(unansweredQuestion(slot == Slot.CONSENT).in(s.language()) + "\n\n"
                        + step.question().apply(s, in.medium()).in(s.language())), List.of());
            }
            s = s.notUnderstood();
            String reask = (misunderstood ? new Text("Sorry, dat begreep ik niet. ", "Sorry, I didn't get that. ")
                    .in(s.language()) : "") + why.in(s.language());
            // stuck: the way to a person, unless the answer just given names it already
            if (s.misunderstood() >= STUCK_AFTER && !reask.contains("'medewerker'") && !reask.contains("'human'")) {
                reask += "\n\n" + new Text("Lukt het niet? Stuur 'medewerker', dan helpt een mens je verder.",
                        "Not working? Send 'human' and a person will help you.").in(s.language());
            }
            return new Turn(s, List.of(reask), List.of());
        }
        Answer answer = ((Parsed.Value) parsed).answer();
        if (slot == Slot.CONSENT) {
            if ("NO".equals(answer.value()) && Choice.number(text).isPresent()
                    && state.answers().keySet().stream().anyMatch(k -> !k.equals(Slot.CONSENT.name()))) {
                // a bare "2" after telling us things may answer another question in the client's mind;
                // saying no throws all of it away, so that is asked in words
                return new Turn(state, List.of(new Text("Je koos 2: nee. Dan bewaren we niets, ook niet wat je "
                        + "ons al vertelde. Klopt dat? Stuur 'nee' om te stoppen, of 'ja' als we het mogen bewaren.",
                        "You chose 2: no. Then we keep nothing, not even what you have told us already. Is that "
                        + "right? Send 'no' to stop, or 'yes' if we may keep it.").in(state.language())), List.of());
            }
            if ("NO".equals(answer.value()) && toldMore(state, s)) {
                // "nee, geen indicatie" or "nee hoor, niet dringend": the no answers another question in
                // the client's mind; what it told is kept, and the refusal that forgets it asked in words
                return new Turn(s, List.of(new Text("Dank je, dat heb ik genoteerd. Bedoel je met 'nee' ook dat we "
                        + "niets mogen bewaren? Dan bewaren we niets, ook niet wat je ons al vertelde. Stuur 'nee' "
                        + "om te stoppen, of 'ja' als we het mogen bewaren.",
                        "Thank you, I've noted that. Does your 'no' also mean we may not keep anything? Then we keep "
                        + "nothing, not even what you have told us already. Send 'no' to stop, or 'yes' if we may "
                        + "keep it.").in(s.language())), List.of());
            }
            if ("NO".equals(answer.value())) {
                DialogueState declined = DialogueState.initial().inLanguage(s.language()).at(Step.DECLINED, null);
                Text otherWays = settings.otherWays();
                return new Turn(declined, List.of(new Text(
                        "Dat is goed. We bewaren niets van wat je schreef. " + otherWays.nl()
                                + " Wil je toch verder? Stuur dan 'opnieuw'.",
                        "That's fine. We will not keep anything you wrote. " + otherWays.en()
                                + " Want to continue after all? Send 'restart'.").in(s.language())),
                        List.of(new Effect.ConsentRefused()));
            }
            effects.add(new Effect.ConsentGiven(Steps.CONSENT_TEXT_VERSION, in.messageId()));
        }
        Answer before = state.answer(slot);
        if (state.editing() == Slot.NEED && slot == Slot.NEED && before != null && ADDS.matcher(folded).find()) {
            // "ze heeft ook hulp nodig bij het aankleden": more, not instead
            Integer age = s.has(Slot.AGE) ? Integer.valueOf(s.value(Slot.AGE)) : null;
            answer = steps.needWithMore(before, text, in.messageId(), age).orElse(answer);
        }
        s = steps.with(s, slot, answer);
        if (state.editing() == slot) {
            if (before != null && !sameAnswer(slot, before, answer)) {
                s = s.corrected(new Correction(slot, before, answer));
            }
            if (slot == Slot.CARE_FOR && anotherPersonWithTheirAge(state, s)) {
                return askTheAgeAgain(s, in.medium(), null);
            }
            s = s.editingSlot(null);
            return summaryTurn(s, in.medium(), List.of(), effects);
        }
        // "nee, hij is 85" at the indication: the answer, and the age told again differently
        DialogueState aged = slot == Slot.AGE || slot == Slot.NEED ? s : ageCorrected(s, text, in);
        Text preface = aged != s ? new Text("Dank je, ik heb de leeftijd aangepast.", "Thanks, I've changed the age.")
                : slot == Slot.INDICATION && HOW_TO_APPLY.matcher(folded).find()
                ? new Text("Je coördinator helpt je met de aanvraag.", "Your coordinator will help you apply.") : null;
        Turn next = ask(aged, in.medium(), List.of(), preface);
        return new Turn(next.state(), next.replies(), concat(effects, next.effects()));
    }

    /**
     * The state with the age this answer also gives, when it differs from the one known; else the same
     * state. Only an age in digits: most answers have none, and reading ages in words costs more.
     */
    private DialogueState ageCorrected(DialogueState s, String text, Input in) {
        Answer before = s.answer(Slot.AGE);
        if (before == null || text.chars().noneMatch(Character::isDigit)) {
            return s;
        }
        Optional<Answer> age = steps.of(Slot.AGE).extract().read(text, in.messageId(), in.medium());
        // "hij wordt 85 volgende maand" tells a birthday, not that the age was wrong
        if (age.isEmpty() || sameAnswer(Slot.AGE, before, age.get()) || Steps.tellsABirthday(text)) {
            return s;
        }
        return steps.with(s, Slot.AGE, age.get()).corrected(new Correction(Slot.AGE, before, age.get()));
    }

    /**
     * Why a question is asked, or what it means, for a client who asks that back instead of answering:
     * "waarom wil je dat weten?" at the age, "wat is een indicatie?", "hoe vraag ik dat aan?", and at the
     * need any question without words of care ("wat voor hulp is er?"). Consent and the name explain
     * themselves in their own readers.
     */
    private Optional<Text> explanation(Slot slot, String text, String folded, Parsed parsed) {
        boolean whyOrWhat = WHY_OR_WHAT.matcher(folded).lookingAt();
        boolean explain = switch (slot) {
            case CONSENT, NAME -> false;
            case NEED -> (text.contains("?") || WH_START.matcher(folded).lookingAt())
                    && steps.vocabulary().categoriesIn(text).isEmpty();
            // any question that is no answer ("hoe vraag ik dat aan?", "is dat erg?") gets what it is and that
            // the coordinator helps; "nee, hoe krijg ik die?" answers first (and is told so, in answer())
            case INDICATION -> whyOrWhat || parsed instanceof Parsed.Reask && text.contains("?");
            default -> parsed instanceof Parsed.Reask && whyOrWhat;
        };
        return explain ? Optional.of(WHY_ASKED.get(slot)) : Optional.empty();
    }

    /** Asks the first question not yet answered, or shows the summary when all are. */
    private Turn ask(DialogueState s, Medium medium, List<String> before, Text preface) {
        List<String> replies = new ArrayList<>(before);
        for (StepDefinition step : steps.all()) {
            if (!step.skipWhen().test(s, medium)) {
                DialogueState asking = s.at(Step.ASKING, step.slot());
                String q = step.question().apply(asking, medium).in(s.language());
                replies.add(preface == null ? q : preface.in(s.language()) + " " + q);
                return new Turn(asking, replies, List.of());
            }
        }
        if (preface != null) {
            replies.add(preface.in(s.language()));
        }
        return summaryTurn(s, medium, replies, List.of());
    }

    // ---- summary and corrections

    private Turn summaryTurn(DialogueState s, Medium medium, List<String> before, List<Effect> effects) {
        DialogueState at = s.at(Step.SUMMARY, null);
        List<String> replies = new ArrayList<>(before);
        replies.add(summaryText(at, medium));
        return new Turn(at, replies, effects);
    }

    // the words a client may use for a line of the summary, Dutch and English
    private static final Map<String, Slot> LINE_WORDS = Map.ofEntries(
            Map.entry("leeftijd", Slot.AGE), Map.entry("oud", Slot.AGE), Map.entry("age", Slot.AGE),
            Map.entry("woonplaats", Slot.PLACE), Map.entry("plaats", Slot.PLACE), Map.entry("postcode", Slot.PLACE),
            Map.entry("adres", Slot.PLACE), Map.entry("place", Slot.PLACE), Map.entry("town", Slot.PLACE),
            Map.entry("hulpvraag", Slot.NEED), Map.entry("request", Slot.NEED),
            Map.entry("snel", Slot.URGENCY), Map.entry("haast", Slot.URGENCY), Map.entry("soon", Slot.URGENCY),
            Map.entry("indicatie", Slot.INDICATION), Map.entry("beschikking", Slot.INDICATION),
            Map.entry("assessment", Slot.INDICATION),
            Map.entry("naam", Slot.NAME), Map.entry("name", Slot.NAME),
            Map.entry("contact", Slot.CONTACT), Map.entry("telefoonnummer", Slot.CONTACT),
            Map.entry("nummer", Slot.CONTACT), Map.entry("mail", Slot.CONTACT), Map.entry("email", Slot.CONTACT),
            Map.entry("phone", Slot.CONTACT), Map.entry("number", Slot.CONTACT));

    /** The summary line a text names by a word of its label, when it names exactly one. */
    static Optional<Slot> lineNamed(String text) {
        Set<Slot> named = new HashSet<>();
        for (String token : Folding.tokens(text)) {
            Slot slot = LINE_WORDS.get(token);
            if (slot != null) {
                named.add(slot);
            }
        }
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    private static final List<Slot> SUMMARY_LINES = List.of(Slot.CARE_FOR, Slot.AGE, Slot.PLACE, Slot.NEED,
            Slot.URGENCY, Slot.INDICATION, Slot.NAME, Slot.CONTACT);

    private String summaryText(DialogueState s, Medium medium) {
        Language l = s.language();
        StringBuilder out = new StringBuilder(new Text("Dit heb ik genoteerd:", "This is what I noted:").in(l));
        for (int i = 0; i < SUMMARY_LINES.size(); i++) {
            Slot slot = SUMMARY_LINES.get(i);
            out.append('\n').append(i + 1).append(". ").append(lineLabel(slot).in(l)).append(": ").append(display(s, slot, medium));
        }
        out.append("\n\n").append(SUMMARY_QUESTION.in(l));
        return out.toString();
    }

    private static Text lineLabel(Slot slot) {
        return switch (slot) {
            case CARE_FOR -> new Text("Voor", "For");
            case AGE -> new Text("Leeftijd", "Age");
            case PLACE -> new Text("Woonplaats", "Lives in");
            case NEED -> new Text("Hulpvraag", "Help needed");
            case URGENCY -> new Text("Hoe snel", "How soon");
            case INDICATION -> new Text("Indicatie", "Assessment");
            case NAME -> new Text("Naam", "Name");
            case CONTACT -> new Text("Contact", "Contact");
            case CONSENT -> new Text("Toestemming", "Consent");
        };
    }

    /**
     * The client's own words when they fit on the summary's line; a long story, or one told over
     * several messages, as the kinds of care read from it.
     */
    private String needLine(DialogueState s, Answer need) {
        // the greeting is not part of the need: "Hoi, ik zoek logeeropvang voor mijn zoon"
        String said = Steps.withoutGreeting(need.said());
        // A message that also said how old or where ("mijn dochter van 9 heeft adhd, we wonen in 7141AB")
        // is more than the need: the kinds of care read from it say what was understood.
        boolean toldMore = toldIn(s, Slot.AGE, need.messageId()) || toldIn(s, Slot.PLACE, need.messageId());
        if (said.length() <= NEED_PREVIEW_CHARS && !said.contains("\n") && !(toldMore && !need.value().isEmpty())) {
            return said;
        }
        if (!need.value().isEmpty()) {
            return needLabels(s);
        }
        String flat = said.replace('\n', ' ');
        return flat.length() <= NEED_PREVIEW_CHARS ? flat : flat.substring(0, NEED_PREVIEW_CHARS) + "…";
    }

    /**
     * Whether the message told this slot, also when it was changed since: "mijn moeder van 80 in Groenlo
     * ..." still says 80 and Groenlo after "nee, ze is 81 en woont in Eibergen".
     */
    private static boolean toldIn(DialogueState s, Slot slot, long messageId) {
        return s.has(slot) && s.answer(slot).messageId() == messageId
                || s.corrections().stream().anyMatch(c -> c.slot() == slot && c.before().messageId() == messageId);
    }

    private String display(DialogueState s, Slot slot, Medium medium) {
        Language l = s.language();
        Answer a = s.answer(slot);
        if (a == null) {
            return "-";
        }
        return switch (slot) {
            case CARE_FOR -> Steps.careFor(s).label().in(l);
            case AGE -> Steps.ageText(a, l, false);
            // "postcode 7131 (gemeente Oost Gelre)": four digits alone do not read as a place
            case PLACE -> Folding.fold(a.said()).equals(Folding.fold(a.value())) ? a.value()
                    : (!a.said().isEmpty() && Character.isDigit(a.said().charAt(0)) ? "postcode " : "") + a.said()
                    + (l == Language.EN ? " (municipality " : " (gemeente ") + a.value() + ")";
            case NEED -> needLine(s, a);
            case URGENCY -> switch (Urgency.valueOf(a.value())) {
                case SOON -> new Text("zo snel mogelijk", "as soon as possible").in(l);
                case WEEKS -> new Text("binnen een paar weken", "within a few weeks").in(l);
                case NO_HURRY -> new Text("geen haast", "no hurry").in(l);
                case UNKNOWN -> new Text("weet je nog niet", "not sure yet").in(l);
            };
            case INDICATION -> switch (Indication.valueOf(a.value())) {
                case YES -> new Text("ja", "yes").in(l) + Indication.kindIn(a.said()).map(k -> " (" + k + ")").orElse("");
                case REQUESTED -> new Text("aangevraagd", "applied for").in(l)
                        + Indication.kindIn(a.said()).map(k -> " (" + k + ")").orElse("");
                case NO -> new Text("nee", "no").in(l);
                case UNKNOWN -> new Text("weet ik niet", "not known").in(l);
            };
            case NAME -> a.value();
            case CONTACT -> contactHow(s, medium).in(l);
            case CONSENT -> a.value();
        };
    }

    private static Text contactHow(DialogueState s, Medium medium) {
        Answer a = s.answer(Slot.CONTACT);
        // "bel me na 17:00": when, as the client said it (no brackets: what happens next puts this in brackets)
        String when = ContactPreference.when(a.said()).map(w -> ", " + w).orElse("");
        return switch (ContactPreference.valueOf(a.value())) {
            case THIS_CHANNEL -> medium == Medium.WHATSAPP ? new Text("via WhatsApp" + when, "through WhatsApp" + when)
                    : new Text("via sms" + when, "by text message" + when);
            case CALL -> new Text("telefonisch, op dit nummer" + when, "by phone, on this number" + when);
            case SMS -> new Text("per sms, op dit nummer" + when, "by text message, on this number" + when);
            // how, by what the client gave: "telefonisch, 0612345678", "per e-mail, anna@example.nl"
            case OTHER -> {
                boolean mail = a.said().contains("@");
                boolean phone = a.said().chars().filter(Character::isDigit).count() >= Steps.PHONE_DIGITS;
                yield mail && phone ? new Text("per e-mail of telefonisch: " + a.said(), "by e-mail or phone: " + a.said())
                        : mail ? new Text("per e-mail, " + a.said(), "by e-mail, " + a.said())
                        : new Text("telefonisch, " + a.said(), "by phone, " + a.said());
            }
        };
    }

    private Turn summary(DialogueState state, String text, Input in) {
        String folded = Folding.fold(text);
        if (CONFIRM.contains(folded) || THUMBS_UP.matcher(text).matches() || yesInMoreWords(folded)) {
            return submit(state, in);
        }
        Optional<Integer> line = Choice.number(text);
        if (line.isPresent()) {
            return editLine(state, line.get(), in.medium());
        }
        if (SEVERAL_LINES.matcher(folded).matches()) {
            // "2 en 3": one at a time, the first now
            List<String> numbers = folded.chars().filter(Character::isDigit).mapToObj(Character::toString).toList();
            Turn first = editLine(state, Integer.parseInt(numbers.getFirst()), in.medium());
            List<String> rest = numbers.subList(1, numbers.size());
            String others = String.join(", ", rest.subList(0, rest.size() - 1));
            String nl = (others.isEmpty() ? "" : others + " en ") + rest.getLast();
            String en = (others.isEmpty() ? "" : others + " and ") + rest.getLast();
            return new Turn(first.state(), List.of(new Text("We doen ze een voor een. Daarna kun je " + nl + " sturen.",
                    "One at a time. After this one you can send " + en + ".").in(state.language()) + " "
                    + first.replies().getFirst()), first.effects());
        }
        if (CHANGE.contains(folded)) {
            return new Turn(state.at(Step.WHICH_LINE, null), List.of(new Text(
                    "Wat wil je veranderen? Stuur het nummer van de regel.",
                    "What would you like to change? Send the number of the line.").in(state.language())), List.of());
        }
        if (WANTS_TO_ADD.matcher(folded).find()) {
            return new Turn(state.at(Step.ADDING, null), List.of(TELL_MORE.in(state.language())), List.of());
        }
        Optional<Turn> told = changeToldInWords(state, text, in);
        if (told.isPresent()) {
            return told.get();
        }
        // "ze heeft ook dementie", "ze woont ook alleen": more about the help, told at the summary
        DialogueState more = steps.addToNeed(state, text, in.messageId(), null, false);
        if (more != state) {
            return summaryTurn(more, in.medium(), List.of(ADDED.in(more.language())), List.of());
        }
        if (ADDS.matcher(folded).find()) {
            return adding(state.at(Step.ADDING, null), text, in);
        }
        return new Turn(state, List.of(new Text(
                "Stuur 'ja' als alles klopt, of het nummer van de regel die je wilt veranderen.",
                "Send 'yes' if everything is right, or the number of the line you want to change.").in(state.language())),
                List.of());
    }

    /**
     * What the client adds after "ik wil nog iets toevoegen" at the summary: kept with the help asked
     * for, whatever it is; "laat maar" or a yes goes back to the summary as it was.
     */
    private Turn adding(DialogueState state, String text, Input in) {
        String folded = Folding.fold(text);
        DialogueState summary = state.at(Step.SUMMARY, null);
        if (CONFIRM.contains(folded) || NEVER_MIND.contains(folded)) {
            return summaryTurn(summary, in.medium(), List.of(), List.of());
        }
        Integer age = state.has(Slot.AGE) ? Integer.valueOf(state.value(Slot.AGE)) : null;
        Answer need = state.answer(Slot.NEED);
        Optional<Answer> added = steps.needWithMore(need, text, in.messageId(), age);
        if (added.isEmpty()) {
            return summaryTurn(summary, in.medium(), List.of(new Text("Dat is meer dan ik kan bewaren. Je coördinator "
                    + "hoort de rest graag van je.", "That is more than I can keep. Your coordinator would like to hear "
                    + "the rest from you.").in(state.language())), List.of());
        }
        DialogueState s = steps.with(summary, Slot.NEED, added.get()).corrected(new Correction(Slot.NEED, need,
                added.get()));
        return summaryTurn(s, in.medium(), List.of(ADDED.in(s.language())), List.of());
    }

    /**
     * "nee sorry verkeerd getypt, ja is goed", "2 oeps ik bedoel 1": an answer corrected within the message
     * is what follows the slip, in the words of the whole message.
     */
    private static Parsed slipInTheAnswer(Parsed parsed, StepDefinition step, String text, String folded, Input in,
                                          DialogueState state) {
        if (!maySaySlip(folded)) {
            return parsed;
        }
        Matcher slip = SLIP.matcher(folded);
        int start = -1;
        int end = -1;
        while (slip.find()) {
            start = start < 0 ? slip.start() : start;
            end = slip.end();
        }
        if (start <= 0 || end >= folded.length()) {
            // nothing before the slip: "foutje, ik bedoelde 1" corrects the answer before (slipOfThePrevious)
            return parsed;
        }
        Parsed first = parsed instanceof Parsed.Value ? parsed
                : step.answer().parse(folded.substring(0, start).strip(), in, state);
        String rest = SLIP_WORDS.matcher(folded.substring(end)).replaceAll(" ").strip();
        if (!(first instanceof Parsed.Value answered) || rest.isEmpty()) {
            return parsed;
        }
        Parsed after = step.answer().parse(rest, in, state);
        return after instanceof Parsed.Value meant && !meant.answer().value().equals(answered.answer().value())
                ? new Parsed.Value(new Answer(meant.answer().value(), text, in.messageId())) : parsed;
    }

    /** After saying no to consent: "ja", "toch wel", "oh wacht ja, toch graag"; not "nee toch niet". */
    private static boolean changedTheirMind(String folded) {
        List<String> words = List.of(folded.split(" "));
        boolean yes = words.stream().anyMatch(YES_WORDS::contains) || folded.contains("toch wel")
                || folded.contains("toch verder") || folded.contains("toch graag") || folded.contains("after all")
                || folded.contains("changed my mind");
        return yes && words.stream().noneMatch(NOT_AFTER_ALL::contains) && words.size() <= 8;
    }

    /** "ja hoor, klopt helemaal": yes, and nothing but words around a yes. */
    private static boolean yesInMoreWords(String folded) {
        boolean yes = false;
        for (String word : folded.split(" ")) {
            if (YES_WORDS.contains(word)) {
                yes = true;
            } else if (!AROUND_A_YES.contains(word)) {
                return false;
            }
        }
        return yes;
    }

    /**
     * The values this text gives for the slots other than {@code asked}, where they differ from what
     * was said before ("nee, hij is 16"); the same state when it gives none.
     */
    private DialogueState withCorrections(DialogueState state, String text, Input in, Slot asked) {
        DialogueState s = state;
        // "de moeder" asked for a name: the writer says who they are, and the care stays for whom it was
        boolean writersRole = asked == Slot.NAME && Steps.writersRole(text);
        for (StepDefinition step : steps.all()) {
            Slot slot = step.slot();
            if (slot == Slot.CONSENT || slot == Slot.NEED || slot == asked || writersRole && slot == Slot.CARE_FOR) {
                continue;
            }
            Optional<Answer> read = step.extract().read(text, in.messageId(), in.medium());
            Answer before = s.answer(slot);
            // "ik ben zijn mantelzorger", "ik ben de dochter": said of the mother named before, no correction
            boolean vaguer = before != null && slot == Slot.CARE_FOR && read.isPresent()
                    && CareFor.valueOf(read.get().value()).vaguerThan(CareFor.valueOf(before.value()));
            if (read.isPresent() && !vaguer && (before == null || !sameAnswer(slot, before, read.get()))) {
                s = steps.with(s, slot, read.get());
                if (before != null) {
                    s = s.corrected(new Correction(slot, before, read.get()));
                }
            }
        }
        return s;
    }

    /**
     * "niet voor mijn moeder maar voor mijn vader": the age told was the mother's; the father's is asked,
     * after the preface when there is one (null: none).
     */
    private Turn askTheAgeAgain(DialogueState s, Medium medium, Text preface) {
        DialogueState ageless = s.without(Slot.AGE).editingSlot(Slot.AGE).at(Step.ASKING, Slot.AGE);
        String question = steps.of(Slot.AGE).question().apply(ageless, medium).in(s.language());
        return new Turn(ageless, List.of(preface == null ? question : preface.in(s.language()) + " " + question),
                List.of());
    }

    /** An earlier answer changed: said so, and the question of {@code slot} asked (again). */
    private Turn changedAndAskedAgain(DialogueState changed, Slot slot, Medium medium) {
        DialogueState again = changed.at(Step.ASKING, slot);
        return new Turn(again, List.of(CHANGED.in(again.language()) + " "
                + steps.of(slot).question().apply(again, medium).in(again.language())), List.of());
    }

    /** Whether the care is now for another person, and the age known was told before, of the first one. */
    private static boolean anotherPersonWithTheirAge(DialogueState before, DialogueState after) {
        Answer who = before.answer(Slot.CARE_FOR);
        Answer now = after.answer(Slot.CARE_FOR);
        Answer age = after.answer(Slot.AGE);
        return who != null && now != null && age != null && !who.value().equals(now.value())
                && age.equals(before.answer(Slot.AGE)) && age.messageId() != now.messageId()
                && !CareFor.valueOf(now.value()).vaguerThan(CareFor.valueOf(who.value()));
    }

    /**
     * "oeps, dat moet 84 zijn" at the question after the age: the answer before, said again, is changed,
     * and the question asked stands.
     */
    private Optional<Turn> slipOfThePrevious(DialogueState state, String text, String folded, Input in) {
        if (state.editing() != null || !maySaySlip(folded) || !SLIP.matcher(folded).find()) {
            return Optional.empty();
        }
        Slot previous = null;
        for (Slot answered : state.history()) {
            if (answered != Slot.CONSENT && answered != state.asking()) {
                previous = answered;
            }
        }
        String rest = SLIP_WORDS.matcher(folded).replaceAll(" ").strip();
        if (previous == null || rest.isEmpty() || Folding.tokens(rest).size() > SLIP_ANSWER_WORDS) {
            return Optional.empty();
        }
        if (!(steps.of(previous).answer().parse(rest, in, state) instanceof Parsed.Value(Answer read))) {
            return Optional.empty();
        }
        Answer before = state.answer(previous);
        if (before != null && sameAnswer(previous, before, read)) {
            return Optional.empty();
        }
        // said as the client wrote it, unless the reading gives its own ("Winterswijk" from "ze woont in winterswijk")
        Answer said = new Answer(read.value(), read.said().equals(rest) ? text : read.said(), in.messageId());
        DialogueState s = steps.with(state, previous, said);
        if (before != null) {
            s = s.corrected(new Correction(previous, before, said));
        }
        return Optional.of(changedAndAskedAgain(s, state.asking(), in.medium()));
    }

    /** The words {@link #SLIP} starts with, looked for before the pattern runs on every answer. */
    private static boolean maySaySlip(String folded) {
        return folded.contains("oeps") || folded.contains("oops") || folded.contains("fout")
                || folded.contains("getypt") || folded.contains("bedoel") || folded.contains("meant")
                || folded.contains("moet") || folded.contains("should") || folded.contains("mistake")
                || folded.contains("vergist");
    }

    /** Whether the message told an answer besides the one to the question asked. */
    private static boolean toldMore(DialogueState before, DialogueState after) {
        return after.answers().entrySet().stream().anyMatch(e -> !e.getKey().equals(Slot.CONSENT.name())
                && !e.getValue().equals(before.answers().get(e.getKey())));
    }

    /** Groenlo and Lichtenvoorde are both Oost Gelre, yet a different answer. */
    private static boolean sameAnswer(Slot slot, Answer a, Answer b) {
        return a.value().equals(b.value()) && (slot != Slot.PLACE || Folding.fold(a.said()).equals(Folding.fold(b.said())));
    }

    /**
     * A change of the summary said in words, at the summary or when asked which line: "nee, hij is 16"
     * (changed at once), "nee, hij woont in Hengelo" (which Hengelo, at the place line), "de leeftijd
     * klopt niet" (the line by its name).
     */
    private Optional<Turn> changeToldInWords(DialogueState state, String text, Input in) {
        DialogueState s = withCorrections(state, text, in, null);
        if (s != state && anotherPersonWithTheirAge(state, s)) {
            return Optional.of(askTheAgeAgain(s, in.medium(), CHANGED));
        }
        if (s != state) {
            return Optional.of(summaryTurn(s, in.medium(), List.of(CHANGED.in(s.language())), List.of()));
        }
        DialogueState unclear = steps.withUnclearPlaceIn(state, text, in.messageId());
        if (unclear != state) {
            return Optional.of(editLine(unclear, SUMMARY_LINES.indexOf(Slot.PLACE) + 1, in.medium()));
        }
        return lineNamed(text).map(named -> editLine(state, SUMMARY_LINES.indexOf(named) + 1, in.medium()));
    }

    private Turn whichLine(DialogueState state, String text, Input in) {
        Optional<Integer> line = Choice.number(text);
        if (line.isPresent()) {
            return editLine(state, line.get(), in.medium());
        }
        Optional<Turn> told = changeToldInWords(state, text, in);
        if (told.isPresent()) {
            return told.get();
        }
        if (CONFIRM.contains(Folding.fold(text))) {
            return submit(state, in);
        }
        return new Turn(state, List.of(new Text("Stuur het nummer van de regel, bijvoorbeeld 3.",
                "Please send the number of the line, for example 3.").in(state.language())), List.of());
    }

    private Turn editLine(DialogueState state, int line, Medium medium) {
        if (line < 1 || line > SUMMARY_LINES.size()) {
            return new Turn(state, List.of(new Text("Kies een nummer van 1 tot " + SUMMARY_LINES.size() + ".",
                    "Please pick a number from 1 to " + SUMMARY_LINES.size() + ".").in(state.language())), List.of());
        }
        Slot slot = SUMMARY_LINES.get(line - 1);
        DialogueState s = state.editingSlot(slot).at(Step.ASKING, slot);
        return new Turn(s, List.of(steps.of(slot).question().apply(s, medium).in(s.language())), List.of());
    }

    // ---- handing in, suggestions, what happens next

    /** What a client writes once the request is in: thanks, a question (when will they call?), or more to tell. */
    private Text afterHandIn(DialogueState state, String text) {
        String folded = Folding.fold(text);
        if (ANNOUNCES_A_QUESTION.matcher(folded).matches()) {
            return new Text("Stel je vraag gerust. Ik zet hem bij je aanvraag, zodat je coördinator hem leest.",
                    "Go ahead and ask. I'll add it to your request so your coordinator reads it.");
        }
        // "kan ik nog iets toevoegen?": what follows is kept with the request, as every message now is
        if (WANTS_TO_ADD.matcher(folded).find() && Folding.tokens(folded).size() <= ANNOUNCEMENT_WORDS) {
            return new Text("Natuurlijk. Stuur het maar, dan zet ik het bij je aanvraag. Je coördinator leest het.",
                    "Of course. Send it and I'll add it to your request. Your coordinator will read it.");
        }
        // "ik zoek nu ook hulp voor mijn vader": someone else than the request was for
        Optional<CareFor> other = Steps.careFor(text, true).filter(c -> c != CareFor.SELF && c != CareFor.RELATIVE
                && c != Steps.careFor(state) && !c.vaguerThan(Steps.careFor(state)));
        if (other.isPresent()) {
            return new Text("Dank je. Ik heb je bericht bij je aanvraag gezet; je coördinator leest het. Wil je een aparte "
                    + "aanvraag doen voor " + other.get().label().nl() + "? Stuur dan 'opnieuw'.",
                    "Thank you. I have added your message to your request; your coordinator will read it. Would you like "
                            + "to make a separate request for " + other.get().label().en() + "? Then send 'restart'.");
        }
        if (THANKS.contains(folded)) {
            return new Text("Graag gedaan! Je coördinator neemt " + settings.responseTimeNl() + " contact met je op.",
                    "You're welcome! Your coordinator will contact you " + settings.responseTimeEn() + ".");
        }
        if (Steps.onlyAGreeting(text)) {
            // back after a while with "hoi": where the request stands, not "thank you for your message"
            return new Text("Hoi! Je aanvraag ligt bij het klantenbureau. Je coördinator neemt " + settings.responseTimeNl()
                    + " contact met je op. Wil je nog iets vertellen of vragen? Stuur het gerust.",
                    "Hi! Your request is with the customer office. Your coordinator will contact you "
                            + settings.responseTimeEn() + ". Anything to add or ask? Just send it.");
        }
        boolean question = OfficeQuestion.isAQuestion(text, folded);
        if (question && ASKS_WHEN.matcher(folded).find()) {
            return OfficeQuestion.whenTheCoordinatorComes(settings);
        }
        if (question) {
            return new Text("Ik heb je vraag bij je aanvraag gezet. Je coördinator neemt " + settings.responseTimeNl()
                    + " contact met je op en kan je vraag dan beantwoorden.",
                    "I have added your question to your request. Your coordinator will contact you "
                    + settings.responseTimeEn() + " and can answer it then.");
        }
        return new Text("Dank je. Ik heb je bericht bij je aanvraag gezet. Je coördinator leest het.",
                "Thank you. I have added your message to your request. Your coordinator will read it.");
    }

    private Turn submit(DialogueState state, Input in) {
        Language l = state.language();
        Integer age = state.has(Slot.AGE) ? Integer.valueOf(state.value(Slot.AGE)) : null;
        // nearer providers first, when the tables know where the client's postcode or town lies
        Location near = gazetteer.locate(Gazetteer.postcodeIn(state.answer(Slot.PLACE).said()), state.value(Slot.PLACE))
                .orElse(null);
        List<ProviderHit> hits = suggestions.suggest(new ProviderQuery(
                Steps.careWords(state.answer(Slot.NEED).said()), state.value(Slot.PLACE), age, SUGGESTIONS,
                l.code(), near));
        List<Suggestion> suggested = hits.stream().map(h -> new Suggestion(h.externalId(), h.name(), h.reasons())).toList();
        DialogueState s = state.withSuggestions(suggested);
        List<String> replies = new ArrayList<>();
        replies.add(new Text("Dank je wel, " + state.value(Slot.NAME) + "! Je aanvraag is doorgegeven aan het klantenbureau van "
                + settings.organisation() + ".",
                "Thank you, " + state.value(Slot.NAME) + "! Your request has been passed to the " + settings.organisation()
                        + " customer office.").in(l));
        if (suggested.isEmpty()) {
            replies.add(new Text("Ik vond nog geen aanbieder die precies past. De coördinator zoekt met je mee.",
                    "I did not find a provider that fits exactly yet. The coordinator will look with you.").in(l));
            replies.add(whatNext(s, in));
            return new Turn(s.at(Step.DONE, null), replies, List.of(new Effect.SubmitCase(s)));
        }
        StringBuilder list = new StringBuilder(new Text("Deze aanbieders passen misschien bij je vraag:",
                "These providers may fit your request:").in(l));
        for (int i = 0; i < suggested.size(); i++) {
            Suggestion h = suggested.get(i);
            list.append("\n").append(i + 1).append(". ").append(h.name()).append(" – ").append(String.join(", ", h.reasons()));
        }
        list.append("\n\n").append(PREFERENCE_QUESTION.in(l));
        replies.add(list.toString());
        return new Turn(s.at(Step.CHOOSE_PROVIDER, null), replies, List.of(new Effect.SubmitCase(s)));
    }

    private Turn chooseProvider(DialogueState state, String text, Input in) {
        Language l = state.language();
        Optional<Integer> n = Choice.number(text);
        String folded = Folding.fold(text);
        if (n.isEmpty() && THANKS.contains(folded)) {
            // thanks for the suggestions: done, with no preference
            DialogueState s = state.at(Step.DONE, null);
            return new Turn(s, List.of(new Text("Graag gedaan!", "You're welcome!").in(l) + " " + whatNext(s, in)),
                    List.of());
        }
        if (n.isEmpty() && NO_PREFERENCE.contains(folded)) {
            n = Optional.of(0);
        }
        if (n.isEmpty() && (OfficeQuestion.isAQuestion(text, folded) || WANTS_TO_KNOW.matcher(folded).find()
                || ANNOUNCES_A_QUESTION.matcher(folded).matches())) {
            // "hebben ze plek bij de linde?": a question chooses nothing; the coordinator answers it
            Text asked = ANNOUNCES_A_QUESTION.matcher(folded).matches()
                    ? new Text("Stel je vraag gerust. Ik zet hem bij je aanvraag, zodat je coördinator hem leest.",
                    "Go ahead and ask. I'll add it to your request so your coordinator reads it.")
                    : new Text("Daar kan je coördinator je meer over vertellen. Ik heb je vraag bij je aanvraag gezet.",
                    "Your coordinator can tell you more about that. I have added your question to your request.");
            return new Turn(state, List.of(asked.in(l) + "\n\n" + suggestionsToChoose(state)), List.of());
        }
        if (n.isEmpty()) {
            n = byName(state.suggestions(), folded);
        }
        if (n.isEmpty() || n.get() < 0 || n.get() > state.suggestions().size()) {
            return new Turn(state, List.of(suggestionsToChoose(state)), List.of());
        }
        if (n.get() == 0) {
            DialogueState s = state.at(Step.DONE, null);
            return new Turn(s, List.of(new Text("Prima, geen voorkeur.", "Fine, no preference.").in(l) + " "
                    + whatNext(s, in)), List.of());
        }
        Suggestion chosen = state.suggestions().get(n.get() - 1);
        DialogueState s = state.choosing(chosen.externalId()).at(Step.DONE, null);
        return new Turn(s, List.of(new Text("Fijn, ik geef door dat je voorkeur uitgaat naar " + chosen.name() + ".",
                "Good, I will pass on that you prefer " + chosen.name() + ".").in(l) + " " + whatNext(s, in)),
                List.of(new Effect.ProviderChosen(chosen.externalId())));
    }

    /**
     * The suggestion the client names ("de linde graag", "het veld"), read as an option whose words are those
     * of its name no other suggestion has; a name denied ("niet de linde") chooses nothing, and two named
     * ("de linde of het veld") neither.
     */
    private static Optional<Integer> byName(List<Suggestion> suggestions, String folded) {
        Integer found = null;
        for (int i = 0; i < suggestions.size(); i++) {
            int at = i;
            List<String> own = Folding.tokens(suggestions.get(i).name()).stream()
                    .filter(w -> !NAME_FILLER.contains(w) && w.length() > 2)
                    .filter(w -> suggestions.stream().filter(o -> o != suggestions.get(at))
                            .noneMatch(o -> Folding.tokens(o.name()).contains(w)))
                    .toList();
            if (Choice.pick(List.of(new Choice(String.valueOf(i + 1), new Text("", ""), own)), folded).isPresent()) {
                if (found != null) {
                    return Optional.empty();
                }
                found = i + 1;
            }
        }
        return Optional.ofNullable(found);
    }

    private String whatNext(DialogueState s, Input in) {
        Language l = s.language();
        String how = contactHow(s, in.medium()).in(l);
        String next = new Text("Wat gebeurt er nu? Een coördinator van " + settings.organisation() + " bekijkt je aanvraag en neemt "
                + settings.responseTimeNl() + " contact met je op (" + how + "). Die coördinator wordt je vaste aanspreekpunt: "
                + "één huishouden, één plan, één coördinator.",
                "What happens next? A coordinator from " + settings.organisation() + " will look at your request and contact you "
                        + settings.responseTimeEn() + " (" + how + "). That coordinator will be your contact person from then on.").in(l);
        if ("SOON".equals(s.value(Slot.URGENCY))) {
            next += " " + new Text("Omdat het snel nodig is, krijgt je aanvraag voorrang.",
                    "Because it is urgent, your request gets priority.").in(l) + " "
                    + whomToCallIfItCannotWait(in).in(l);
        }
        return next + "\n\n" + new Text("Wil je nog iets kwijt? Stuur gerust een bericht.",
                "Anything else? Feel free to send a message.").in(l);
    }

    /**
     * For a request that is needed soon, whom to call when it cannot wait for the coordinator: the office while
     * it is open and has a number to give, else the GP.
     */
    private Text whomToCallIfItCannotWait(Input in) {
        BusinessHours hours = settings.hours();
        boolean open = hours == null || in.receivedAt() == null || hours.isOpen(in.receivedAt());
        String phone = settings.officePhone();
        if (open && phone != null && !phone.isBlank()) {
            return new Text("Kan het echt niet wachten? Bel dan het klantenbureau: " + phone + ".",
                    "If it really cannot wait, call the customer office: " + phone + ".");
        }
        return new Text("Kan het echt niet wachten? Bel dan je huisarts of de huisartsenpost. Bij gevaar: bel 112.",
                "If it really cannot wait, call your GP or the out-of-hours GP service. In danger: call 112.");
    }

    // ---- small things

    private Turn blank(DialogueState state, Input in) {
        Text note = in.hasMedia()
                ? new Text("Dank je! Ik kan nog geen foto's, spraakberichten of bestanden bekijken. Wil je het in een paar woorden typen?",
                "Thank you! I can't look at photos, voice messages or files yet. Could you type it in a few words?")
                : new Text("Ik kreeg een leeg bericht. Wil je het nog eens typen?", "I got an empty message. Could you type it again?");
        String question = state.step() == Step.START ? null : currentQuestion(state, in.medium());
        return reply(state, List.of(), note, question);
    }

    private String currentQuestion(DialogueState s, Medium medium) {
        return switch (s.step()) {
            case ASKING -> steps.of(s.asking()).question().apply(s, medium).in(s.language());
            case SUMMARY -> summaryText(s, medium);
            case WHICH_LINE -> new Text("Stuur het nummer van de regel die je wilt veranderen.",
                    "Send the number of the line you want to change.").in(s.language());
            case ADDING -> TELL_MORE.in(s.language());
            case CHOOSE_PROVIDER -> suggestionsToChoose(s);
            case START, DONE, DECLINED -> null;
        };
    }

    /** The suggestions by name and number, and the question: on the web chat each becomes a button again. */
    private static String suggestionsToChoose(DialogueState s) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < s.suggestions().size(); i++) {
            list.append(i + 1).append(". ").append(s.suggestions().get(i).name()).append("\n");
        }
        return list.append("\n").append(PREFERENCE_QUESTION.in(s.language())).toString();
    }

    private static Turn reply(DialogueState s, List<Effect> effects, Text text, String question) {
        String first = text.in(s.language());
        List<String> replies = new ArrayList<>();
        if (question == null) {
            replies.add(first);
        } else {
            replies.add(first.isEmpty() ? question : first + "\n\n" + question);
        }
        return new Turn(s, replies, effects);
    }

    private static Text help() {
        return new Text("""
                Je kunt altijd een van deze woorden sturen:
                medewerker – praat met een mens
                terug – naar de vorige vraag
                opnieuw – begin opnieuw
                stop – geen berichten meer
                English – switch to English""", """
                You can send one of these words at any time:
                human – talk to a person
                back – go to the previous question
                restart – start again
                stop – no more messages
                Nederlands – verder in het Nederlands""");
    }

    /** To staff at once; told of violence, staff know to ask first whether it is safe to talk. */
    private static List<Effect> crisisHandoff(Crisis.Kind kind) {
        Effect crisis = new Effect.Handoff(Effect.Handoff.Reason.CRISIS);
        return kind == Crisis.Kind.VIOLENCE || kind == Crisis.Kind.DISTRESS_AND_VIOLENCE
                ? List.of(crisis, new Effect.Handoff(Effect.Handoff.Reason.VIOLENCE)) : List.of(crisis);
    }

    static Text crisis(Crisis.Kind kind) {
        if (kind == Crisis.Kind.EMERGENCY) {
            // 112 is the one call to make; a suicide line would only be in the way
            return new Text("""
                    Dit klinkt als een noodgeval. Bel nu meteen 112.
                    Is er geen levensgevaar, maar moet er snel een dokter komen? Bel dan de huisarts. 's Avonds en in het weekend bel je de huisartsenpost.
                    Ik stuur je bericht nu met spoed door naar een medewerker.""", """
                    This sounds like an emergency. Call 112 now.
                    If no life is in danger but a doctor is needed soon, call the GP. In the evening and at weekends, call the out-of-hours GP service (huisartsenpost).
                    I am passing your message to a staff member urgently.""");
        }
        Text danger = new Text("Dit klinkt ernstig. Is er nu direct gevaar? Bel dan meteen 112.",
                "This sounds serious. Is anyone in immediate danger? Call 112 now.");
        Text suicide = new Text("Denk je aan zelfdoding? Bel 113 Zelfmoordpreventie via 0800-0113 (gratis, dag en nacht) "
                + "of chat op 113.nl.", "Are you thinking about suicide? Call 113 Suicide Prevention on 0800-0113 (free, "
                + "day and night) or chat at 113.nl.");
        // violence or abuse at home or by someone close: Veilig Thuis, also for a child, also without giving a name
        Text violence = new Text("Gaat het om geweld of misbruik? Bel Veilig Thuis via 0800-2000 (gratis, dag en nacht). "
                + "Dat mag ook zonder je naam te noemen.", "Is it about violence or abuse? Call Veilig Thuis on 0800-2000 "
                + "(free, day and night). You do not have to give your name.");
        Text passed = new Text("Ik stuur je bericht nu met spoed door naar een medewerker.",
                "I am passing your message to a staff member urgently.");
        List<Text> lines = switch (kind) {
            case VIOLENCE -> List.of(danger, violence, passed);
            case DISTRESS_AND_VIOLENCE -> List.of(danger, suicide, violence, passed);
            default -> List.of(danger, suicide, passed);
        };
        return new Text(String.join("\n", lines.stream().map(Text::nl).toList()),
                String.join("\n", lines.stream().map(Text::en).toList()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
