package nl.zorgloket.intake.dialogue;

import nl.zorgloket.intake.conversation.Medium;
import nl.zorgloket.search.care.CareCategory;
import nl.zorgloket.search.care.CareVocabulary;
import nl.zorgloket.search.place.Gazetteer;
import nl.zorgloket.search.place.Municipality;
import nl.zorgloket.search.place.PlaceMatch;
import nl.zorgloket.search.text.Folding;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The questions of the care-request dialogue, in the order they are asked. */
final class Steps {
    static final String CONSENT_TEXT_VERSION = "privacy-2026-11";
    /** The option for a client who does not know the answer. */
    private static final String UNKNOWN = "UNKNOWN";
    /** A message of at most this many words can hold a yes or no anywhere (consent, indication). */
    private static final int YES_NO_WORDS = 4;
    /** In a longer message, a yes or no begins within this many words. */
    private static final int YES_NO_START = 2;
    /** Words before the answer that do not change it: "hoi, ja hoor", "oh nee". */
    private static final Set<String> OPENERS = Set.of("hoi", "hallo", "hey", "hi", "hello", "goedemorgen",
            "goedemiddag", "goedenavond", "beste", "oh", "o", "eh", "uh", "nou", "hm", "hmm", "sorry");
    /** Words right after a yes or no that take it back in part: "ja maar ...", "no, but ...". */
    private static final Set<String> HEDGES = Set.of("maar", "but", "alleen", "only");
    static final int MAX_NEED_CHARS = 1_000;

    private static final List<Choice> CONSENT = List.of(
            new Choice("YES", new Text("Ja, dat is goed", "Yes, that's fine"),
                    List.of("ja", "yes", "ok", "oke", "okay", "akkoord", "goed", "prima", "is goed", "dat is goed",
                            "sure", "fine", "agree", "yep", "jawel", "jep", "jazeker", "natuurlijk", "dat mag",
                            "geen probleem", "geen bezwaar", "no problem", "ga akkoord", "geef toestemming", "jup",
                            "jap", "jaja", "yup", "yeah", "zeker", "tuurlijk", "uiteraard", "of course", "mag",
                            "mag wel", "mag hoor", "is prima", "dat is prima", "oki", "okidoki", "okido", "okee",
                            "prima hoor", "goed hoor", "all right", "alright")),
            // not "niet" alone: "niet zo dringend" and "ze eet niet meer" do not refuse
            // not "nah": NAH is brain injury
            new Choice("NO", new Text("Nee", "No"), List.of("nee", "no", "neen", "neej", "nop", "nope", "liever niet",
                    "wil liever niet", "wil niet", "wil het niet", "wil dat niet", "wil ik niet", "niet doen",
                    "niet akkoord", "geen toestemming", "niet mee eens", "rather not", "dont want", "do not want",
                    "dont agree", "do not agree", "not ok", "not okay")));

    private static final List<Choice> CARE_FOR = List.of(
            new Choice("SELF", new Text("Voor mezelf", "For myself"),
                    List.of("mezelf", "mijzelf", "ikzelf", "myself", "me")),
            new Choice("CHILD", new Text("Voor mijn kind", "For my child"), List.of("kind", "child", "kid")),
            new Choice("PARTNER", new Text("Voor mijn partner", "For my partner"), List.of("partner")),
            new Choice("PARENT", new Text("Voor mijn vader of moeder", "For my father or mother"),
                    List.of("ouder", "ouders", "parent", "parents")),
            new Choice("RELATIVE", new Text("Voor iemand anders", "For someone else"),
                    List.of("iemand anders", "someone else", "anders")),
            new Choice("CLIENT", new Text("Als professional, voor een cliënt", "As a professional, for a client"),
                    List.of("professional", "client", "clienten", "clients")));

    /** The option of the client who does not know, among the choices of a question. */
    private static final Choice DONT_KNOW = new Choice(UNKNOWN, new Text("Weet ik niet", "I don't know"),
            List.of("weet ik niet", "weet niet", "weet het niet", "geen idee", "dont know", "don t know", "not sure",
                    "no idea", "onbekend", "unknown", "weet ik nog niet", "weet nog niet", "weet het nog niet",
                    "geen flauw idee", "geen flauw benul", "idk", "dunno", "no clue", "not sure yet", "weet er niets van",
                    "weet er niks van", "weet ik niets van", "weet ik niks van", "know nothing about"));
    private static final Set<String> URGENT_SHORT_WORDS = Set.of("zsm", "spoed", "asap");
    // "it doesn't matter" is no hurry only as the answer to how soon: at another question it is about that one
    // ("we wachten al maanden" is urgent, "mijn zoon van 8 maanden" says nothing about when)
    private static final Set<String> ONLY_AS_THE_ANSWER = Set.of("maakt niet uit", "maakt me niet uit",
            "maakt niet zoveel uit", "doesnt matter", "paar maanden", "maanden", "half jaar", "dit jaar",
            "volgend jaar", "few months", "months", "next year", "later", "gisteren al", "eigenlijk al", "gister al",
            "yesterday", "na de zomer", "na de vakantie", "wanneer het uitkomt", "als het uitkomt", "wanneer het past",
            "whenever");
    // When a birthday is, not when help is needed: "hij wordt 90 volgende maand", "ze is volgende week jarig"
    private static final Pattern BIRTHDAY = Pattern.compile("(?iu)\\b(?:wordt|word|turns|is turning)\\s+(?:[0-9]{1,3}"
            + "(?:\\s+jaar)?\\s+(?:volgende|deze|over|komende|next|this|in)\\s+\\S+|(?:volgende|deze|over|komende)\\s+"
            + "\\S+\\s+[0-9]{1,3})\\b|\\b(?:is|ben)\\s+(?:volgende|deze|komende|over)\\s+(?:\\S+\\s+){0,2}jarig\\b");
    private static final List<Choice> URGENCY = List.of(
            new Choice("SOON", new Text("Zo snel mogelijk", "As soon as possible"),
                    List.of("zo snel mogelijk", "zsm", "snel", "dringend", "spoed", "met spoed", "urgent", "meteen",
                            "direct", "asap", "as soon as possible", "vandaag", "morgen", "deze week", "volgende week",
                            "binnen een week", "binnen 1 week", "een week", "1 week", "paar dagen", "over een week",
                            "soon", "today", "tomorrow", "this week", "next week", "within a week", "one week",
                            "a few days", "nu", "graag snel", "snel graag", "liefst snel", "snel nodig", "nodig snel",
                            "snel hulp", "snel iemand", "heel snel",
                            "vanavond", "vannacht", "tonight", "right now", "right away", "urgently", "gisteren al",
                            "eigenlijk al", "gister al", "yesterday")),
            new Choice("WEEKS", new Text("Binnen een paar weken", "Within a few weeks"),
                    // "fairly soon": soon, but not at once ("snel" alone is as soon as possible)
                    List.of("paar weken", "binnen een maand", "redelijk snel", "vrij snel", "fairly soon", "quite soon",
                            "weken", "over een maand", "volgende maand", "een maand", "1 maand", "maand", "few weeks", "within a month", "next month", "weeks", "a month",
                            "month")),
            new Choice("NO_HURRY", new Text("Er is geen haast", "There is no hurry"),
                    List.of("geen haast", "no hurry", "geen spoed", "niet dringend", "niet zo dringend",
                            "niet erg dringend", "niet zo snel", "niet urgent", "kan wachten", "mag wachten",
                            "rustig aan", "not urgent", "not so urgent", "not that urgent", "not very urgent",
                            "it can wait", "can wait", "maakt niet uit", "maakt me niet uit", "maakt niet zoveel uit",
                            "doesnt matter", "no rush", "paar maanden", "maanden", "half jaar", "dit jaar",
                            "volgend jaar", "few months", "months", "next year", "later", "brandt niet",
                            "na de zomer", "na de vakantie", "wanneer het uitkomt", "als het uitkomt", "wanneer het past",
                            "whenever")),
            DONT_KNOW);
    private static final List<Choice> URGENCY_IN_PASSING = inPassing(URGENCY);
    /** A need that cannot wait, short of a crisis: no food, no roof, no heating ("ik heb al 3 dagen niks gegeten"). */
    private static final Pattern CANNOT_WAIT = Pattern.compile("\\b(?:niks gegeten|niets gegeten|geen eten|zonder eten"
            + "|nothing to eat|no food in the house|no food at home|have no food|without food|not eaten|havent eaten"
            + "|dakloos|op straat gezet|uit huis gezet|homeless|evicted"
            + "|geen verwarming|geen stroom|no heating|no electricity)\\b");
    /** Across the border: the neighbouring countries, and the German towns next to the members' regions. */
    private static final Set<String> ABROAD = Set.of("duitsland", "belgie", "deutschland", "germany", "belgium",
            "grens", "border", "bocholt", "vreden", "isselburg", "emmerich", "kleve", "gronau", "borken", "ahaus",
            "stadtlohn", "rhede", "anholt", "suderwick");
    /** Regions people name for where they live, each of several municipalities: the place in it is asked. */
    private static final Map<String, String> REGIONS = Map.of("achterhoek", "De Achterhoek", "liemers", "De Liemers",
            "twente", "Twente", "veluwe", "De Veluwe", "salland", "Salland", "betuwe", "De Betuwe", "gelderland",
            "Gelderland", "overijssel", "Overijssel");
    /** The most words of a place name: "Nieuw en Sint Joosland" is four, "Sint Michielsgestel" two. */
    private static final int MAX_PLACE_WORDS = 4;
    /**
     * The questions a story told instead of their answer is kept at, with the help asked for: not the name
     * or contact questions, whose answers are anything a client may write.
     */
    private static final Set<Slot> STORY_AT = EnumSet.of(Slot.CARE_FOR, Slot.AGE, Slot.PLACE, Slot.URGENCY,
            Slot.INDICATION);
    /** The fewest words of a story told instead of an answer: "hij loopt 's nachts weg". */
    private static final int STORY_WORDS = 5;
    /** The most words an answer to the need may have and still be taken for another question's answer. */
    private static final int ANOTHER_ANSWER_WORDS = 6;

    private static final List<Choice> INDICATION = List.of(
            new Choice("YES", new Text("Ja", "Yes"), List.of("ja", "yes", "jawel", "heb ik", "hebben we", "jup", "jap", "yup",
                    "yeah", "heeft hij", "heeft ze", "we have", "i have")),
            new Choice("REQUESTED", new Text("Aangevraagd, maar nog niet rond", "Applied for, not decided yet"),
                    List.of("aangevraagd", "aanvraag", "loopt", "applied", "pending", "bezig", "in behandeling",
                            "wachten op", "wacht op", "waiting for")),
            // not "niet" alone: "ze kan niet meer alleen wonen" says nothing about an indication
            new Choice("NO", new Text("Nee", "No"), List.of("nee", "no", "neej", "nop", "nope", "geen", "nog niet",
                    "denk het niet", "nvt",
                    "niet van toepassing", "not applicable",
                    "niet dat ik weet", "none", "heb ik niet", "hebben we niet", "heeft hij niet", "heeft ze niet",
                    "nog geen", "do not have", "dont have", "not yet", "none yet", "havent", "have none",
                    "niks", "niets", "nog niks", "nog niets", "nothing", "nothing yet", "have nothing")),
            DONT_KNOW);

    private static final Pattern AGE_WITH_UNIT = Pattern.compile(
            "(?<![0-9])(?<age>[0-9]{1,3}) ?(?:jaar|jr|jarige|years?|yrs?|yo|jarig)(?![a-z])");
    /** After a number: not a month, as in "ze is 1 januari jarig" (a day, not an age). */
    private static final String NOT_A_DAY_OF_A_MONTH = "(?! (?:januari|februari|maart|april|mei|juni|juli|augustus"
            + "|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february"
            + "|march|june|july|august|october)(?![a-z]))";
    /** After a number: nothing it counts, as in "mijn vader is 2 keer gevallen", "hij is 3 dagen per week thuis". */
    private static final String NOT_COUNTED = "(?! ?(?:dagen|dag|dagdelen|dagdeel|keer|x|uur|uren|weken|week|maanden"
            + "|maand|nachten|nacht|minuten|min|euro|km|kilo|kg|per|days?|times|hours?|weeks?|months?|nights?)(?![a-z]))";
    private static final Pattern AGE_AFTER_WORD = Pattern.compile(
            "(?:van|is|ben|aged|age|leeftijd|wordt|word|(?<![a-z])am|(?<![a-z])i m|(?<![a-z])im|(?<![a-z])s?hes?"
            + "|(?<![a-z])s?he s"
            // of children together: "my kids are 6 and 8", "de kinderen zijn 6 en 8" (the first: the youngest told)
            + "|(?<![a-z])(?:they|kids|children|twins|sons|daughters|boys|girls) are"
            + "|(?<![a-z])(?:kinderen|kids|jongens|meiden|meisjes|zonen|zoons|dochters|tweeling|ze|zij) zijn"
            + "|(?<![a-z])they re) (?:(?<almost>bijna|almost|nearly) |(?:ongeveer|rond de|rond|ruim|al|pas|net|about"
            + "|around|over) )?(?<age>[0-9]{1,3})(?![0-9])" + NOT_COUNTED + NOT_A_DAY_OF_A_MONTH);
    private static final Map<String, Integer> DECADE_WORDS = Map.ofEntries(
            Map.entry("twintig", 20), Map.entry("dertig", 30), Map.entry("veertig", 40), Map.entry("vijftig", 50),
            Map.entry("zestig", 60), Map.entry("zeventig", 70), Map.entry("tachtig", 80), Map.entry("negentig", 90),
            Map.entry("twenties", 20), Map.entry("thirties", 30), Map.entry("forties", 40), Map.entry("fifties", 50),
            Map.entry("sixties", 60), Map.entry("seventies", 70), Map.entry("eighties", 80), Map.entry("nineties", 90));
    /**
     * "eind 50", "begin tachtig", "midden 70", "in de 80"; "late fifties", "in his 70s", "mid-80s" (English with
     * its plural, so "late 20 minutes" is no age). Twenty and up: "half 10" is a time.
     */
    private static final String DUTCH_DECADES = "[2-9]0|" + String.join("|", List.of("twintig", "dertig", "veertig",
            "vijftig", "zestig", "zeventig", "tachtig", "negentig"));
    private static final Pattern DECADE_PART = Pattern.compile(
            "(?<![a-z0-9])(?:(?<part>begin|midden|eind)(?: de)? (?<decade>" + DUTCH_DECADES + ")(?:er|ers)?"
            + "|in (?:de|zijn|haar) (?<nldecade>" + DUTCH_DECADES + ")(?:er|ers)?"
            + "|(?:(?<enpart>early|mid|late) (?:in )?(?:his |her |their )?|in (?:his|her|their) )(?:(?<endecade>[2-9]0)s|"
            + "(?<enword>" + String.join("|", List.of("twenties", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties", "nineties")) + ")))(?![a-z0-9])");
    /** "een jaar of tachtig", "jaar of 80": about that age. */
    private static final Pattern YEARS_OR_SO = Pattern.compile("(?<![a-z])jaar of (?<n>[0-9]{1,3}|[a-z]+)(?![a-z0-9])");
    /** "boven de 80", "ouder dan 65", "older than 80": at least that age. */
    private static final Pattern OLDER_THAN = Pattern.compile("(?<![a-z])(?:boven de|ouder dan|older than|over the age of)"
            + " (?<n>[0-9]{1,3}|[a-z]+)(?![a-z0-9])");
    /** "tussen de 70 en 80", "between 70 and 80"; as an answer also "70-80", "70 tot 80" (not "80 en 82": two people). */
    private static final Pattern AGE_RANGE = Pattern.compile(
            "(?:tussen|between) (?:de )?(?<low>[1-9][0-9]) (?:en|and) (?<high>[1-9][0-9])(?![0-9])");
    private static final Pattern AGE_RANGE_ANSWER = Pattern.compile(
            "(?<![0-9])(?<low>[1-9][0-9]) ?(?:-|tot|to) ?(?<high>[1-9][0-9])(?![0-9])");
    /** The widest range an age told roughly may span: "tussen de 70 en 80". */
    private static final int MAX_AGE_RANGE = 10;
    // "(16)", "(16 jaar)", with a gender as young people write it, "(v, 19)", "(19/m)", or a place or a
    // word after it: "(79, Zelhem)", "(23, LVB)"
    private static final Pattern AGE_IN_BRACKETS = Pattern.compile(
            "\\(\\s*(?:[mfvwMFVW]\\s*[,/]?\\s*)?([0-9]{1,3})\\s*(?:jaar|jr|j)?\\s*(?:[,/]\\s*[\\p{L}][\\p{L} '-]{0,30})?\\)");
    private static final Pattern LETTER_O_AFTER_DIGIT = Pattern.compile("(?<=[0-9])o(?=[0-9o]|\\b)");
    /** The most words of an answer to the age question whose number in words is the age: "tachtig denk ik". */
    private static final int SHORT_AGE_WORDS = 4;
    private static final Set<String> AGE_VERBS = Set.of("is", "van", "wordt", "word", "ben", "aged", "s");
    private static final Set<String> AFTER_AN_AGE = Set.of("en", "met", "heeft", "woont", "in", "uit", "maar", "oud",
            "and", "with", "has", "lives", "old", "but");
    private static final Set<String> AGE_UNITS = Set.of("jaar", "jr", "jarig", "jarige", "years", "year", "yrs");
    // "mijn zoon (15)", "my daughter 9", "mam 88": brackets and commas are gone after folding; not a number
    // that counts something else: "mijn zoon 2 dagen per week", "vader 3x per week"
    private static final Pattern AGE_AFTER_RELATION = Pattern.compile(
            "(?<![a-z])(?:zoon|dochter|kind|kleinkind|moeder|vader|oma|opa|man|vrouw|partner|broer|zus|zusje|broertje"
            + "|mam|mama|pa|papa|pap|schoonmoeder|schoonvader|tante|oom|buurvrouw|buurman|stiefmoeder|stiefvader"
            + "|son|daughter|child|grandchild|mother|father|mom|mum|dad|husband|wife|brother|sister|grandma|grandpa"
            + "|aunt|uncle|client|cliente|patient|patiente|mine) (?:van (?:ons|mij|me) )?(?<age>[0-9]{1,3})(?![0-9a-z])"
            + NOT_COUNTED + NOT_A_DAY_OF_A_MONTH);
    private static final Map<String, Integer> MONTH_NAMES = monthNames();
    /** A date of birth as folded: "12 03 1942" (12-03-1942, 12/3/1942), "12 maart 1942", "12 mrt 1942". */
    private static final Pattern BIRTH_DATE = Pattern.compile("(?<![0-9])(?<day>[0-3]?[0-9]) (?<month>[01]?[0-9]|"
            + String.join("|", MONTH_NAMES.keySet()) + ") (?<year>(?:19|20)[0-9]{2})(?![0-9])");
    /** A year of birth: "1942" first, "ze is geboren in 1942"; not a postcode ("2011 AB"). */
    private static final Pattern BIRTH_YEAR = Pattern.compile("(?:^|\\b(?:geboren|geb|born|geboortejaar)(?: in)? )"
            + "((?:19|20)[0-9]{2})(?![0-9])(?! [a-z]{2}(?: |$))");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Pattern YEARS_AND_MONTHS = Pattern.compile("(?<![0-9])([0-9]{1,2}) ?(?:jaar|jr|years?) (?:en|and)"
            + " [0-9]{1,2} ?(?:maanden|maand|months?)");
    private static final Pattern ALMOST_AN_AGE = Pattern.compile("(?:hij is |ze is |zij is |he is |she is )?(?:bijna"
            + "|almost|nearly) ([0-9]{1,3})(?: jaar| years?)?");
    private static final Pattern MONTHS = Pattern.compile("(?<![0-9])[0-9]{1,2} ?(?:maanden|maand|months?)");
    private static final Pattern ANY_NUMBER = Pattern.compile("(?<![0-9])([0-9]{1,3})(?![0-9])");
    /** A message that is only a number of two or three digits: "91", "91." */
    private static final Pattern ONLY_A_NUMBER = Pattern.compile("\\s*([0-9]{2,3})\\s*\\.?\\s*");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** The fewest digits of a Dutch phone number: 0 and nine more. */
    static final int PHONE_DIGITS = 10;
    /** "anna@gmail,com": a comma typed for the last dot, before a common ending only. */
    private static final Pattern EMAIL_WITH_A_COMMA = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+,(?:com|nl|net|org|be|de|eu|info)(?![A-Za-z])");
    /** A number from abroad, from the border or a client away: "+49 171 1234567", "0044 7700 900123". */
    private static final Pattern PHONE_ABROAD = Pattern.compile(
            "(?<![0-9+])(?:\\+|00)(?!31)[1-9][0-9]{0,2}(?:[ -]?[0-9]){6,12}(?![0-9])");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])(?:\\+31|0031|0)[ -]?[1-9](?:[ -]?[0-9]){8}(?![0-9])");
    private static final Pattern NAME_INTRO = Pattern.compile(
            "(?i)(?:mijn naam is|ik heet|my name is|noem me|call me)\\s+([\\p{L}][\\p{L} .'-]{0,60})");
    /** A name as written: "Anja", "Jan van der Berg". */
    private static final String A_NAME = "\\p{Lu}[\\p{L}'-]+(?:\\s+(?:(?:van|de|der|den|ter|ten|te|het)\\s+)*"
            + "\\p{Lu}[\\p{L}'-]+)?";
    /**
     * "ik ben Truus, mijn moeder ...", "I'm Sarah and ...": a capital after "ik ben" is a name when the
     * clause ends after it (a comma, "en", the end); "ik ben op", "ik ben de buurvrouw" are not. With a
     * title too, as older clients write it: "ik ben mevrouw Jansen".
     */
    private static final Pattern OWN_NAME = Pattern.compile("(?:^|[\\s,.!?])(?:[Ii]k ben|I am|I'm|Im)\\s+"
            + "((?:(?:mevrouw|meneer|mevr\\.?|dhr\\.?|mw\\.?)\\s+(?:(?:van|de|der|den|ter|ten|te|het)\\s+)*)?"
            + A_NAME + ")"
            // after the name its end, or "en ...", with the writer's age in brackets between: "ik ben Henk (67) en"
            + "(?=\\s*(?:\\([^)]{0,12}\\)\\s*)?(?:[,.!;:\\n]|$)|\\s+(?:\\([^)]{0,12}\\)\\s+)?(?:en|and|uit|from)\\s)");
    // at the start, or after a greeting: "Hallo, met Anja de Boer.", "Goedemiddag, u spreekt met Henk Jansen,",
    // "Hi, this is Sarah", "Hoi, Anja hier."; the name ends its clause
    private static final Pattern NAME_AS_ON_THE_PHONE = Pattern.compile("^\\s*(?:(?iu:hallo|hoi|hey|hi|hello|dag"
            + "|goedemorgen|goedemiddag|goedenavond|beste)[,!.]?\\s+)?(?:(?iu:met|(?:u|je|jij) spreekt met|this is|it s"
            + "|it's)\\s+(" + A_NAME + ")|(" + A_NAME + ")\\s+(?iu:hier))(?=\\s*(?:[,.!;:\\n]|$))");
    /** A letter's closing and the name under it: "Met vriendelijke groet, Jan de Wit", "Groetjes, Anja", "Kind regards, Sarah". */
    private static final Pattern SIGNATURE = Pattern.compile("(?iu:(?:met )?(?:vriendelijke |hartelijke |lieve )?"
            + "(?:groet|groeten|groetjes)|mvg|(?:kind |best |warm )?regards|best wishes)[,.!]?\\s+(" + A_NAME + ")"
            + "(?=\\s*(?:[,.!;:\\n(]|$))");
    private static final Pattern LEADING_FILLER = Pattern.compile("(?i)^(?:maar|gewoon|gerust|just|simply)\\s+");
    /** Words after "call me" or "noem me" that say when or how, not who: "call me back", "call me later". */
    private static final Set<String> NOT_A_NAME_AFTER_CALL_ME = Set.of("back", "later", "tomorrow", "today", "tonight",
            "now", "asap", "after", "before", "at", "on", "in", "when", "if", "anytime", "please", "this", "any",
            "soon", "again", "terug", "morgen", "vandaag", "straks", "na", "voor", "om", "op");
    /** Capitalised words after "ik ben" / "I am" that are not names. */
    private static final Set<String> NOT_A_NAME_AFTER_I_AM = Set.of("nederlander", "nederlands", "nederlandse", "dutch",
            "english", "engels", "mantelzorger", "mantelzorgster", "zelf", "moe", "op", "ziek", "bang", "boos", "blij");
    private static final Pattern GREETING = Pattern.compile(
            "(?i)^\\s*(?:hoi|hallo|hey|hee|hi|hello|goedemorgen|goedemiddag|goedenavond|goedendag|dag)\\b[\\s,.!]*");
    private static final Pattern NAME_IN_ANSWER = Pattern.compile("(?i)(?:ik ben|i am|i'm|im|met|hier is)\\s+(.+)");
    /** Words that end a name where the sentence goes on: "Truus en ik", "Anna, ik zoek". */
    private static final Set<String> AFTER_A_NAME = Set.of("en", "and", "ik", "i", "maar", "but", "ben", "heb", "is",
            "woon", "wil", "zoek", "uit", "from", "mijn", "my", "we", "wij", "hij", "zij", "ze", "he", "she", "niet",
            "not", "geen", "no");
    /** The small words of Dutch surnames: "Jan van der Berg". */
    private static final Set<String> NAME_PARTICLES = Set.of("van", "de", "der", "den", "ter", "ten", "te", "het",
            "in", "t");
    /** Where a name given with more ends: a comma, a new line, or a full stop after a word ("A. de Vries" is one name). */
    private static final Pattern NAME_END = Pattern.compile("\\s*(?:[,;:!?\\n]|(?<=\\p{L}{2})(?<!\\b(?:mevr|dhr|mw|mr|mrs|ms|dr|hr))"
            + "\\.(?:\\s|$))\\s*");
    /** A client who would rather not give a name: "liever niet", "doet er niet toe", "rather not". */
    private static final Pattern KEEPS_THEIR_NAME = Pattern.compile("\\b(?:liever niet|hoeft niet|zeg ik (?:liever )?niet"
            + "|wil ik niet zeggen|doet er niet toe|anoniem|geen naam|rather not|prefer not|no name|anonymous)\\b");
    /** What is no part of a name around it: "👋 Kim", "Anna!!". */
    private static final Pattern AROUND_A_NAME = Pattern.compile("^[^\\p{L}]+|[^\\p{L}.]+$");
    private static final Pattern AGE_TOKEN = Pattern.compile("[0-9]{1,3}(?:jaar|jr|j)?");
    private static final Set<String> ARTICLES = Set.of("de", "het", "een", "die", "dat", "the", "a", "an", "that");
    /** The words around a relation said alone: "voor de buurvrouw", "for my dad" has "my" already. */
    private static final Set<String> WHO_FILLER = Set.of("voor", "for", "de", "het", "een", "the", "a", "an");
    private static final Set<CareFor> OUTSIDE_THE_FAMILY = EnumSet.of(CareFor.NEIGHBOUR, CareFor.NEIGHBOUR_MAN,
            CareFor.NEIGHBOUR_WOMAN, CareFor.FRIEND, CareFor.FRIEND_MAN, CareFor.FRIEND_WOMAN, CareFor.CLIENT);
    // "men" and "myn" as "mijn" is typed in a hurry, "mien" as the Achterhoek says it
    private static final Set<String> POSSESSIVES = Set.of("mijn", "mn", "men", "myn", "mien", "onze", "ons", "my", "our",
            "haar", "zijn");
    /** Words of their own one letter from a relation: "mijn boer" is no "mijn broer". */
    private static final Set<String> WORDS_NEAR_A_RELATION = Set.of("boer", "ader", "vouw", "nice", "vrouwe");
    /** The writer's own, in Dutch, where a short word after it is read as a relation with a typo ("mijn vadr"). */
    private static final Set<String> MINE = Set.of("mijn", "mn", "men", "myn", "mien");
    private static final Map<String, CareFor> RELATIONS = Map.ofEntries(
            Map.entry("zoon", CareFor.SON), Map.entry("zoontje", CareFor.SON), Map.entry("son", CareFor.SON),
            Map.entry("dochter", CareFor.DAUGHTER), Map.entry("dochtertje", CareFor.DAUGHTER),
            Map.entry("daughter", CareFor.DAUGHTER), Map.entry("kind", CareFor.CHILD), Map.entry("kindje", CareFor.CHILD),
            Map.entry("child", CareFor.CHILD), Map.entry("kid", CareFor.CHILD), Map.entry("kinderen", CareFor.CHILD),
            Map.entry("zonen", CareFor.CHILD), Map.entry("zoons", CareFor.CHILD), Map.entry("dochters", CareFor.CHILD),
            Map.entry("tweeling", CareFor.CHILD), Map.entry("kids", CareFor.CHILD), Map.entry("children", CareFor.CHILD),
            Map.entry("sons", CareFor.CHILD), Map.entry("daughters", CareFor.CHILD), Map.entry("twins", CareFor.CHILD),
            Map.entry("partner", CareFor.PARTNER), Map.entry("man", CareFor.HUSBAND), Map.entry("vrouw", CareFor.WIFE),
            Map.entry("echtgenoot", CareFor.HUSBAND), Map.entry("echtgenote", CareFor.WIFE),
            Map.entry("husband", CareFor.HUSBAND), Map.entry("wife", CareFor.WIFE),
            Map.entry("moeder", CareFor.MOTHER), Map.entry("mama", CareFor.MOTHER), Map.entry("ma", CareFor.MOTHER),
            Map.entry("mam", CareFor.MOTHER), Map.entry("mother", CareFor.MOTHER),
            Map.entry("mum", CareFor.MOTHER), Map.entry("mom", CareFor.MOTHER),
            Map.entry("vader", CareFor.FATHER), Map.entry("papa", CareFor.FATHER), Map.entry("pa", CareFor.FATHER),
            Map.entry("father", CareFor.FATHER), Map.entry("dad", CareFor.FATHER),
            Map.entry("schoonmoeder", CareFor.MOTHER_IN_LAW), Map.entry("schoonvader", CareFor.FATHER_IN_LAW),
            Map.entry("stiefzoon", CareFor.SON), Map.entry("pleegzoon", CareFor.SON),
            Map.entry("stiefdochter", CareFor.DAUGHTER), Map.entry("pleegdochter", CareFor.DAUGHTER),
            Map.entry("stiefkind", CareFor.CHILD), Map.entry("pleegkind", CareFor.CHILD),
            Map.entry("kleinzoon", CareFor.GRANDCHILD), Map.entry("kleindochter", CareFor.GRANDCHILD),
            Map.entry("kleinkind", CareFor.GRANDCHILD), Map.entry("kleinkinderen", CareFor.GRANDCHILD),
            Map.entry("grandson", CareFor.GRANDCHILD), Map.entry("granddaughter", CareFor.GRANDCHILD),
            Map.entry("grandchild", CareFor.GRANDCHILD),
            Map.entry("oma", CareFor.GRANDMOTHER), Map.entry("grandmother", CareFor.GRANDMOTHER),
            Map.entry("grandma", CareFor.GRANDMOTHER), Map.entry("granny", CareFor.GRANDMOTHER),
            Map.entry("opa", CareFor.GRANDFATHER), Map.entry("grandfather", CareFor.GRANDFATHER),
            Map.entry("grandpa", CareFor.GRANDFATHER), Map.entry("grandad", CareFor.GRANDFATHER),
            Map.entry("granddad", CareFor.GRANDFATHER), Map.entry("nan", CareFor.GRANDMOTHER),
            Map.entry("nana", CareFor.GRANDMOTHER), Map.entry("gran", CareFor.GRANDMOTHER),
            Map.entry("opi", CareFor.GRANDFATHER), Map.entry("omi", CareFor.GRANDMOTHER),
            Map.entry("grootouders", CareFor.GRANDPARENTS), Map.entry("grandparents", CareFor.GRANDPARENTS),
            Map.entry("schoonouders", CareFor.PARENTS_IN_LAW), Map.entry("schoonzoon", CareFor.SON_IN_LAW),
            Map.entry("schoondochter", CareFor.DAUGHTER_IN_LAW),
            Map.entry("zwager", CareFor.BROTHER_IN_LAW), Map.entry("schoonzus", CareFor.SISTER_IN_LAW),
            Map.entry("schoonbroer", CareFor.BROTHER_IN_LAW), Map.entry("schoonzuster", CareFor.SISTER_IN_LAW),
            Map.entry("neef", CareFor.NEPHEW), Map.entry("nicht", CareFor.NIECE),
            Map.entry("nephew", CareFor.NEPHEW), Map.entry("niece", CareFor.NIECE),
            Map.entry("broer", CareFor.BROTHER), Map.entry("broertje", CareFor.BROTHER),
            Map.entry("zus", CareFor.SISTER), Map.entry("zusje", CareFor.SISTER),
            Map.entry("tante", CareFor.AUNT), Map.entry("oom", CareFor.UNCLE), Map.entry("aunt", CareFor.AUNT),
            Map.entry("uncle", CareFor.UNCLE), Map.entry("ouders", CareFor.PARENTS),
            Map.entry("buurman", CareFor.NEIGHBOUR_MAN), Map.entry("buurvrouw", CareFor.NEIGHBOUR_WOMAN),
            Map.entry("vriend", CareFor.FRIEND_MAN), Map.entry("vriendin", CareFor.FRIEND_WOMAN),
            Map.entry("brother", CareFor.BROTHER), Map.entry("sister", CareFor.SISTER),
            Map.entry("friend", CareFor.FRIEND), Map.entry("neighbour", CareFor.NEIGHBOUR),
            Map.entry("neighbor", CareFor.NEIGHBOUR), Map.entry("parents", CareFor.PARENTS),
            Map.entry("client", CareFor.CLIENT), Map.entry("clienten", CareFor.CLIENT),
            Map.entry("patient", CareFor.CLIENT), Map.entry("patienten", CareFor.CLIENT));
    /** Words before "voor": help is sought for whom follows ("hulp voor mijn vader", "zorgen voor mam"). */
    private static final Set<String> HELP_SOUGHT = Set.of("hulp", "zorg", "zorgen", "zorgt", "ondersteuning",
            "begeleiding", "plek", "plekje", "plaats", "opvang", "iets", "oplossing", "help", "care", "support",
            "something", "place", "zoek", "zoeken", "zoekt", "looking", "aanvragen", "regelen", "aanvraag");
    /** Telling words: "mijn zus belde me over mam" tells who told, not who needs the care. */
    private static final Set<String> TELLING = Set.of("belt", "belde", "appt", "appte", "appde", "zegt", "zei",
            "vertelt", "vertelde", "vraagt", "vroeg", "mailde", "mailt", "schreef", "stuurde", "gebeld", "geappt",
            "gezegd", "verteld", "gevraagd", "gemaild", "calls", "called", "rang", "says", "said", "told", "tells",
            "asked", "asks", "texted", "messaged", "thinks", "vindt", "denkt");
    /** What a family calls a parent or grandparent, also without "mijn": "over mam", "voor opa". */
    private static final Set<String> SPOKEN_OF = Set.of("mam", "mama", "papa", "oma", "opa", "omi", "opi",
            "mum", "mom", "dad", "grandma", "grandpa", "granny", "nan", "nana");
    // "ik ben 34 en ...": someone who gives their own age asks for themselves, unless they name someone else
    // "ik ben 34", "I am 34 years old", and as young people write it, "ik (19)", "ik (v, 19)" (folded: "ik v 19")
    private static final Pattern OWN_AGE = Pattern.compile("(?:^| )(?:(?:ik ben|i am|i m) |ik (?:[mfvw] )?)([0-9]{1,3})"
            + "(?: jaar| years?)?(?: oud| old)?(?= |$)");
    /** Below this age a writer who names their parents asks for themselves: "ik ben 16 en mijn ouders ...". */
    private static final int ADULT = 18;
    private static final Set<CareFor> PARENT_KINDS = EnumSet.of(CareFor.MOTHER, CareFor.FATHER, CareFor.PARENT,
            CareFor.PARENTS);
    // "ik heb schulden", "ik voel me zo eenzaam": a trouble told in the first person is one's own ("heb" and "ben"
    // are the writer's also without "ik": "ik ben verpleegkundige en heb zelf een burn-out")
    private static final Pattern OWN_TROUBLE = Pattern.compile("(?:^| )(?:"
            + "(?:ik )?heb (?:veel |grote |flinke )?(?:schulden|geldzorgen|een verslaving)"
            + "|(?:ik )?heb (?:ook |zelf )?(?:adhd|add|autisme|ass|dementie|parkinson|ms|reuma|copd|nah|hersenletsel"
            + "|een (?:beperking|verstandelijke beperking|lichamelijke beperking|burn ?out|depressie|angststoornis"
            + "|eetstoornis|herseninfarct|beroerte|hersenbloeding))"
            + "|(?:sinds|door|na) mijn (?:herseninfarct|beroerte|hersenbloeding|ongeluk|operatie|val|ziekte|burn ?out"
            + "|diagnose)"
            + "|i have (?:adhd|autism|dementia|parkinsons?|ms|copd|a disability|a brain injury|depression)"
            + "|since my (?:stroke|accident|operation|fall|illness|diagnosis)"
            + "|ik zit (?:diep )?(?:in de|met) schulden"
            + "|(?:ik )?heb (?:al |echt |helemaal |nu )?geen (?:geld|eten)(?: meer)?"
            + "|(?:ik )?heb (?:al )?(?:[0-9]+ |een paar |twee |drie )?(?:dagen )?(?:niks|niets) (?:meer )?gegeten"
            + "|i have no (?:money|food)|i havent eaten"
            + "|(?:ik )?ben (?:zelf |ook )?(?:erg |heel |zo |vaak |best )?(?:somber|depressief|eenzaam|verslaafd"
            + "|overspannen)"
            + "|ik voel me (?:erg |heel |zo |vaak )?(?:somber|depressief|eenzaam|alleen|down)"
            + "|i have (?:a lot of |big )?(?:debts?|money worries|an addiction)"
            + "|i (?:am|m) (?:so |very |really |often )?(?:depressed|lonely|addicted)"
            + "|i feel (?:so |very |really |often )?(?:depressed|lonely|down))(?: |$)");
    // "ik ben de buurvrouw van ...", "ik ben zijn dochter", "I'm her neighbour" (folded: "im")
    // and "wij zijn pleegouders van ...", "ik ben oma van ...": without an article when "van" follows
    private static final Pattern WRITER_IS = Pattern.compile(
            "(?:^| )(?:ik ben|i am|im|wij zijn|we zijn|we are) (?:(de|zijn|haar|the|his|her) ([a-z]+)(?= |$)"
            + "|([a-z]+)(?= (?:van|of) ))");
    private static final Pattern OF_A_WOMAN = Pattern.compile(" (?:van|of) (?:mevrouw|mevr|mw|mrs|ms)(?: |$)");
    private static final Pattern OF_A_MAN = Pattern.compile(" (?:van|of) (?:meneer|mijnheer|dhr|mr)(?: |$)");
    // the whole answer to "Voor wie?": "ik", "mij", "zelf"
    private static final Set<String> SELF_ALONE = Set.of("ik", "ik zelf", "mij", "mij zelf", "zelf", "i", "me", "voor mij",
            "voor mij zelf", "for me");
    /** What follows a relation worn out by caring: "mijn vrouw kan het niet meer alleen", "mijn man is op". */
    private static final List<String> CARER_WORN_OUT = List.of("kan het niet meer", "redt het niet meer",
            "houdt het niet meer vol", "is op", "is helemaal op", "is overbelast", "is uitgeput", "cant cope",
            "cannot cope", "is exhausted", "is worn out");
    private static final Set<String> CARERS = Set.of("mantelzorger", "mantelzorgster", "verzorger", "carer",
            "caregiver");
    private static final Set<String> DEATH_WORDS = Set.of("overleden", "gestorven", "dood", "overlijden",
            "verloren", "died", "passed", "death", "lost");
    // words that end a phrase: "mijn X en zoon" is not "mijn zoon"
    private static final Set<String> PHRASE_BREAKS = Set.of("en", "of", "met", "voor", "van", "bij", "in", "is",
            "heeft", "and", "or", "with", "for", "has");
    private static final List<String> SELF_PHRASES = List.of("voor mezelf", "voor mijzelf", "voor mij zelf",
            "voor mij", "ik zelf", "ikzelf", "ik heb hulp nodig", "ik heb zelf hulp nodig", "ik zoek hulp voor mij",
            "for myself", "for me", "myself", "i need help", "i need support");
    private static final List<String> PROFESSIONAL_PHRASES = List.of("als professional", "ik werk als",
            "as a professional", "i work as");
    /**
     * A profession alone answers "voor wie?" ("wijkverpleegkundige", "wijkteam"); in a sentence it is the
     * writer's only as their work ({@link #WRITERS_WORK}): "de huisarts zegt dat ze hulp nodig heeft" is for
     * the mother still.
     */
    private static final List<String> PROFESSIONS = List.of("casemanager", "wijkverpleegkundige", "huisarts",
            "consulent", "verwijzer", "praktijkondersteuner", "poh ggz", "wijkteam", "jeugdconsulent");
    /** "ik ben begeleider en zoek voor mezelf hulp": the writer's work said, and the care for themselves. */
    private static final Pattern FOR_MYSELF = Pattern.compile(
            "\\b(?:voor mezelf|voor mijzelf|voor mij zelf|for myself)\\b");
    /** The most words of an answer to "voor wie?" that names only a profession: "ik ben huisarts". */
    private static final int PROFESSION_ANSWER_WORDS = 3;
    private static final Map<String, Integer> NUMBER_WORDS = numberWords();
    /** One of a pair, the other one, and both together. */
    private static final Map<CareFor, CareFor[]> PAIRS = Map.of(
            CareFor.MOTHER, new CareFor[] {CareFor.FATHER, CareFor.PARENTS},
            CareFor.FATHER, new CareFor[] {CareFor.MOTHER, CareFor.PARENTS},
            CareFor.GRANDMOTHER, new CareFor[] {CareFor.GRANDFATHER, CareFor.GRANDPARENTS},
            CareFor.GRANDFATHER, new CareFor[] {CareFor.GRANDMOTHER, CareFor.GRANDPARENTS},
            CareFor.MOTHER_IN_LAW, new CareFor[] {CareFor.FATHER_IN_LAW, CareFor.PARENTS_IN_LAW},
            CareFor.FATHER_IN_LAW, new CareFor[] {CareFor.MOTHER_IN_LAW, CareFor.PARENTS_IN_LAW},
            CareFor.SON, new CareFor[] {CareFor.DAUGHTER, CareFor.CHILD},
            CareFor.DAUGHTER, new CareFor[] {CareFor.SON, CareFor.CHILD});
    private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^)]*\\)$");
    // as in "Hengelo (Gld)", "Bergen (NH)", "Hengelo Ov"
    private static final Map<String, List<String>> PROVINCE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("Drenthe", List.of("dr")), Map.entry("Flevoland", List.of("fl")),
            Map.entry("Friesland", List.of("fr", "fryslan")), Map.entry("Gelderland", List.of("gld", "gl")),
            Map.entry("Groningen", List.of("gr")), Map.entry("Limburg", List.of("l", "lb", "li")),
            Map.entry("Noord-Brabant", List.of("nb", "brabant")), Map.entry("Noord-Holland", List.of("nh")),
            Map.entry("Overijssel", List.of("ov", "ovl")), Map.entry("Utrecht", List.of("ut")),
            Map.entry("Zeeland", List.of("zl")), Map.entry("Zuid-Holland", List.of("zh")));
    // "tussen Aalten en Winterswijk", "between Aalten and Winterswijk" (folded): up to three words on either side
    private static final Pattern BETWEEN = Pattern.compile("(?:^| )(?:tussen|between) (?<one>\\S+(?: \\S+){0,2}?)"
            + " (?:en|and) (?<two>\\S+(?: \\S+){0,2})");
    private static final Pattern THEY_LIVE = Pattern.compile("(?iu)\\b(?:woont|lives)\\b");
    // the writer's own home, to the end of its clause: "ik woon zelf in Utrecht" (en zij in Borculo)
    private static final Pattern WRITER_LIVES = Pattern.compile(
            "(?iu)\\b(?:ik woon|i live)\\b.*?(?=\\s(?:en|maar|and|but)\\s|[,.;!?\\n]|$)");
    // "ik ben wijkverpleegkundige en zoek voor een cliënt ...": the writer's own work, not the care asked for.
    // The medical professions also after a bare "als": "als huisarts zoek ik ..."; the others only after "ik ben",
    // "ik werk als" or under a letter ("een maatje als begeleider voor mijn zoon" is the help asked for).
    private static final String MEDICAL_WORK = "wijkverpleegkundige|verpleegkundige|casemanager|case manager|huisarts"
            + "|consulent|jeugdconsulent|praktijkondersteuner|poh|district nurse|nurse|gp";
    private static final String OTHER_WORK = "bewindvoerder|mentor|curator|maatschappelijk werker"
            + "|maatschappelijk werkster|ambulant begeleider|woonbegeleider|begeleider|schuldhulpverlener"
            + "|clientondersteuner|ouderenadviseur|zorgconsulent|social worker|support worker|case worker";
    private static final Pattern WRITERS_WORK = Pattern.compile("\\b(?:(?:(?:ik ben|ik werk als|werkzaam als|i am|im"
            + "|i work as) (?:de |een |a |an )?"
            // under a letter: "Met vriendelijke groet, Anneke Bos, wijkverpleegkundige"
            + "|(?:groet|groeten|regards|gr) (?:[a-z]+ ){0,4})(?:" + MEDICAL_WORK + "|" + OTHER_WORK + ")"
            + "|(?:als|as) (?:een |a |an )?(?:" + MEDICAL_WORK + "))\\b");
    // "ik werk bij de huisartsenpraktijk", "ik werk in de thuiszorg": a workplace in care or welfare says the writer's
    // work as well as a profession does
    private static final String CARE_WORKPLACE = "huisartsenpraktijk|huisartspraktijk|huisartsenpost|thuiszorg"
            + "|wijkverpleging|wijkteam|sociaal wijkteam|sociaal team|buurtteam|jeugdteam|ziekenhuis|verpleeghuis"
            + "|verzorgingshuis|zorginstelling|ggz|jeugdzorg|ouderenzorg|gehandicaptenzorg|cjg|consultatiebureau"
            + "|maatschappelijk werk|gp practice|gp surgery|home care|district nursing|hospital|nursing home|care home";
    private static final Pattern WRITERS_WORKPLACE = Pattern.compile("\\b(?:ik werk|ik ben werkzaam|werkzaam|i work)"
            + " (?:bij|in|op|voor|at|for) (?:de |het |een |onze |ons |the |a )?(?:" + CARE_WORKPLACE + ")\\b");
    // "ze woont al in het verpleeghuis", "in het verzorgingshuis in Aalten": a home of care someone lives in
    private static final Pattern THEIR_HOME = Pattern.compile("(?:\\b(?:woont|wonen|woon|zit|zitten|verblijft|verblijven"
            + "|lives|live|living|is|are) (?:nu |al |sinds kort |inmiddels |now |already )?|^)(?:in|op|at) (?:het|een|de|a|the)"
            + " (?:verpleeghuis|verzorgingshuis|zorghuis|woonzorgcentrum|zorgcentrum|nursing home|care home)\\b");
    // elsewhere ("ik werk in de zorg", "ik werk bij de gemeente") only with the one they write for named
    private static final Pattern WRITER_WORKS = Pattern.compile("\\b(?:ik werk|ik ben werkzaam|i work) ");
    private static final Pattern SOMEONE_IN_THEIR_CARE = Pattern.compile("\\b(?:een|de|onze|a|the|our)"
            + " (?:client|cliente|patient|patiente|inwoner|inwoonster|bewoner|bewoonster|resident)\\b");
    // "een patiënt van mij", "a client of mine": someone in the writer's care, whatever their work
    private static final Pattern CLIENT_OF_THEIRS = Pattern.compile("\\b(?:client|cliente|patient|patiente|clienten"
            + "|patienten|clients|patients) (?:van (?:mij|me|ons)|of (?:mine|ours))\\b");

    private final Gazetteer gazetteer;
    private final CareVocabulary vocabulary;
    private final List<StepDefinition> steps;

    Steps(Gazetteer gazetteer, CareVocabulary vocabulary) {
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
        this.steps = List.of(
                new StepDefinition(Slot.CONSENT, (s, m) -> consentQuestion(),
                        (t, id, m) -> Optional.empty(),
                        (t, in, s) -> consent(t, in.messageId()),
                        (s, m) -> s.has(Slot.CONSENT)),
                new StepDefinition(Slot.CARE_FOR, (s, m) -> withChoices(
                        new Text("Voor wie zoek je zorg of hulp?", "Who is the care or support for?"), CARE_FOR),
                        (t, id, m) -> careFor(t, true).map(c -> new Answer(c.name(), t, id)),
                        this::answerCareFor,
                        (s, m) -> s.has(Slot.CARE_FOR)),
                new StepDefinition(Slot.AGE, (s, m) -> careFor(s).howOld(),
                        (t, id, m) -> age(t, false).map(a -> new Answer(Integer.toString(a), t, id)),
                        Steps::answerAge,
                        (s, m) -> s.has(Slot.AGE)),
                new StepDefinition(Slot.PLACE, (s, m) -> s.unclearPlace() != null
                                ? aboutPlace(s.unclearPlace().value()) : place(careFor(s).whereLives()),
                        // a name several places share is asked about, not guessed (extractAll notes it)
                        (t, id, m) -> placeIn(t, gazetteer::findIn).filter(p -> gazetteer.unclear(p).isEmpty())
                                .filter(p -> betweenTwoPlaces(t).isEmpty()).map(p -> placeAnswer(p, t, id)),
                        this::answerPlace,
                        (s, m) -> s.has(Slot.PLACE)),
                new StepDefinition(Slot.NEED, (s, m) -> new Text(
                        "Waar zoek je hulp bij? Vertel het in je eigen woorden. Bijvoorbeeld: dagbesteding, logeren, hulp bij geldzaken.",
                        "What kind of help are you looking for? Tell me in your own words. For example: day activities, respite stays, help with money matters."),
                        (t, id, m) -> need(t, id, false),
                        (t, in, s) -> onlyNotKnowing(t) && s.misunderstood() == 0
                                // not knowing what help there is, the first time: no fault of theirs
                                ? new Parsed.Reask(new Text("Dat geeft niets. Vertel dan in je eigen woorden wat er "
                                        + "aan de hand is. Bijvoorbeeld: 'mijn moeder vergeet steeds meer' of 'ik kan de "
                                        + "zorg niet meer alleen aan'.", "That's fine. Then tell me in your own words "
                                        + "what is going on. For example: 'my mother forgets more and more' or 'I can't "
                                        + "manage the care on my own any more'."), false)
                                : need(t, in.messageId(), true).<Parsed>map(Parsed.Value::new)
                                .orElse(new Parsed.Reask(new Text("Vertel in een paar woorden waar je hulp bij zoekt. "
                                        + "Weet je het niet precies? Vertel dan wat er aan de hand is.",
                                        "Tell me in a few words what help you are looking for. "
                                        + "Not sure? Just tell me what is going on."))),
                        (s, m) -> s.has(Slot.NEED)),
                new StepDefinition(Slot.URGENCY, (s, m) -> withChoices(
                        new Text("Hoe snel is de hulp nodig?", "How soon is help needed?"), URGENCY),
                        (t, id, m) -> phraseChoice(URGENCY_IN_PASSING, withoutBirthday(t)).map(Choice::value)
                                .or(() -> cannotWait(t)).map(v -> new Answer(v, t, id)),
                        (t, in, s) -> Choice.pick(URGENCY, t).map(Choice::value).or(() -> cannotWait(t))
                                // "voor de kerst", "per 1 februari": the day named, counted from the message's
                                .or(() -> in.receivedAt() == null ? Optional.empty() : WhenNeeded.of(t,
                                        in.receivedAt().atZone(AMSTERDAM).toLocalDate()).map(Urgency::name))
                                .<Parsed>map(v -> new Parsed.Value(new Answer(v, t, in.messageId())))
                                .orElse(new Parsed.Reask(pickNumber(URGENCY))),
                        (s, m) -> s.has(Slot.URGENCY)),
                new StepDefinition(Slot.INDICATION, (s, m) -> withChoices(new Text(
                        "Is er al een indicatie of beschikking? Die krijg je van de gemeente (Wmo of Jeugdwet) of van het CIZ (Wlz).",
                        "Is there already an assessment (indicatie)? The municipality (Wmo or Youth Act) or the CIZ (Wlz) gives it."),
                        INDICATION),
                        (t, id, m) -> indication(t).map(v -> new Answer(v.name(), t, id)),
                        // read from the first words: "nee, nog niet" answers it, "ze kan niet meer alleen wonen" not
                        (t, in, s) -> indication(t).or(() -> stillDeciding(t))
                                .<Parsed>map(v -> new Parsed.Value(new Answer(v.name(), t, in.messageId())))
                                .orElseGet(() -> yesOrNo(INDICATION, t, in.messageId(), pickNumber(INDICATION))),
                        (s, m) -> s.has(Slot.INDICATION)),
                new StepDefinition(Slot.NAME, (s, m) -> new Text("Hoe mogen we je noemen?", "What may we call you?"),
                        (t, id, m) -> introducedName(t).map(n -> new Answer(n, n, id)),
                        this::answerName,
                        (s, m) -> s.has(Slot.NAME)),
                new StepDefinition(Slot.CONTACT, Steps::contactQuestion,
                        (t, id, m) -> contactDetail(t).map(d -> otherContact(d, t, id))
                                // said: the clause that asks, so a time elsewhere in the message is not taken for when
                                .or(() -> askToBeCalled(t, m).map(c -> new Answer(ContactPreference.CALL.name(), c, id)))
                                .or(() -> askToBeTexted(t, m).map(c -> new Answer(texted(m).name(), c, id)))
                                .or(() -> askThroughWhatsApp(t, m)
                                        .map(c -> new Answer(ContactPreference.THIS_CHANNEL.name(), c, id))),
                        this::answerContact,
                        (s, m) -> s.has(Slot.CONTACT)));
    }

    CareVocabulary vocabulary() {
        return vocabulary;
    }

    List<StepDefinition> all() {
        return steps;
    }

    StepDefinition of(Slot slot) {
        return steps.get(slot.ordinal());
    }

    /** Reads the slots a message clearly mentions, except the one being answered. */
    DialogueState extractAll(DialogueState state, String text, long messageId, Medium medium, Slot except) {
        DialogueState s = state;
        for (StepDefinition step : steps) {
            if (step.slot() != except && !s.has(step.slot())) {
                if (step.slot() == Slot.PLACE) {
                    s = placeInPassing(s, text, messageId);
                    continue;
                }
                // the writer's own age is not the age of someone else they ask for
                String read = step.slot() == Slot.AGE && s.has(Slot.CARE_FOR) && careFor(s) != CareFor.SELF
                        ? withoutOwnAge(text) : text;
                Optional<Answer> a = step.extract().read(read, messageId, medium);
                if (a.isPresent()) {
                    s = s.with(step.slot(), read == text ? a.get() : new Answer(a.get().value(), text, messageId));
                }
            }
        }
        if (except == Slot.PLACE) {
            // the answer to the place question (also a change from the summary) is read leniently, as answerPlace does
            s = noteUnclearPlace(s, text, messageId, gazetteer::resolveAnswer);
            // "Wezep": a place we do not know, remembered for the answer to "in which municipality?"
            Answer unclear = s.unclearPlace();
            Optional<String> unknown = s.has(Slot.PLACE) || unclear != null && !gazetteer.sharing(unclear.value()).isEmpty()
                    ? Optional.empty() : unknownPlace(text);
            if (unknown.isPresent()) {
                s = s.withUnclearPlace(new Answer(unknown.get(), text, messageId));
            }
        }
        return s.answer(Slot.AGE) == state.answer(Slot.AGE) && s.answer(Slot.NEED) == state.answer(Slot.NEED)
                ? s : settleNeed(s);
    }

    /**
     * More about the help, told while another question was asked: "nee, maar hij kan ook niet meer
     * naar school" at the indication. When the message names kinds of care the need does not hold
     * yet, its words are added to the need (and the change kept, so staff see where it was said).
     */
    DialogueState addToNeed(DialogueState state, String text, long messageId, Slot asked, boolean answered) {
        Answer need = state.answer(Slot.NEED);
        if (need == null || asked == Slot.NEED || need.messageId() == messageId) {
            return state;
        }
        Integer age = state.has(Slot.AGE) ? Integer.valueOf(state.value(Slot.AGE)) : null;
        Set<CareCategory> told = vocabulary.categoriesIn(careWords(text), age);
        Set<String> known = new HashSet<>(List.of(need.value().split(",")));
        // With the question answered, only a new kind of care is more ("nee, hij heeft autisme" is not);
        // without, more of the same kind is what the message is for: "ze kan ook niet meer alleen
        // douchen" after "hulp thuis" is kept for the coordinator, not "Sorry, dat begreep ik niet".
        // So is a story told instead of an answer, with no word of care in it: "hij loopt 's nachts weg en
        // ik slaap niet meer", asked how soon.
        boolean story = !answered && asked != null && STORY_AT.contains(asked) && aStory(text);
        if (told.isEmpty() && !story || answered && told.stream().allMatch(c -> known.contains(c.code()))) {
            return state;
        }
        return needWithMore(need, text, messageId, age)
                .map(added -> state.reread(Slot.NEED, added).corrected(new Correction(Slot.NEED, need, added)))
                .orElse(state);
    }

    /** SOON for a need that cannot wait ({@link #CANNOT_WAIT}); its words looked for before the pattern runs. */
    private static Optional<String> cannotWait(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean may = lower.contains("eten") || lower.contains("eaten") || lower.contains("food")
                || lower.contains("dakloos") || lower.contains("gezet") || lower.contains("homeless")
                || lower.contains("evicted") || lower.contains("verwarming") || lower.contains("stroom")
                || lower.contains("heating") || lower.contains("electricity");
        return may && CANNOT_WAIT.matcher(Folding.fold(text)).find() ? Optional.of(Urgency.SOON.name()) : Optional.empty();
    }

    /**
     * Sentences of several words that ask nothing: what the client tells of their situation; not a birthday
     * ("ze is 1 januari jarig" says when, of something else than the help).
     */
    private static boolean aStory(String text) {
        String folded = Folding.fold(text);
        return Folding.tokens(text).size() >= STORY_WORDS && !OfficeQuestion.isAQuestion(text, folded)
                && !folded.contains("jarig") && !folded.contains("birthday") && !tellsABirthday(text);
    }

    /** The need with more told after it, read again as a whole; empty when the whole would be too long. */
    Optional<Answer> needWithMore(Answer need, String text, long messageId, Integer age) {
        String said = need.said() + "\n" + text.strip();
        if (said.length() > MAX_NEED_CHARS) {
            return Optional.empty();
        }
        return Optional.of(new Answer(codes(vocabulary.categoriesIn(careWords(said), age)), said, messageId));
    }

    /** The state with this answer, and the kinds of care read again when the age or the need changes. */
    DialogueState with(DialogueState state, Slot slot, Answer answer) {
        DialogueState s = state.with(slot, answer);
        return slot == Slot.AGE || slot == Slot.NEED ? settleNeed(s) : s;
    }

    /**
     * The kinds of care in the need, read for the age: "hij is erg verward" names memory care at 88
     * and other care at 30, and none until the age is known. The same state when nothing changes.
     */
    private DialogueState settleNeed(DialogueState s) {
        Answer need = s.answer(Slot.NEED);
        if (need == null) {
            return s;
        }
        Integer age = s.has(Slot.AGE) ? Integer.valueOf(s.value(Slot.AGE)) : null;
        String codes = codes(vocabulary.categoriesIn(careWords(need.said()), age));
        return codes.equals(need.value()) ? s : s.reread(Slot.NEED, new Answer(codes, need.said(), need.messageId()));
    }

    /**
     * The need as the care vocabulary and the provider search should read it: the words that tell the help
     * sought, not the writer's own work ("als wijkverpleegkundige"), which names a kind of care the client did
     * not ask for, nor a home of care someone lives in already.
     */
    static String careWords(String said) {
        return withoutTheirHome(withoutWritersWork(said));
    }

    /**
     * The text without where someone lives already: "ze woont in het verpleeghuis", "in het verpleeghuis in Aalten"
     * (asked where) tell the home, not the help sought ("ze moet naar een verpleeghuis" does).
     */
    private static String withoutTheirHome(String said) {
        String lower = said.toLowerCase(Locale.ROOT);
        if (!lower.contains("huis") && !lower.contains("centrum") && !lower.contains("home")) {
            return said;
        }
        String folded = Folding.fold(said);
        String without = THEIR_HOME.matcher(folded).replaceAll(" ");
        return without.equals(folded) ? said : without;
    }

    private static String withoutWritersWork(String said) {
        String folded = Folding.fold(said);
        if (!mayNameWork(folded)) {
            return said;
        }
        String without = WRITERS_WORKPLACE.matcher(WRITERS_WORK.matcher(folded).replaceAll(" ")).replaceAll(" ");
        return without.equals(folded) ? said : without;
    }

    /**
     * "ik ben wijkverpleegkundige", "ik werk bij de huisartsenpraktijk", "ik werk bij de gemeente en zoek hulp voor
     * een inwoner", "een patiënt van mij": the writer asks for someone in their care.
     */
    private static boolean writesAsProfessional(String folded) {
        return mayNameWork(folded) && (WRITERS_WORK.matcher(folded).find() || WRITERS_WORKPLACE.matcher(folded).find()
                || WRITER_WORKS.matcher(folded).find() && SOMEONE_IN_THEIR_CARE.matcher(folded).find()
                || CLIENT_OF_THEIRS.matcher(folded).find());
    }

    /** Whether the folded text may name the writer's work ({@link #writesAsProfessional}); most messages do not. */
    private static boolean mayNameWork(String folded) {
        return folded.contains("verpleeg") || folded.contains("case") || folded.contains("huisarts")
                || folded.contains("consulent") || folded.contains("praktijkondersteuner") || folded.contains("poh")
                || folded.contains("nurse") || folded.contains("gp") || folded.contains("bewind")
                || folded.contains("mentor") || folded.contains("curator") || folded.contains("werk")
                || folded.contains("work") || folded.contains("begeleider") || folded.contains("hulpverlener")
                || folded.contains("ondersteuner") || folded.contains("adviseur") || folded.contains("patient")
                || folded.contains("client");
    }

    private static String codes(Set<CareCategory> categories) {
        return categories.stream().map(CareCategory::code).collect(Collectors.joining(","));
    }

    private static final Pattern ASKS_BACK = Pattern.compile("(?:mag|kan|kun|kunt|moet|can|may) (?:ik|je|jij|u|jullie"
            + "|we|i|you)\\b");
    private static final Set<String> CLEAR_YES_NO = Set.of("ja", "yes", "nee", "no", "jawel", "jazeker", "oke", "ok",
            "okay", "prima", "akkoord", "neen");
    private static final Pattern CONSENT_WHY = Pattern.compile("(?:waarom|hoezo|wat bedoel|wat betekent|why|what do"
            + " you mean)\\b");
    private static final Text CONSENT_EXPLAINED = new Text("Je beslist dit zelf. We vragen het omdat je ons misschien iets "
            + "over je gezondheid of je zorg vertelt. Dat bewaren we alleen om je te helpen, en alleen het klantenbureau en "
            + "je coördinator kunnen het zien. Mogen we dat bewaren? Stuur ja of nee.\n\nLiever eerst met iemand praten? "
            + "Stuur 'medewerker'.", "It is up to you. We ask because you may tell us about your health or your care. We "
            + "keep that only to help you, and only the customer office and your coordinator can see it. May we keep it? "
            + "Send yes or no.\n\nWould you rather talk to someone first? Send 'human'.");

    static Text consentQuestion() {
        return new Text("""
                Wat je ons vertelt, bewaren we veilig. We gebruiken het alleen om je te helpen met je zorgvraag. \
                Alleen het klantenbureau en je coördinator kunnen het zien. Is dat goed?""" + Choice.render(CONSENT, Language.NL),
                """
                We keep what you tell us safe. We only use it to help with your care request. \
                Only the customer office and your coordinator can see it. Is that OK?""" + Choice.render(CONSENT, Language.EN));
    }

    /** The consent question again, in short, for a client who went on telling instead of answering it. */
    static Text consentReminder() {
        return new Text("Dank je. Eerst nog even dit: mogen we bewaren wat je ons vertelt? Alleen het klantenbureau en je "
                + "coördinator kunnen het zien." + Choice.render(CONSENT, Language.NL),
                "Thank you. First this: may we keep what you tell us? Only the customer office and your coordinator "
                + "can see it." + Choice.render(CONSENT, Language.EN));
    }

    /**
     * The consent question for a client who goes on telling after it was explained: in short, as one sending
     * many messages in a row gets it after each.
     */
    static Text consentInShort() {
        return new Text("Dank je, dat heb ik genoteerd. Mogen we het bewaren? Stuur 'ja' of 'nee'.",
                "Thank you, I've noted that. May we keep it? Send 'yes' or 'no'.");
    }

    /** The consent question for a client who has gone past it more than once: why it matters, and a way out. */
    static Text consentNeeded() {
        return new Text("Dank je. Ik kan je pas verder helpen als ik weet of we mogen bewaren wat je ons vertelt. "
                + "Is dat goed?" + Choice.render(CONSENT, Language.NL)
                + "\n\nLiever eerst met iemand praten? Stuur 'medewerker', dan helpt een mens je verder.",
                "Thank you. I can only help you further once I know whether we may keep what you tell us. Is that OK?"
                + Choice.render(CONSENT, Language.EN)
                + "\n\nWould you rather talk to someone first? Send 'human' and a person will help you.");
    }

    static CareFor careFor(DialogueState s) {
        String v = s.value(Slot.CARE_FOR);
        return v == null ? CareFor.RELATIVE : CareFor.valueOf(v);
    }

    // ---- care for

    private Parsed answerCareFor(String text, Input in, DialogueState s) {
        if (onlyHowToBeReached(text)) {
            // "bel me maar", "text me": the "me" is the writer to be reached, not whom the care is for; where the
            // channel gives a number the wish is noted, on the web chat the number is asked for later
            return new Parsed.Reask(in.medium().knowsPhoneNumber() ? pickNumber(CARE_FOR) : withChoices(new Text(
                    "Dat kan. Naar je telefoonnummer vraag ik straks. Eerst: voor wie zoek je zorg of hulp?",
                    "We can do that. I'll ask for your phone number later. First: who is the care or support for?"),
                    CARE_FOR), in.medium().knowsPhoneNumber());
        }
        Optional<CareFor> read = SELF_ALONE.contains(Folding.fold(text)) ? Optional.of(CareFor.SELF) : careFor(text, false);
        if (read.isPresent()) {
            return new Parsed.Value(new Answer(read.get().name(), text, in.messageId()));
        }
        Optional<Choice> c = Choice.pick(CARE_FOR, text);
        if (c.isPresent()) {
            return new Parsed.Value(new Answer(c.get().value(), text, in.messageId()));
        }
        return new Parsed.Reask(pickNumber(CARE_FOR));
    }

    /** "voor mijn zoon", "my mother", "als wijkverpleegkundige". Strict: a relation word needs "mijn". */
    static Optional<CareFor> careFor(String text, boolean strict) {
        String folded = Folding.fold(text);
        String padded = " " + folded + " ";
        for (String p : PROFESSIONAL_PHRASES) {
            if (Folding.hasPhrase(padded, p)) {
                return Optional.of(CareFor.CLIENT);
            }
        }
        List<String> tokens = folded.isEmpty() ? List.of() : List.of(folded.split(" "));
        if (writesAsProfessional(folded) && !FOR_MYSELF.matcher(folded).find() && !OWN_TROUBLE.matcher(folded).find()
                && !ownRelative(tokens)
                || !strict && tokens.size() <= PROFESSION_ANSWER_WORDS
                && PROFESSIONS.stream().anyMatch(p -> Folding.hasPhrase(padded, p))) {
            return Optional.of(CareFor.CLIENT);
        }
        Optional<CareFor> writer = writerIs(folded);
        if (writer.isPresent()) {
            return writer;
        }
        boolean alone = onlyOneWord(tokens);
        List<Integer> named = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            CareFor r = RELATIONS.get(tokens.get(i));
            if (r != null && (!strict || alone || afterPossessive(tokens, i) || ageFollows(tokens, i)
                    || outsideTheFamilyFor(tokens, i, r) || spokenOf(tokens, i)) && !deceased(tokens, i)
                    && !deniedRelation(tokens, i)) {
                named.add(i);
            }
        }
        if (!named.isEmpty()) {
            int i = whoItIsFor(tokens, named);
            if (i < 0) {
                // "mijn dochter zegt dat ik hulp nodig heb": she told, the writer needs it
                return Optional.of(CareFor.SELF);
            }
            // "ik heb sinds mijn herseninfarct moeite met alles, mijn vrouw kan het niet meer alleen": the
            // wife is the carer, the writer needs the care
            if (carerWornOut(tokens, i) && OWN_TROUBLE.matcher(folded).find()) {
                return Optional.of(CareFor.SELF);
            }
            CareFor who = ofARelation(tokens, i) || ofTheOneNamedBefore(tokens, i, named) ? CareFor.RELATIVE
                    : inLaw(tokens, i, parents(tokens, i, RELATIONS.get(tokens.get(i))));
            // "ik ben 16 en mijn ouders maken steeds ruzie": a child telling of their parents asks for themselves
            return Optional.of(PARENT_KINDS.contains(who) && ownAge(folded).filter(a -> a < ADULT).isPresent()
                    ? CareFor.SELF : who);
        }
        if (writerIsCarer(folded)) {
            return Optional.of(CareFor.RELATIVE);
        }
        // A typo is still a relation: "mn dochtr", "mijn moedr" (in passing only after "mijn", or alone);
        // right after "mijn" a short one too: "mijn vadr"
        for (int i = 0; i < tokens.size(); i++) {
            boolean afterMine = i > 0 && MINE.contains(tokens.get(i - 1));
            // "sinds mijn vrouw is overleden": passed over above, and not found again here as a typo
            if ((!strict || alone || i > 0 && POSSESSIVES.contains(tokens.get(i - 1))) && !deceased(tokens, i)
                    && !deniedRelation(tokens, i)) {
                Optional<CareFor> near = nearRelation(tokens.get(i), !strict || afterMine);
                if (near.isPresent()) {
                    return near;
                }
            }
        }
        for (String p : SELF_PHRASES) {
            if (Folding.hasPhrase(padded, p)) {
                return Optional.of(CareFor.SELF);
            }
        }
        if (OWN_AGE.matcher(folded).find() || OWN_TROUBLE.matcher(folded).find()) {
            return Optional.of(CareFor.SELF);
        }
        return Optional.empty();
    }

    /** The writer's own age, when they give it: "ik ben 16", "I am 34 years old". */
    private static Optional<Integer> ownAge(String folded) {
        if (!mayGiveOwnAge(folded)) {
            return Optional.empty();
        }
        Matcher m = OWN_AGE.matcher(folded);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The words {@link #OWN_AGE} starts with, looked for before the pattern is run. */
    private static boolean mayGiveOwnAge(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("ben ") || lower.contains("i am ") || lower.contains("i m ") || lower.contains("i'm ")
                || digitAfterIk(lower);
    }

    /** "ik 19", "ik v 19": a digit within the two words after an "ik". */
    private static boolean digitAfterIk(String lower) {
        for (int at = lower.indexOf("ik "); at >= 0; at = lower.indexOf("ik ", at + 1)) {
            if (at > 0 && Character.isLetter(lower.charAt(at - 1))) {
                continue;
            }
            int end = Math.min(lower.length(), at + 7);
            for (int i = at + 3; i < end; i++) {
                if (Character.isDigit(lower.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The text without the writer's own age, for reading the age of someone else the care is for: in
     * "ik ben 34 en mijn zoon heeft schulden" 34 is not the son's.
     */
    static String withoutOwnAge(String text) {
        if (!mayGiveOwnAge(text)) {
            return text;
        }
        String folded = Folding.fold(text);
        Matcher m = OWN_AGE.matcher(folded);
        return m.find() ? folded.substring(0, m.start()) + " " + folded.substring(m.end()) : text;
    }

    /** "mijn vrouw kan het niet meer alleen", "mijn man is op": the relation is worn out by caring. */
    private static boolean carerWornOut(List<String> tokens, int i) {
        String after = String.join(" ", tokens.subList(i + 1, Math.min(tokens.size(), i + 8)));
        return CARER_WORN_OUT.stream().anyMatch(after::startsWith);
    }

    /** "het is niet voor mijn moeder maar voor mijn vader", "not my mum": the relation denied is not who it is for. */
    private static boolean deniedRelation(List<String> tokens, int i) {
        int j = i - 1;
        if (j >= 0 && POSSESSIVES.contains(tokens.get(j))) {
            j--;
        }
        if (j >= 0 && (tokens.get(j).equals("voor") || tokens.get(j).equals("for"))) {
            j--;
        }
        return j >= 0 && j < i - 1 && (tokens.get(j).equals("niet") || tokens.get(j).equals("not"));
    }

    /**
     * "mijn man is overleden", "sinds de dood van mijn vader": not who the care is for. The death
     * word belongs to the nearest relation: in "mijn zoon, zijn vader is dood" the son lives.
     */
    private static boolean deceased(List<String> tokens, int i) {
        for (int j = i + 1; j < tokens.size() && j <= i + 5; j++) {
            if (RELATIONS.containsKey(tokens.get(j))) {
                break;
            }
            if (DEATH_WORDS.contains(tokens.get(j))) {
                return true;
            }
        }
        for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
            if (RELATIONS.containsKey(tokens.get(j))) {
                break;
            }
            if (DEATH_WORDS.contains(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "ik ben de buurvrouw van meneer Jansen", "ik ben zijn dochter", "I'm her neighbour": the
     * writer's relation to whoever needs the care, turned round. A daughter writes for a parent (his
     * daughter, of meneer Jansen: her father), a mother for her child; a neighbour or friend for
     * someone close.
     */
    private static Optional<CareFor> writerIs(String folded) {
        if (!maySayWhoTheWriterIs(folded)) {
            return Optional.empty();
        }
        Matcher m = WRITER_IS.matcher(folded);
        while (m.find()) {
            String whose = m.group(1) == null ? "" : m.group(1);
            String word = m.group(2) != null ? m.group(2) : m.group(3);
            // a foster parent, child or grandparent is one still: "pleegouders", "pleegmoeder"
            CareFor relation = RELATIONS.get(word.startsWith("pleeg") && word.length() > 5 ? word.substring(5) : word);
            if (relation == null) {
                continue;
            }
            String rest = folded.substring(m.end());
            return Optional.of(switch (relation) {
                case SON, DAUGHTER, CHILD -> whom(whose, rest, CareFor.MOTHER, CareFor.FATHER, CareFor.PARENT);
                case MOTHER, FATHER, PARENT, PARENTS -> CareFor.CHILD;
                case PARTNER -> CareFor.PARTNER;
                case HUSBAND -> CareFor.WIFE;
                case WIFE -> CareFor.HUSBAND;
                case GRANDMOTHER, GRANDFATHER -> CareFor.GRANDCHILD;
                case NEIGHBOUR, NEIGHBOUR_MAN, NEIGHBOUR_WOMAN ->
                        whom(whose, rest, CareFor.NEIGHBOUR_WOMAN, CareFor.NEIGHBOUR_MAN, CareFor.NEIGHBOUR);
                case FRIEND, FRIEND_MAN, FRIEND_WOMAN ->
                        whom(whose, rest, CareFor.FRIEND_WOMAN, CareFor.FRIEND_MAN, CareFor.FRIEND);
                default -> CareFor.RELATIVE;
            });
        }
        return Optional.empty();
    }

    /** The words {@link #WRITER_IS} starts with, looked for before the pattern runs. */
    private static boolean maySayWhoTheWriterIs(String folded) {
        return folded.contains("ik ben") || folded.contains("i am") || folded.contains("im ")
                || folded.contains("zijn ") || folded.contains("we are");
    }

    /**
     * "ik ben zijn mantelzorger": the writer cares for someone close, whom they may name as well
     * ("mijn man heeft alzheimer, ik ben zijn mantelzorger").
     */
    private static boolean writerIsCarer(String folded) {
        if (!maySayWhoTheWriterIs(folded)) {
            return false;
        }
        Matcher m = WRITER_IS.matcher(folded);
        while (m.find()) {
            if (CARERS.contains(m.group(2) != null ? m.group(2) : m.group(3))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whom a writer who names themselves by their relation cares for, a woman or a man where they
     * say so: "haar zoon", "de dochter van mevrouw ...": a mother; "zijn buurvrouw", "de buurvrouw
     * van meneer Jansen": a (male) neighbour; otherwise either.
     */
    private static CareFor whom(String whose, String rest, CareFor woman, CareFor man, CareFor either) {
        if (whose.equals("haar") || whose.equals("her") || OF_A_WOMAN.matcher(rest).lookingAt()) {
            return woman;
        }
        if (whose.equals("zijn") || whose.equals("his") || OF_A_MAN.matcher(rest).lookingAt()) {
            return man;
        }
        return either;
    }

    /**
     * "mijn moeder en vader", "my father and mother", "mijn opa en oma", "mijn zoon en mijn dochter": both of
     * a pair are one answer; "vader of moeder", "zoon of dochter": one of them, not said which; otherwise the
     * relation as read.
     */
    private static CareFor parents(List<String> tokens, int i, CareFor first) {
        CareFor[] pair = PAIRS.get(first);
        // "mijn zoon en mijn dochter": the second may have its own "mijn"; "mijn moeder van 84 en mijn vader
        // van 86", "my mother (84) and my father (86)": the first its age
        int and = i + 1;
        if (and + 1 < tokens.size() && tokens.get(and).equals("van")
                && AGE_TOKEN.matcher(tokens.get(and + 1)).matches()) {
            and += 2;
        } else if (and < tokens.size() && AGE_TOKEN.matcher(tokens.get(and)).matches()) {
            and++;
        }
        if (and >= tokens.size()) {
            return first;
        }
        int second = and + 1 < tokens.size() && POSSESSIVES.contains(tokens.get(and + 1)) ? and + 2 : and + 1;
        if (pair == null || second >= tokens.size() || RELATIONS.get(tokens.get(second)) != pair[0]) {
            return first;
        }
        return switch (tokens.get(and)) {
            case "en", "and" -> pair[1];
            case "of", "or" -> first == CareFor.MOTHER || first == CareFor.FATHER ? CareFor.PARENT
                    : first == CareFor.SON || first == CareFor.DAUGHTER ? CareFor.CHILD : first;
            default -> first;
        };
    }

    /**
     * Of the relations a message names (at {@code named}, in order), the one the care is for: the one
     * help is sought for ("mijn broer en ik zoeken hulp voor onze vader"), else the first that is not
     * only the one who told or who writes along ("mijn zus belde me over mam", "mijn man en ik maken ons
     * zorgen om onze zoon"); -1 when the one who told says the writer needs it ("mijn dochter zegt dat ik
     * hulp nodig heb").
     */
    private static int whoItIsFor(List<String> tokens, List<Integer> named) {
        for (int i : named) {
            if (helpSoughtFor(tokens, i)) {
                return i;
            }
        }
        int last = named.getLast();
        for (int i : named) {
            int told = toldBy(tokens, i);
            if (told >= 0 && aboutTheWriter(tokens, told)) {
                return -1;
            }
            boolean aside = told >= 0 || writesAlong(tokens, i);
            if (!aside || i == last) {
                return i;
            }
        }
        return last;
    }

    /** "hulp voor mijn vader", "een plek voor onze zoon", "zorgen voor mam": help sought for this relation. */
    private static boolean helpSoughtFor(List<String> tokens, int i) {
        int at = i - 1;
        if (at >= 0 && POSSESSIVES.contains(tokens.get(at))) {
            at--;
        }
        if (at < 1 || !tokens.get(at).equals("voor") && !tokens.get(at).equals("for")) {
            return false;
        }
        for (int j = at - 1; j >= 0 && j >= at - 3; j--) {
            if (HELP_SOUGHT.contains(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "mijn zus belde me", "my sister called me about": the index of the telling word right after the
     * relation at {@code i} (up to three words on), or -1.
     */
    private static int toldBy(List<String> tokens, int i) {
        for (int j = i + 1; j < tokens.size() && j <= i + 3; j++) {
            if (TELLING.contains(tokens.get(j))) {
                return j;
            }
            if (RELATIONS.containsKey(tokens.get(j))) {
                return -1;
            }
        }
        return -1;
    }

    /** "... zegt dat ik hulp nodig heb", "... says I need help": what was told is of the writer. */
    private static boolean aboutTheWriter(List<String> tokens, int told) {
        for (int j = told + 1; j < tokens.size() && j <= told + 3; j++) {
            String t = tokens.get(j);
            if (RELATIONS.containsKey(t)) {
                return false;
            }
            if (t.equals("ik") || t.equals("i")) {
                String before = tokens.get(j - 1);
                return before.equals("dat") || before.equals("that") || TELLING.contains(before);
            }
        }
        return false;
    }

    /** "mijn broer en ik", "ik en mijn zus", "my wife and I": the relation writes along with the writer. */
    private static boolean writesAlong(List<String> tokens, int i) {
        boolean before = i >= 3 && (tokens.get(i - 3).equals("ik") || tokens.get(i - 3).equals("i"))
                && (tokens.get(i - 2).equals("en") || tokens.get(i - 2).equals("and"))
                && POSSESSIVES.contains(tokens.get(i - 1));
        boolean after = i + 2 < tokens.size() && (tokens.get(i + 1).equals("en") || tokens.get(i + 1).equals("and"))
                && (tokens.get(i + 2).equals("ik") || tokens.get(i + 2).equals("i"));
        return before || after;
    }

    /**
     * "mijn vriendin belde me, haar moeder is gevallen": the relation is of someone named before, not the
     * writer's own; the care is for someone close to them.
     */
    private static boolean ofTheOneNamedBefore(List<String> tokens, int i, List<Integer> named) {
        String before = i > 0 ? tokens.get(i - 1) : "";
        return (before.equals("haar") || before.equals("zijn") || before.equals("her") || before.equals("his"))
                && named.getFirst() < i;
    }

    /** "my mother in law" (folded from "mother-in-law"): the relation by marriage. */
    private static CareFor inLaw(List<String> tokens, int i, CareFor relation) {
        if (i + 2 >= tokens.size() || !tokens.get(i + 1).equals("in") || !tokens.get(i + 2).equals("law")) {
            return relation;
        }
        return switch (relation) {
            case MOTHER -> CareFor.MOTHER_IN_LAW;
            case FATHER -> CareFor.FATHER_IN_LAW;
            case PARENTS -> CareFor.PARENTS_IN_LAW;
            case SON -> CareFor.SON_IN_LAW;
            case DAUGHTER -> CareFor.DAUGHTER_IN_LAW;
            case BROTHER -> CareFor.BROTHER_IN_LAW;
            case SISTER -> CareFor.SISTER_IN_LAW;
            default -> relation;
        };
    }

    /**
     * "over mam", "voor opa", "about mum": a parent or grandparent spoken of by the name the family calls
     * them, with no "mijn" before it.
     */
    private static boolean spokenOf(List<String> tokens, int i) {
        return i > 0 && SPOKEN_OF.contains(tokens.get(i)) && (tokens.get(i - 1).equals("over")
                || tokens.get(i - 1).equals("voor") || tokens.get(i - 1).equals("about")
                || tokens.get(i - 1).equals("for"));
    }

    /**
     * "zoon 15jr autisme", "dagbesteding dochter 9": written in a hurry, a relation with an age right
     * after it is the writer's own; "de zoon 15" is not how anyone writes their own.
     */
    private static boolean ageFollows(List<String> tokens, int i) {
        return i + 1 < tokens.size() && AGE_TOKEN.matcher(tokens.get(i + 1)).matches()
                && (i == 0 || !ARTICLES.contains(tokens.get(i - 1)));
    }

    /**
     * "moeder", "voor de buurvrouw", "de buurman": the message is only who, a word that means nothing
     * else when it stands alone, also sent at another question.
     */
    private static boolean onlyOneWord(List<String> tokens) {
        int words = 0;
        for (String t : tokens) {
            if (!WHO_FILLER.contains(t) && ++words > 1) {
                return false;
            }
        }
        return words == 1;
    }

    /**
     * "voor de buurvrouw", "voor een vriend": someone outside the family, whom nobody calls "mijn";
     * "de moeder" or "een kind" in passing may be anyone's.
     */
    private static boolean outsideTheFamilyFor(List<String> tokens, int i, CareFor r) {
        return OUTSIDE_THE_FAMILY.contains(r) && i >= 2 && (tokens.get(i - 2).equals("voor")
                || tokens.get(i - 2).equals("for")) && ARTICLES.contains(tokens.get(i - 1));
    }

    /**
     * "ik ben wijkverpleegkundige en zoek hulp voor mijn moeder": the writer's own family named after their
     * work; the care is for that relative, not for a client.
     */
    private static boolean ownRelative(List<String> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            CareFor r = RELATIONS.get(tokens.get(i));
            if (r != null && r != CareFor.CLIENT && MINE.contains(tokens.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "de zoon van mijn zus": the relation at {@code i} is someone else's, the care is for a relative. */
    private static boolean ofARelation(List<String> tokens, int i) {
        return i >= 3 && tokens.get(i - 2).equals("van") && POSSESSIVES.contains(tokens.get(i - 1))
                && RELATIONS.containsKey(tokens.get(i - 3));
    }

    /** "mijn zoon", and with up to two words between: "mijn autistische zoon", "my 15 year son". */
    private static boolean afterPossessive(List<String> tokens, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            String t = tokens.get(j);
            if (POSSESSIVES.contains(t)) {
                return true;
            }
            if (PHRASE_BREAKS.contains(t) || RELATIONS.containsKey(t)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The relation a word of five letters or more is one typo away from, when there is exactly one. In
     * the answer to "voor wie?" or right after "mijn" also a shorter one: "vadr", "zn" is too short still.
     */
    private static Optional<CareFor> nearRelation(String token, boolean answering) {
        int shortest = answering ? 4 : 5;
        if (token.length() < shortest || WORDS_NEAR_A_RELATION.contains(token)) {
            return Optional.empty();
        }
        Set<CareFor> near = new HashSet<>();
        for (Map.Entry<String, CareFor> e : RELATIONS.entrySet()) {
            if (e.getKey().length() >= shortest + 1 && Folding.distance(token, e.getKey(), 1) <= 1) {
                near.add(e.getValue());
            }
        }
        return near.size() == 1 ? Optional.of(near.iterator().next()) : Optional.empty();
    }

    // ---- age

    private static Parsed answerAge(String text, Input in, DialogueState s) {
        Optional<Born> born = born(text);
        if (born.isPresent()) {
            Text inYears = new Text("Stuur de leeftijd in jaren, bijvoorbeeld 82.",
                    "Please send the age in years, for example 82.");
            if (in.receivedAt() == null) {
                return new Parsed.Reask(inYears, false);
            }
            // a day that does not exist, or one still to come, is a slip
            return born.get().ageOn(in.receivedAt().atZone(AMSTERDAM).toLocalDate())
                    .<Parsed>map(a -> new Parsed.Value(new Answer(Integer.toString(a), text, in.messageId())))
                    .orElseGet(() -> new Parsed.Reask(inYears));
        }
        Optional<Integer> age = age(text, true);
        CareFor who = careFor(s);
        if (age.isEmpty() && onlyNotKnowing(text) && who != CareFor.SELF && s.misunderstood() == 0) {
            // "weet ik niet precies", the first time: no fault of theirs; a guess will do
            return new Parsed.Reask(new Text("Dat geeft niets. Een schatting is ook goed, bijvoorbeeld 'rond de 80' "
                    + "of 'een jaar of 40'.", "That's fine. A guess will do, for example 'around 80' or 'about 40'."),
                    false);
        }
        if (age.isEmpty()) {
            return new Parsed.Reask(new Text("Stuur de leeftijd als getal, bijvoorbeeld 15.",
                    "Please send the age as a number, for example 15."));
        }
        // "8" for a father is a slip of the thumb; said a second time, it stands
        if (age.get() < who.youngest() && s.misunderstood() == 0) {
            return new Parsed.Reask(new Text(age.get() + " jaar lijkt me jong voor " + who.label().nl() + ". ",
                    age.get() + " seems young for " + who.label().en() + ". ").then(who.howOld()), false);
        }
        return new Parsed.Value(new Answer(Integer.toString(age.get()), text, in.messageId()));
    }

    /**
     * A date or year of birth sent as the answer to how old: "12-03-1942", "12 maart 1942", "geboren in
     * 1942", "2019". A year alone gives the age reached this year.
     */
    record Born(int year, int month, int day) {
        Optional<Integer> ageOn(LocalDate today) {
            if (month == 0) {
                int age = today.getYear() - year;
                return age >= 0 && age <= 120 ? Optional.of(age) : Optional.empty();
            }
            try {
                LocalDate birth = LocalDate.of(year, month, day);
                int age = Period.between(birth, today).getYears();
                return !birth.isAfter(today) && age <= 120 ? Optional.of(age) : Optional.empty();
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
    }

    static Optional<Born> born(String text) {
        String folded = Folding.fold(text);
        Matcher date = BIRTH_DATE.matcher(folded);
        if (date.find()) {
            String month = date.group("month");
            Integer m = month.chars().allMatch(Character::isDigit) ? Integer.valueOf(month) : MONTH_NAMES.get(month);
            return Optional.of(new Born(Integer.parseInt(date.group("year")), m, Integer.parseInt(date.group("day"))));
        }
        Matcher year = BIRTH_YEAR.matcher(folded);
        return year.find() ? Optional.of(new Born(Integer.parseInt(year.group(1)), 0, 0)) : Optional.empty();
    }

    /** An age told as part of a decade or between two ages ("eind 50", "begin tachtig", "in his 70s"). */
    record RoughAge(int value, Text told) {
    }

    /**
     * An age told roughly: "eind 50" is 58, "begin tachtig" 82, "midden 70" and "in de 70" 75, "late
     * fifties" 58, "tussen de 70 en 80" 75 (a range said with a dash, "70-80", only as an answer). The
     * value is what the search needs; the client reads back what they said.
     */
    static Optional<RoughAge> roughAge(String text, String folded, boolean answering) {
        // every message is read for an age: the patterns only where their words are
        if (!mayTellARoughAge(folded, answering)) {
            return Optional.empty();
        }
        // "een jaar of tachtig", "jaar of 80": about that; "boven de 80", "older than 80": that at least
        for (Pattern p : List.of(YEARS_OR_SO, OLDER_THAN)) {
            Matcher about = p.matcher(folded);
            if (!about.find()) {
                continue;
            }
            String n = about.group("n");
            Optional<Integer> value = n.chars().allMatch(Character::isDigit) ? Optional.of(Integer.parseInt(n))
                    : numberInWords(List.of(n), 0).map(WordNumber::value);
            if (value.isPresent() && value.get() > 1 && value.get() <= 120) {
                int v = value.get();
                return Optional.of(new RoughAge(v, p == YEARS_OR_SO ? new Text("een jaar of " + v, "about " + v)
                        : new Text("boven de " + v, "over " + v)));
            }
        }
        Matcher m = DECADE_PART.matcher(folded);
        if (m.find()) {
            String said = m.group("decade") != null ? m.group("decade") : m.group("nldecade") != null
                    ? m.group("nldecade") : m.group("endecade") != null ? m.group("endecade") : m.group("enword");
            int decade = decade(said);
            String part = m.group("part") != null ? m.group("part")
                    : m.group("enpart") != null ? m.group("enpart") : "in";
            int offset = switch (part) {
                case "begin", "early" -> 2;
                case "eind", "late" -> 8;
                default -> 5;
            };
            Text told = switch (offset) {
                case 2 -> new Text("begin " + decade, "early " + decade + "s");
                case 8 -> new Text("eind " + decade, "late " + decade + "s");
                default -> "in".equals(part) ? new Text("in de " + decade, "in their " + decade + "s")
                        : new Text("midden " + decade, "mid " + decade + "s");
            };
            return Optional.of(new RoughAge(decade + offset, told));
        }
        Matcher range = AGE_RANGE.matcher(folded);
        if (range.find() || answering && (range = AGE_RANGE_ANSWER.matcher(text)).find()) {
            int low = Integer.parseInt(range.group("low"));
            int high = Integer.parseInt(range.group("high"));
            if (high > low && high - low <= MAX_AGE_RANGE) {
                return Optional.of(new RoughAge((low + high) / 2,
                        new Text("tussen " + low + " en " + high, "between " + low + " and " + high)));
            }
        }
        return Optional.empty();
    }

    /** "een jaar of 80", "boven de 80": an age said with its number, roughly. */
    private static boolean saysARoughAge(String said) {
        String lower = said.toLowerCase(Locale.ROOT);
        if (!lower.contains("jaar of") && !lower.contains("boven de") && !lower.contains("ouder dan")
                && !lower.contains("older than") && !lower.contains("over the age")) {
            return false;
        }
        String folded = Folding.fold(said);
        return YEARS_OR_SO.matcher(folded).find() || OLDER_THAN.matcher(folded).find();
    }

    private static boolean mayTellARoughAge(String folded, boolean answering) {
        return answering || folded.contains("jaar of") || folded.contains("boven de") || folded.contains("ouder dan")
                || folded.contains("older than") || folded.contains("over the age") || folded.contains("begin") || folded.contains("midden") || folded.contains("eind")
                || folded.contains("in de ") || folded.contains("in zijn ") || folded.contains("in haar ")
                || folded.contains("early") || folded.contains("mid") || folded.contains("late")
                || folded.contains("in his ") || folded.contains("in her ") || folded.contains("in their ")
                || folded.contains("tussen") || folded.contains("between");
    }

    private static int decade(String said) {
        return said.chars().allMatch(Character::isDigit) ? Integer.parseInt(said) : DECADE_WORDS.get(said);
    }

    static Optional<Integer> age(String text, boolean answering) {
        // "onze dochter met autisme (16)": a number in brackets is how people write an age; "(1)" alone
        // is how some pick the first option
        Matcher bracketed = AGE_IN_BRACKETS.matcher(text);
        if (bracketed.find() && !text.strip().equals(bracketed.group()) && Integer.parseInt(bracketed.group(1)) <= 120) {
            return Optional.of(Integer.parseInt(bracketed.group(1)));
        }
        String folded = Folding.fold(text);
        if (MONTHS.matcher(folded).find()) {
            // "3 jaar en 4 maanden" is 3; "4 maanden" under a year
            Matcher years = YEARS_AND_MONTHS.matcher(folded);
            return Optional.of(years.find() ? Integer.parseInt(years.group(1)) : 0);
        }
        if (answering) {
            // "bijna 4" as the answer: 3, as "hij is bijna 18" is 17
            Matcher almost = ALMOST_AN_AGE.matcher(folded);
            if (almost.matches() && Integer.parseInt(almost.group(1)) > 0) {
                return Optional.of(Integer.parseInt(almost.group(1)) - 1);
            }
        }
        Optional<RoughAge> rough = roughAge(text, folded, answering);
        if (rough.isPresent()) {
            return Optional.of(rough.get().value());
        }
        // each of these patterns reads a number: a message without a digit is not scanned by them
        boolean digits = folded.chars().anyMatch(c -> c >= '0' && c <= '9');
        for (Pattern p : digits ? List.of(AGE_WITH_UNIT, AGE_AFTER_WORD, AGE_AFTER_RELATION) : List.<Pattern>of()) {
            Matcher m = p.matcher(folded);
            while (m.find()) {
                // "bijna 18" is 17: the age decides between youth care and care for adults
                int a = Integer.parseInt(m.group("age")) - (p == AGE_AFTER_WORD && m.group("almost") != null ? 1 : 0);
                if (a >= 0 && a <= 120) {
                    return Optional.of(a);
                }
            }
        }
        // "van vijf jaar", "vijftien jaar oud": a number in words with its unit; "mijn zoon is vijftien en
        // heeft adhd": after "is" or "van", where nothing counted follows ("ik ben drie keer gevallen")
        List<String> words = Folding.tokens(folded);
        for (int i = 0; i < words.size(); i++) {
            Optional<WordNumber> number = numberInWords(words, i);
            if (number.isEmpty() || number.get().value() == 0) {
                continue;
            }
            int n = number.get().value();
            int next = number.get().end();
            if (next < words.size() && AGE_UNITS.contains(words.get(next))) {
                return Optional.of(n);
            }
            if (n > 1 && i > 0 && AGE_VERBS.contains(words.get(i - 1))
                    && (next == words.size() || AFTER_AN_AGE.contains(words.get(next)))) {
                return Optional.of(n);
            }
        }
        if (!answering) {
            return Optional.empty();
        }
        // "8O": on a phone keyboard the letter O sits where a zero is meant
        Matcher m = ANY_NUMBER.matcher(LETTER_O_AFTER_DIGIT.matcher(folded).replaceAll("0"));
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            return a <= 120 ? Optional.of(a) : Optional.empty();
        }
        for (int i = 0; i < words.size(); i++) {
            Optional<WordNumber> number = numberInWords(words, i);
            // a number in words is the age in a short answer ("tachtig denk ik"); in a sentence it counts
            // something else ("ze woont met twee katten"), and "een" is an article ("in een flat")
            if (number.isPresent() && (number.get().value() == 1 ? words.size() == 1 : words.size() <= SHORT_AGE_WORDS)) {
                return Optional.of(number.get().value());
            }
        }
        return Optional.empty();
    }

    /**
     * A message that is nothing but an age, sent while another question was asked: "mijn oma",
     * "91", "eibergen" are answers to the questions a client expects. One digit is left alone:
     * "3" to a question with two options is more likely a slip than a toddler's age.
     */
    static Optional<Answer> bareAge(String text, long id) {
        Matcher m = ONLY_A_NUMBER.matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(1)) > 120) {
            return Optional.empty();
        }
        return Optional.of(new Answer(Integer.toString(Integer.parseInt(m.group(1))), text, id));
    }

    /** A number written in words, and the index of the word after it. */
    private record WordNumber(int value, int end) {
    }

    /** The number written in words at {@code i}: "vijftien", "tweeentachtig", "eighty two". */
    private static Optional<WordNumber> numberInWords(List<String> words, int i) {
        Integer n = NUMBER_WORDS.get(words.get(i));
        if (n == null) {
            return Optional.empty();
        }
        if (n >= 20 && n % 10 == 0 && i + 1 < words.size()) {
            Integer unit = NUMBER_WORDS.get(words.get(i + 1));
            if (unit != null && unit >= 1 && unit <= 9) {
                return Optional.of(new WordNumber(n + unit, i + 2));
            }
        }
        return Optional.of(new WordNumber(n, i + 1));
    }

    private static Map<String, Integer> monthNames() {
        Map<String, Integer> months = new HashMap<>();
        String[][] names = {{"januari", "jan", "january"}, {"februari", "feb", "february"}, {"maart", "mrt", "march",
                "mar"}, {"april", "apr"}, {"mei", "may"}, {"juni", "jun", "june"}, {"juli", "jul", "july"},
                {"augustus", "aug", "august"}, {"september", "sep", "sept"}, {"oktober", "okt", "october", "oct"},
                {"november", "nov"}, {"december", "dec"}};
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                months.put(name, i + 1);
            }
        }
        return Map.copyOf(months);
    }

    private static Map<String, Integer> numberWords() {
        String[] units = {"nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
                "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"};
        String[] tens = {"twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"};
        String[] en = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] enTens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        Map<String, Integer> words = new java.util.HashMap<>();
        for (int i = 0; i < units.length; i++) {
            words.put(units[i], i);
            words.put(en[i], i);
        }
        words.put("eén", 1);
        for (int t = 0; t < tens.length; t++) {
            words.put(tens[t], 20 + 10 * t);
            words.put(enTens[t], 20 + 10 * t);
            for (int u = 1; u <= 9; u++) {
                // Dutch says the unit first: zevenentachtig, tweeëntwintig (folded: tweeentwintig)
                words.put(units[u] + "en" + tens[t], 20 + 10 * t + u);
            }
        }
        return Map.copyOf(words);
    }

    // ---- place

    /**
     * Where the one who needs care lives: "ik woon in Eibergen maar hij woont in Enschede" is Enschede.
     * After "woont" / "lives" first, as the writer says "ik woon" of their own home.
     */
    private static Optional<PlaceMatch> placeIn(String text, Function<String, Optional<PlaceMatch>> find) {
        Matcher lives = THEY_LIVE.matcher(text);
        if (lives.find()) {
            Optional<PlaceMatch> theirs = find.apply(text.substring(lives.end()));
            if (theirs.isPresent()) {
                return theirs;
            }
        }
        // "ik woon zelf in Utrecht en zij in Borculo": another place than the writer's own first
        Matcher mine = WRITER_LIVES.matcher(text);
        if (mine.find()) {
            Optional<PlaceMatch> theirs = find.apply(text.substring(0, mine.start()) + " " + text.substring(mine.end()));
            if (theirs.isPresent()) {
                return theirs;
            }
        }
        return find.apply(text);
    }

    /**
     * "tussen Aalten en Winterswijk", "between Aalten and Winterswijk": the two places as the client named them,
     * when they lie in different municipalities; a place between two is in neither for sure.
     */
    private Optional<String[]> betweenTwoPlaces(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("tussen") && !lower.contains("between")) {
            return Optional.empty();
        }
        Matcher m = BETWEEN.matcher(Folding.fold(text));
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<PlaceMatch> one = gazetteer.findIn(m.group("one"));
        Optional<PlaceMatch> two = gazetteer.findIn(m.group("two"));
        return one.isPresent() && two.isPresent() && !one.get().municipality().equals(two.get().municipality())
                ? Optional.of(new String[] {one.get().said(), two.get().said()}) : Optional.empty();
    }

    /**
     * The answer to the place question. After "Hengelo", which one: "2", "die in Gelderland",
     * "Bronckhorst"; a postcode or another place named outright goes before the options.
     */
    private Parsed answerPlace(String text, Input in, DialogueState state) {
        Optional<String[]> between = Gazetteer.postcodeIn(text) == null ? betweenTwoPlaces(text) : Optional.empty();
        if (between.isPresent()) {
            // "tussen Aalten en Winterswijk": near both, in neither for sure; which one is asked
            String one = between.get()[0];
            String two = between.get()[1];
            return new Parsed.Reask(new Text("Ligt het dichter bij " + one + " of bij " + two + "? Stuur de plaats, "
                    + "of de postcode als je die weet.", "Is it closer to " + one + " or to " + two + "? Send the town, "
                    + "or the postcode if you know it."), false);
        }
        Optional<PlaceMatch> said = placeIn(text, gazetteer::resolveAnswer);
        Answer unclear = state.unclearPlace();
        if (unclear != null && (said.isEmpty() || said.get().postcode() == null
                && gazetteer.sharing(unclear.value()).contains(said.get().municipality()))) {
            List<Choice> options = placeOptions(unclear.value());
            Optional<Choice> picked = Choice.pick(options, text);
            if (picked.isPresent()) {
                return new Parsed.Value(new Answer(picked.get().value(), unclear.value(), in.messageId()));
            }
        }
        if (said.isEmpty() && Folding.tokens(text).stream().anyMatch(ABROAD::contains)) {
            return new Parsed.Reask(new Text("We helpen mensen die in Nederland wonen. Gaat het om iemand over de grens? "
                    + "Stuur dan 'medewerker', dan kijkt iemand van het klantenbureau met je mee. Woont die persoon in "
                    + "Nederland? Stuur dan de plaats of de postcode.", "We help people who live in the Netherlands. Is it "
                    + "about someone across the border? Then send 'human' and someone from the customer office will look "
                    + "into it with you. Do they live in the Netherlands? Then send the town or postcode."), false);
        }
        if (said.isEmpty() && onlyNotKnowing(text)) {
            // "weet ik niet precies": for a neighbour or a relative far away; the town, the municipality or a
            // postcode will do, and a person can help find it
            return new Parsed.Reask(new Text("Dat geeft niets. Weet je ongeveer waar? De naam van het dorp, de stad of "
                    + "de gemeente is genoeg. Weet je het echt niet? Stuur dan 'medewerker'.", "That's fine. Do you "
                    + "know roughly where? The name of the village, town or municipality is enough. Don't know at all? "
                    + "Then send 'human'."), false);
        }
        Optional<String> region = said.isEmpty() ? Folding.tokens(text).stream().filter(REGIONS::containsKey)
                .findFirst().map(REGIONS::get) : Optional.empty();
        if (region.isPresent()) {
            // "achterhoek": a region of several municipalities, and the place in it is asked
            return new Parsed.Reask(new Text(region.get() + " is groot. In welke plaats precies? Een postcode mag ook.",
                    region.get() + " is a large area. Which town exactly? A postcode is fine too."), false);
        }
        boolean shared = unclear != null && !gazetteer.sharing(unclear.value()).isEmpty();
        if (unclear != null && !shared && said.isPresent() && said.get().postcode() == null
                && Folding.fold(said.get().said()).equals(Folding.fold(said.get().municipality().name()))) {
            // "Oldebroek" after "Wezep ken ik niet": the municipality of the place the client named, which stays
            return new Parsed.Value(new Answer(said.get().municipality().name(), unclear.value(), in.messageId()));
        }
        Optional<String> unknown = said.isEmpty() && !shared ? unknownPlace(text) : Optional.empty();
        if (unknown.isPresent()) {
            // "Wezep", "hij woont in 't Harde": a place the tables do not know (they know every municipality,
            // the places only in the members' regions); its municipality is asked, the first time without a sorry
            return new Parsed.Reask(whereIs(unknown.get()), state.misunderstood() > 0);
        }
        if (said.isEmpty()) {
            // a word or three is a place we do not know; a sentence without one is no place at all
            return new Parsed.Reask(unclear != null ? aboutPlace(unclear.value())
                    : Folding.tokens(text).size() <= MAX_PLACE_WORDS ? new Text(
                    "Die plaats ken ik niet. Stuur de naam van je woonplaats of je postcode (bijvoorbeeld 7131 AB).",
                    "I don't know that place. Please send the name of the town or the postcode (for example 7131 AB).")
                    : new Text("Stuur alleen de naam van de woonplaats of de postcode, bijvoorbeeld: Groenlo of 7131 AB.",
                    "Please send just the name of the town or the postcode, for example: Groenlo or 7131 AB."));
        }
        // the which-one question is no fault of the client's: the postcode or an option tells
        return gazetteer.unclear(said.get()).isEmpty() ? new Parsed.Value(placeAnswer(said.get(), text, in.messageId()))
                : new Parsed.Reask(whichPlace(said.get().said()), false);
    }

    /**
     * "hij woont in 't Harde", "lives in Wezep and has dementia": the place named after living there, one to
     * three words up to the end of the clause or a word that goes on with something else ("en", "and").
     */
    private static final Pattern LIVES_IN = Pattern.compile("(?iu)\\b(?:woont|woon|wonen|wonend|woonachtig|lives|live"
            + "|living)\\s+(?:in|te)\\s+(['’]?\\p{L}[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,2}?)(?=\\s*[.!]*\\s*$"
            + "|\\s+(?:en|and|maar|but|want|met|with|sinds|since|bij|near|op|at|heeft|has|is)\\b)");
    /** Words of a description of where, not of a name: "ergens in het oosten", "near the border". */
    private static final Set<String> NOT_A_PLACE_NAME = Set.of("in", "ergens", "somewhere", "buurt", "near", "omgeving",
            "regio", "area", "oosten", "westen", "noorden", "zuiden", "east", "west", "north", "south", "een", "a", "het",
            "the", "stad", "dorp", "town", "city", "village", "centrum", "wijk", "flat", "huis", "home", "tehuis");

    /**
     * A place name we do not know, as the client wrote it (its first letter a capital): the whole answer
     * when it is a few words that could be a name, or the place at the end of "hij woont in ...".
     */
    private static Optional<String> unknownPlace(String text) {
        String name = text.strip().replaceAll("[.!]+$", "");
        Matcher lives = LIVES_IN.matcher(name);
        if (lives.find()) {
            name = lives.group(1).strip();
        } else if (Folding.tokens(name).size() > MAX_PLACE_WORDS) {
            return Optional.empty();
        }
        // "weet ik niet", "ergens anders", "06 1234": no place name
        if (name.isEmpty() || !looksLikeAName(name) || !name.matches("[\\p{L}'’ -]+") || !name.matches(".*\\p{L}{2}.*")
                || Folding.tokens(name).stream().anyMatch(t -> NOT_A_PLACE_NAME.contains(t) || REGIONS.containsKey(t))) {
            return Optional.empty();
        }
        int first = name.codePointAt(0);
        return Optional.of(new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(name.substring(Character.charCount(first))).toString());
    }

    /**
     * The place told in passing, strictly as the place step's reader reads it, from one look in the
     * gazetteer: a clear one is the answer, a name several municipalities share ("Hengelo") is noted.
     */
    private DialogueState placeInPassing(DialogueState s, String text, long messageId) {
        if (betweenTwoPlaces(text).isPresent()) {
            // near both, in neither for sure: the place question asks which
            return s;
        }
        Optional<PlaceMatch> said = placeIn(text, gazetteer::findIn);
        if (said.isEmpty()) {
            // "mijn vader woont in Wezep, hij is 80": a place we do not know, asked about at the place question
            Optional<String> unknown = s.unclearPlace() == null ? livesInAnUnknownPlace(text) : Optional.empty();
            return unknown.map(name -> s.withUnclearPlace(new Answer(name, text, messageId))).orElse(s);
        }
        return gazetteer.unclear(said.get()).isEmpty() ? s.with(Slot.PLACE, placeAnswer(said.get(), text, messageId))
                : s.withUnclearPlace(new Answer(said.get().said(), text, messageId));
    }

    /** The state noting a place name several municipalities share, when the text names one ("nee, in Hengelo"). */
    DialogueState withUnclearPlaceIn(DialogueState s, String text, long messageId) {
        return noteUnclearPlace(s, text, messageId, gazetteer::findIn);
    }

    /** "Hengelo" in the text, a name more than one municipality has, kept until the place question asks which. */
    private DialogueState noteUnclearPlace(DialogueState s, String text, long messageId,
                                           Function<String, Optional<PlaceMatch>> find) {
        Optional<PlaceMatch> said = placeIn(text, find);
        if (said.isEmpty() || gazetteer.unclear(said.get()).isEmpty()) {
            return s;
        }
        return s.withUnclearPlace(new Answer(said.get().said(), text, messageId));
    }

    /** The place question about a name told before: which of the places of that name, or where it lies. */
    private Text aboutPlace(String name) {
        return gazetteer.sharing(name).isEmpty() ? whereIs(name) : whichPlace(name);
    }

    private static Text whereIs(String unknown) {
        return new Text(unknown + " ken ik niet. In welke gemeente ligt het? Bijvoorbeeld: Oost Gelre. Een postcode mag "
                + "ook.", unknown + " is a place I don't know. Which municipality is it in? For example: Oost Gelre. "
                + "A postcode is fine too.");
    }

    /** "hij woont in Wezep" as a clause of a longer message: the place, as {@link #unknownPlace} writes it. */
    private static Optional<String> livesInAnUnknownPlace(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("woon") && !lower.contains("live")) {
            return Optional.empty();
        }
        for (String clause : CLAUSE_END.split(text)) {
            if (LIVES_IN.matcher(clause.strip()).find()) {
                return unknownPlace(clause);
            }
        }
        return Optional.empty();
    }

    private Text whichPlace(String name) {
        List<Choice> options = placeOptions(name);
        return new Text("Er zijn meer plaatsen die " + name + " heten. Welke bedoel je?"
                + Choice.render(options, Language.NL) + "\nJe mag ook je postcode sturen.",
                "More than one place is called " + name + ". Which one do you mean?"
                        + Choice.render(options, Language.EN) + "\nYou can also send your postcode.");
    }

    /**
     * One option for each municipality with a place of this name: "Hengelo in Gelderland (gemeente
     * Bronckhorst)", chosen by its number, its province when only it lies there, or its municipality.
     */
    private List<Choice> placeOptions(String name) {
        List<Municipality> meant = gazetteer.sharing(name);
        List<Choice> options = new ArrayList<>(meant.size());
        for (Municipality m : meant) {
            String municipality = BRACKETED.matcher(m.name()).replaceFirst("");
            boolean sameName = Folding.fold(municipality).equals(Folding.fold(name));
            List<String> words = new ArrayList<>(List.of("gemeente " + municipality, "municipality " + municipality));
            if (!sameName) {
                words.add(municipality);
            }
            boolean onlyInProvince = meant.stream().filter(o -> o.province().equals(m.province())).count() == 1;
            if (onlyInProvince) {
                words.add(m.province());
                words.addAll(PROVINCE_ABBREVIATIONS.getOrDefault(m.province(), List.of()));
            }
            String where = name + " in " + m.province();
            options.add(new Choice(m.name(), sameName && onlyInProvince ? new Text(where, where)
                    : new Text(where + " (gemeente " + municipality + ")", where + " (municipality " + municipality + ")"),
                    words));
        }
        return options;
    }

    /** The municipality, and as said: the place and the postcode, with the house number when one followed it. */
    private static Answer placeAnswer(PlaceMatch p, String text, long id) {
        String address = Gazetteer.addressIn(text);
        String postcode = address != null ? address : p.postcode();
        String said = postcode != null && !p.said().equals(p.postcode()) ? p.said() + ", " + postcode
                : postcode != null ? postcode : p.said();
        return new Answer(p.municipality().name(), said, id);
    }

    private static Text place(Text whereLives) {
        return new Text(whereLives.nl() + " Een plaatsnaam of postcode is genoeg.",
                whereLives.en() + " A town or postcode is enough.");
    }

    // ---- need

    private Optional<Answer> need(String text, long id, boolean answering) {
        String said = text.strip();
        if (said.length() > MAX_NEED_CHARS) {
            said = said.substring(0, MAX_NEED_CHARS);
        }
        // the age, when it comes, tells the kind of care in words like "verward" (settleNeed)
        CareVocabulary.Reading care = vocabulary.reading(careWords(said), null);
        if (care.categories().isEmpty() && !care.waitsForAge() && (!answering
                || Folding.fold(said).replace(" ", "").length() < 3 || answersAnotherQuestion(said))) {
            return Optional.empty();
        }
        return Optional.of(new Answer(codes(care.categories()), said, id));
    }

    /**
     * The age as the client reads it back: "82 jaar", and a baby's in months as told ("4 maanden"), not
     * "0 jaar".
     */
    static String ageText(Answer age, Language l, boolean old) {
        // an age said as a number ("mijn zoon van 15") is no rough one, unless said as one ("een jaar of 80");
        // the patterns only for the others
        if (!age.said().contains(age.value()) || saysARoughAge(age.said())) {
            Optional<RoughAge> rough = roughAge(age.said(), Folding.fold(age.said()), true);
            if (rough.isPresent() && Integer.toString(rough.get().value()).equals(age.value())) {
                return rough.get().told().in(l);
            }
        }
        if (!"0".equals(age.value())) {
            return age.value() + (l == Language.EN ? (old ? " years old" : " years") : " jaar");
        }
        Matcher months = MONTHS.matcher(Folding.fold(age.said()));
        if (months.find()) {
            String n = months.group().replaceAll("[^0-9]", "");
            boolean one = n.equals("1");
            return n + (l == Language.EN ? (one ? " month" : " months") + (old ? " old" : "")
                    : (one ? " maand" : " maanden"));
        }
        return l == Language.EN ? "under 1 year old" : "jonger dan 1 jaar";
    }

    /** The text without the greeting it starts with: "Hoi, ik zoek ..." is "ik zoek ...". */
    static String withoutGreeting(String text) {
        Matcher m = GREETING.matcher(text);
        return m.lookingAt() && m.end() < text.length() ? text.substring(m.end()) : text;
    }

    /** "Hoi", "hallo!": a message that only greets. */
    static boolean onlyAGreeting(String text) {
        Matcher m = GREETING.matcher(text);
        return m.lookingAt() && m.end() == text.length();
    }

    /** "weet ik niet", "geen idee": a message that says only that the client does not know. */
    private static boolean onlyNotKnowing(String text) {
        return Folding.tokens(text).size() <= 5 && Choice.number(text).isEmpty()
                && Choice.pick(List.of(DONT_KNOW), text).isPresent();
    }

    /**
     * "zsm", "ja", "2": a short answer that fits another question, not a description of help; and, a
     * little longer, one that says how soon or tells the indication in words that count in passing
     * ("binnen een paar weken", "ik heb snel hulp nodig", "ze heeft al een indicatie"). Its reader
     * only calls this when the message names no kind of care.
     */
    private static boolean answersAnotherQuestion(String text) {
        // "anna@example.nl", "06 12345678": how to reach the client, nothing of the help
        if (withoutContactDetail(text).isBlank()) {
            return true;
        }
        int words = Folding.tokens(text).size();
        if (words <= 2) {
            return Choice.number(text).isPresent() || Choice.pick(URGENCY, text).isPresent()
                    || Choice.pick(INDICATION, text).isPresent() || Choice.pick(CONSENT, text).isPresent();
        }
        return words <= ANOTHER_ANSWER_WORDS
                && (phraseChoice(URGENCY_IN_PASSING, text).isPresent() || indication(text).isPresent());
    }

    // ---- indication

    private static final Set<String> INDICATION_WORDS = Set.of("indicatie", "beschikking", "wmo", "jeugdwet", "wlz",
            "pgb", "zorgtoewijzing", "toewijzing", "ciz", "zorgindicatie", "assessment", "geindiceerd", "zzp",
            "zorgzwaartepakket", "vpt", "mpt", "zorgprofiel");
    /** Words near an indication that it is still being decided: "loopt nog bij het CIZ", "we wachten op de beschikking". */
    private static final List<String> STILL_DECIDING = List.of("aangevraagd", "aanvraag", "applied", "nog bezig",
            "wachten op", "wacht op", "in behandeling", "pending", "waiting for");
    /** "wmo loopt", "loopt nog bij het ciz": still being decided; "de indicatie loopt (nog) tot 2027" runs. */
    private static final Pattern STILL_RUNNING = Pattern.compile("\\bloopt\\b(?! (?:nog )?(?:tot|af|door|t m|tm|until)\\b)");
    /** "nog niet aangevraagd", "er is geen indicatie aangevraagd": not applied for; not "niet rond, wel aangevraagd". */
    private static final Pattern NOT_APPLIED = Pattern.compile("\\b(?:geen|niet|not|never|nooit)(?: (?!wel\\b|maar\\b"
            + "|but\\b)\\w+){0,3} (?:aangevraagd|applied)\\b");
    /** The most words of a message that says only that help was applied for: "aangevraagd bij de gemeente". */
    private static final int APPLIED_WORDS = 5;
    private static final Set<String> NEGATIONS = Set.of("geen", "niet", "no", "not", "nog", "zonder", "without");

    /** Words near an indication that the client has yet to apply for it: "ik wil wmo aanvragen", "hoe vraag ik die aan". */
    private static final List<String> TO_APPLY_FOR = List.of("aanvragen", "aan te vragen", "aanvraag doen", "vraag ik",
            "vragen we", "apply for", "to apply", "how do i get", "hoe krijg ik", "hoe krijgen we");
    /** Words near an indication that ask about it instead of telling it: "heeft ze recht op wmo?", "eigen bijdrage wmo". */
    private static final List<String> ASKING_ABOUT = List.of("recht op", "eigen bijdrage", "entitled", "eligible");
    /** "een vraag over een pgb", "informatie over de wmo": the indication word is what a question is about. */
    private static final Pattern QUESTION_ABOUT = Pattern.compile("\\b(?:vraag|vraagje|vragen|informatie|info|uitleg"
            + "|question|questions|information) (?:over|about) (?:een |de |het |mijn |ons |onze |a |an |the |my |our )?$");
    /** A sentence and what ends it: a question's indication word is asked about, not told. */
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*");

    /**
     * As the answer to the indication question, words of applying name it without naming it: "we're still
     * waiting for the decision", "het loopt nog" (applied for); "ik wil een aanvraag doen" (not yet).
     */
    private static Optional<Indication> stillDeciding(String text) {
        if (text.contains("?")) {
            // "hoe vraag ik dat aan?" asks what it is (explained), it tells nothing
            return Optional.empty();
        }
        String folded = " " + Folding.fold(text) + " ";
        if (TO_APPLY_FOR.stream().anyMatch(w -> folded.contains(" " + w + " ")) || NOT_APPLIED.matcher(folded).find()) {
            return Optional.of(Indication.NO);
        }
        return STILL_DECIDING.stream().anyMatch(w -> folded.contains(" " + w + " "))
                || folded.contains("loopt") && STILL_RUNNING.matcher(folded).find()
                ? Optional.of(Indication.REQUESTED) : Optional.empty();
    }

    static Optional<Indication> indication(String text) {
        List<String> tokens = Folding.tokens(text);
        if (tokens.stream().anyMatch(INDICATION_WORDS::contains)) {
            // most messages name no indication: only these are read sentence by sentence
            Matcher sentences = SENTENCE.matcher(text);
            while (sentences.find()) {
                Optional<Indication> told = indicationInSentence(sentences.group());
                if (told.isPresent()) {
                    return told;
                }
            }
        }
        // "aangevraagd bij de gemeente", "is al aangevraagd": said alone, it answers the indication
        return tokens.size() <= APPLIED_WORDS && tokens.contains("aangevraagd") && !tokens.contains("niet")
                && !tokens.contains("geen") ? Optional.of(Indication.REQUESTED) : Optional.empty();
    }

    private static Optional<Indication> indicationInSentence(String sentence) {
        List<String> tokens = Folding.tokens(sentence);
        for (int i = 0; i < tokens.size(); i++) {
            if (INDICATION_WORDS.contains(tokens.get(i))) {
                String window = String.join(" ", tokens.subList(Math.max(0, i - 4), Math.min(tokens.size(), i + 4)));
                // a little further on: "de indicatie is nog niet rond, wel aangevraagd"
                String after = String.join(" ", tokens.subList(Math.max(0, i - 4), Math.min(tokens.size(), i + 8)));
                // "ik wil een aanvraag doen" is yet to apply, "de aanvraag loopt" applied for
                if (TO_APPLY_FOR.stream().anyMatch(window::contains) || NOT_APPLIED.matcher(after).find()) {
                    return Optional.of(Indication.NO);
                }
                if (STILL_DECIDING.stream().anyMatch(after::contains) || STILL_RUNNING.matcher(window).find()) {
                    return Optional.of(Indication.REQUESTED);
                }
                if (sentence.strip().endsWith("?") || ASKING_ABOUT.stream().anyMatch(window::contains)
                        || QUESTION_ABOUT.matcher(String.join(" ", tokens.subList(Math.max(0, i - 4), i)) + " ").find()) {
                    return Optional.empty();
                }
                for (int j = Math.max(0, i - 3); j < i; j++) {
                    if (NEGATIONS.contains(tokens.get(j)) && !tokens.get(j).equals("nog")) {
                        return Optional.of(Indication.NO);
                    }
                }
                return Optional.of(Indication.YES);
            }
        }
        return Optional.empty();
    }

    // ---- name

    /** The text with a birthday told in it taken out: "hij wordt 90 volgende maand" says nothing of how soon. */
    static String withoutBirthday(String text) {
        return tellsABirthday(text) ? BIRTHDAY.matcher(text).replaceAll(" ") : text;
    }

    /** Whether the text tells when a birthday is ({@link #BIRTHDAY}); its words first, the pattern after. */
    static boolean tellsABirthday(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.contains("word") || lower.contains("turn") || lower.contains("jarig"))
                && BIRTHDAY.matcher(text).find();
    }

    static Optional<String> introducedName(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        // the patterns below cost microseconds; every name they read follows one of these words
        // "Hallo, met Anja de Boer.", "u spreekt met Henk", "this is Sarah", "Anja hier": how a call starts
        if (lower.contains("met ") || lower.contains("this is") || lower.contains(" hier")) {
            Matcher greeting = NAME_AS_ON_THE_PHONE.matcher(text);
            if (greeting.find()) {
                String name = greeting.group(1) != null ? greeting.group(1) : greeting.group(2);
                String first = Folding.fold(name.split("\\s+")[0]);
                if (!RELATIONS.containsKey(first) && !NOT_A_NAME_AFTER_I_AM.contains(first)) {
                    return Optional.of(name);
                }
            }
        }
        if (lower.contains("groet") || lower.contains("mvg") || lower.contains("regards") || lower.contains("wishes")) {
            Matcher signed = SIGNATURE.matcher(text);
            while (signed.find()) {
                String first = Folding.fold(signed.group(1).split("\\s+")[0]);
                if (!RELATIONS.containsKey(first) && !PROFESSIONS.contains(first)) {
                    return Optional.of(signed.group(1));
                }
            }
        }
        if (!lower.contains("naam") && !lower.contains("heet") && !lower.contains("name") && !lower.contains("noem")
                && !lower.contains("call") && !lower.contains("ben") && !lower.contains("i am")
                && !lower.contains("i'm") && !lower.contains("im ")) {
            return Optional.empty();
        }
        Matcher m = NAME_INTRO.matcher(text);
        if (!m.find()) {
            Matcher own = OWN_NAME.matcher(text);
            while (own.find()) {
                String name = own.group(1);
                String first = Folding.fold(name.split("\\s+")[0]);
                if (!RELATIONS.containsKey(first) && !NOT_A_NAME_AFTER_I_AM.contains(first) && !CARERS.contains(first)
                        && !PROFESSIONS.contains(first)) {
                    return Optional.of(name);
                }
            }
            return Optional.empty();
        }
        // "noem me maar Els": the name comes after the filler; "call me back", "bel me na 5" name no one
        String name = NAME_END.split(LEADING_FILLER.matcher(m.group(1).strip()).replaceFirst(""), 2)[0]
                .replaceAll("[ .'-]+$", "");
        String[] words = name.split(" ");
        if (name.isEmpty() || NOT_A_NAME_AFTER_CALL_ME.contains(Folding.fold(words[0]))) {
            return Optional.empty();
        }
        // "mijn naam is Anna en ik zoek ..." -> Anna: a name is at most three words, and ends where the
        // sentence goes on, in any case ("MIJN NAAM IS TRUUS EN IK BEN 82")
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            if (kept.size() == 3 || !kept.isEmpty() && AFTER_A_NAME.contains(Folding.fold(w))) {
                break;
            }
            kept.add(w);
        }
        return Optional.of(inNameCase(String.join(" ", kept)));
    }

    /**
     * A name typed all in capitals or all in small letters, as a name is written: "TRUUS" and "truus" are
     * "Truus", "jan van dijk" is "Jan van Dijk"; a name typed with its own capitals stays as it is.
     */
    static String inNameCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(out.isEmpty() || !NAME_PARTICLES.contains(w) ? capitalised(w) : w);
        }
        return out.toString();
    }

    /** "anne-marie" is "Anne-Marie". */
    private static String capitalised(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-';
        }
        return out.toString();
    }

    private Parsed answerName(String said, Input in, DialogueState s) {
        // "Anja 0612345678": the number is read as the contact (extractAll); the name is what is left
        String text = withoutContactDetail(said);
        Optional<String> intro = introducedName(text);
        // "Hoi, ik ben Piet": the greeting is not part of the name
        String name = intro.orElse(GREETING.matcher(text).replaceFirst("").strip().replaceAll("[.!]+$", ""));
        // As the answer to "what may we call you?", "ik ben Piet" is a name too.
        Matcher answered = NAME_IN_ANSWER.matcher(name);
        if (intro.isEmpty() && answered.matches()) {
            name = answered.group(1).strip();
        }
        // "Anja, bel me op 06-12345678": the name is the first part; the rest is read for other answers
        String[] clauses = NAME_END.split(name, 2);
        if (clauses.length == 2 && isARole(clauses[0])) {
            // "ik ben de dochter, Petra": who the writer is comes first, then the name
            clauses = NAME_END.split(clauses[1], 2);
        }
        if (clauses.length == 2 && !clauses[0].isBlank()) {
            name = clauses[0].strip();
        } else if (clauses.length == 1) {
            name = clauses[0].strip();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (intro.isEmpty() && (lower.contains("niet") || lower.contains("anoniem") || lower.contains("geen")
                || lower.contains("rather") || lower.contains("prefer") || lower.contains("no name")
                || lower.contains("anonymous")) && KEEPS_THEIR_NAME.matcher(Folding.fold(text)).find()) {
            return new Parsed.Reask(new Text("Dat begrijp ik. We gebruiken je naam alleen om je aan te spreken. Een "
                    + "voornaam is genoeg, of een naam die je zelf kiest.", "I understand. We only use your name to "
                    + "address you. A first name is enough, or any name you choose."), false);
        }
        if (!name.isEmpty() && (!Character.isLetter(name.charAt(0)) || !Character.isLetter(name.charAt(name.length() - 1)))) {
            name = AROUND_A_NAME.matcher(name).replaceAll("");
        }
        if (isARole(name) && s.misunderstood() == 0) {
            return new Parsed.Reask(new Text("Fijn dat je dat vertelt. Hoe mogen we jou noemen? Je voornaam is genoeg.",
                    "Thanks for telling me. What may we call you? Your first name is enough."), false);
        }
        if (intro.isEmpty() && text.contains("?")) {
            // "waarom?", "moet dat?": a question back, not a name
            return new Parsed.Reask(new Text("Dan weet de coördinator hoe je heet. Je voornaam is genoeg. "
                    + "Hoe mogen we je noemen?", "So the coordinator knows what to call you. Your first name is enough. "
                    + "What may we call you?"), false);
        }
        if (name.length() > 80 || !name.matches("(?s).*\\p{L}.*") || name.matches("(?s).*[0-9@].*")
                || intro.isEmpty() && !looksLikeAName(name)) {
            return new Parsed.Reask(new Text("Stuur alleen je naam, bijvoorbeeld: Anna.", "Please send just your name, for example: Anna."));
        }
        name = inNameCase(name);
        return new Parsed.Value(new Answer(name, name, in.messageId()));
    }

    /**
     * Words that a reply made of only a name never holds ("bel me maar", "ja hoor", "weet ik niet").
     * Name particles (de, van, der, ten) are not among them.
     */
    private static final Set<String> NOT_IN_A_NAME = Set.of("ik", "me", "mij", "je", "jij", "u", "wij", "we", "maar",
            "graag", "niet", "wel", "bel", "belt", "bellen", "app", "appen", "mail", "mailen", "via", "liever", "wil",
            "weet", "geen", "nee", "ja", "mag", "hoor", "oke", "ok", "i", "my", "call", "phone", "please", "no", "yes",
            "dont", "know", "not", "klopt", "prima", "goed", "dank", "bedankt", "thanks", "thank", "sorry", "hoi",
            "hallo", "hi", "hello", "okay", "top", "super", "correct", "fine", "help", "hulp", "wat", "waarom", "hoe",
            "wie", "what", "why", "how", "who", "jazeker", "jep", "yep", "nope", "akkoord");
    private static final int MAX_NAME_WORDS = 6;

    /** "de moeder", "the daughter": said as one's name, who the writer is, not whom the care is for. */
    static boolean writersRole(String text) {
        return isARole(text) && ARTICLES.contains(Folding.tokens(text).getFirst());
    }

    /** "de dochter", "zijn mantelzorger", "the neighbour": who the writer is to someone, not a name. */
    private static boolean isARole(String text) {
        List<String> words = Folding.tokens(text);
        return words.size() >= 2 && words.size() <= 3 && (RELATIONS.containsKey(words.getLast())
                || CARERS.contains(words.getLast())) && (ARTICLES.contains(words.getFirst())
                || POSSESSIVES.contains(words.getFirst()) || words.getFirst().equals("his")
                || words.getFirst().equals("her"));
    }

    private static boolean looksLikeAName(String text) {
        List<String> words = Folding.tokens(Folding.fold(text));
        return !words.isEmpty() && words.size() <= MAX_NAME_WORDS && words.stream().noneMatch(NOT_IN_A_NAME::contains);
    }

    private static final Pattern CALL_ME = Pattern.compile(
            "\\b(bel me|bel mij|belt u mij|terugbellen|opbellen|call me|phone me)\\b");
    // "bellen" is a wish only said as one: "liever bellen", "u mag mij bellen"; "de buren bellen mij steeds" is not
    private static final Pattern CALLING = Pattern.compile("\\bbellen\\b");
    private static final Pattern CALL_WISH = Pattern.compile("\\b(?:liever|liefst|graag|mag|mogen|kun|kunt|kunnen|kan"
            + "|wil|wilt|willen|prima|goed|ok|oke|telefonisch|aub|alsjeblieft|svp|please|pls)\\b");

    /** Whether the folded clause asks for a call: "bel me maar", "liever bellen", "bellen". */
    private static boolean wantsACall(String folded) {
        return CALL_ME.matcher(folded).find() || CALLING.matcher(folded).find()
                && (folded.equals("bellen") || CALL_WISH.matcher(folded).find());
    }

    /** "liever niet bellen", "bel me niet", "don't call me": the opposite of a wish to be called. */
    private static final Pattern NOT_CALLED = Pattern.compile(
            "\\b(niet|geen|nooit|not|dont|don t|never)\\s+(\\w+\\s+){0,2}(bel|bellen|gebeld|call|phone)"
                    + "|\\b(bel|bellen|call|phone)\\s+(me|mij)?\\s*(maar\\s+)?(niet|not|never)\\b");

    // not the colon or full stop of a time: "bel me na 17:00"
    private static final Pattern CLAUSE_END = Pattern.compile("[,;!?\\n]+|[.:]+(?![0-9])");

    /**
     * "bel me maar" in any message: the coordinator may call the number the client writes from. Read
     * per clause, so "niet nu, bel me morgen" asks for a call and "liever niet bellen" does not; the
     * clause that asks is returned ("bel me maar na 17:00").
     */
    private static Optional<String> askToBeCalled(String text, Medium medium) {
        return medium.knowsPhoneNumber() ? clauseThat(text, List.of("bel", "call", "phone"),
                folded -> wantsACall(folded) && !NOT_CALLED.matcher(folded).find()
                        && !OfficeQuestion.clientCalls(folded)) : Optional.empty();
    }

    /**
     * The first clause of the text whose folded words pass the test, as the client wrote it. Every such clause
     * holds one of the words; most messages hold none, and are not split into clauses.
     */
    private static Optional<String> clauseThat(String text, List<String> words, Predicate<String> passes) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (words.stream().noneMatch(lower::contains)) {
            return Optional.empty();
        }
        for (String clause : CLAUSE_END.split(text)) {
            if (passes.test(Folding.fold(clause))) {
                return Optional.of(clause.strip());
            }
        }
        return Optional.empty();
    }

    /**
     * "liever per sms", "sms me maar", "stuur maar een sms'je", "text me please": a text message to the
     * number the client writes from. Every such wish says one of these words; most messages none.
     */
    private static final Pattern TEXT_ME = Pattern.compile("\\b(?:(?:liever|liefst|graag|alleen|stuur|per|via|met)"
            + "(?:\\s+\\w+){0,3}\\s+sms(?:je|jes|en)?|sms(?:t|en)?\\s+(?:me|mij|ons)|sms(?:je|en)?\\s+(?:graag|is goed"
            + "|is prima|liever|liefst)|(?:text|sms)\\s+me|(?:by|via|per)\\s+(?:text|sms)(?:\\s+message)?"
            + "|prefer\\s+(?:a\\s+)?(?:text|sms))\\b");
    /** "geen sms", "niet sms'en", "don't text me": the opposite. */
    private static final Pattern NOT_TEXTED = denied("sms|text");
    /** A reply at the contact question that is only the wish: "sms", "per sms", "sms'je graag". */
    private static final Set<String> SMS_WORDS = Set.of("sms", "sms en", "smsen", "smsje", "sms je", "een sms",
            "een sms je", "een smsje", "per sms", "via sms", "sms graag", "graag sms", "sms is goed", "text",
            "text message", "by text", "a text", "texting", "sms please");

    /** The clause that asks for a text message to this number, as {@link #askToBeCalled} reads a call. */
    private static Optional<String> askToBeTexted(String text, Medium medium) {
        return medium.knowsPhoneNumber() ? clauseThat(text, List.of("sms", "text"),
                folded -> TEXT_ME.matcher(folded).find() && !NOT_TEXTED.matcher(folded).find()) : Optional.empty();
    }

    /** "via whatsapp is prima", "app me maar": on WhatsApp, this chat is how the client wants to be reached. */
    private static final Pattern WHATSAPP_ME = Pattern.compile("\\b(?:(?:via|per|over|op|met) (?:de |deze |dit )?"
            + "whatsapp|whatsapp (?:is|graag|maar|prima|liever|liefst)|(?:liever|liefst|graag|gewoon) (?:via |per )?"
            + "whatsapp|app (?:me|mij|ons)|appen (?:is|mag|graag)|(?:stuur|sturen) (?:me |mij )?(?:maar )?een appje"
            + "|(?:via|by|on|over) whatsapp)\\b");
    private static final Pattern NOT_WHATSAPP = denied("whatsapp|app|appen|appje");

    /** A "no" up to two words before one of the words: "geen sms", "liever niet via whatsapp". */
    private static Pattern denied(String words) {
        return Pattern.compile("\\b(?:geen|niet|nooit|not|no|dont|don t|never)\\s+(?:\\w+\\s+){0,2}(?:" + words + ")");
    }

    /** The clause that asks to be reached in this chat, on WhatsApp, as {@link #askToBeCalled} reads a call. */
    private static Optional<String> askThroughWhatsApp(String text, Medium medium) {
        return medium == Medium.WHATSAPP ? clauseThat(text, List.of("app"),
                folded -> WHATSAPP_ME.matcher(folded).find() && !NOT_WHATSAPP.matcher(folded).find()) : Optional.empty();
    }

    /** "bel me maar", "sms me", "text me please": every clause asks how to be reached, and says nothing else. */
    private static boolean onlyHowToBeReached(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("bel") && !lower.contains("call") && !lower.contains("phone") && !lower.contains("sms")
                && !lower.contains("text")) {
            return false;
        }
        boolean asks = false;
        for (String clause : CLAUSE_END.split(text)) {
            String folded = Folding.fold(clause);
            if (folded.isEmpty() || ONLY_POLITE.contains(folded)) {
                continue;
            }
            boolean wish = wantsACall(folded) && !NOT_CALLED.matcher(folded).find()
                    || TEXT_ME.matcher(folded).find() && !NOT_TEXTED.matcher(folded).find();
            // and nothing besides: "bel me maar" is all wish, "bel me, het is voor mijn vader" more
            if (!wish || !CONTACT_WISH_ONLY.matcher(folded).matches()) {
                return false;
            }
            asks = true;
        }
        return asks;
    }

    /** A clause that is a wish to be called or texted and nothing else. */
    private static final Pattern CONTACT_WISH_ONLY = Pattern.compile("(?:(?:graag|liever|liefst|maar|even|alsjeblieft"
            + "|aub|a u b|svp|please|pls|me|mij|ons|je|jullie|u|wil|willen|kunnen|kun|kan|jij|ik|i|would|like|you|can"
            + "|could|een|a|per|via|stuur|terug|op|dit|this|nummer|number|bel|bellen|belt|terugbellen|opbellen|call"
            + "|phone|sms|smsje|sms je|smsen|sms en|text|message|back)\\s*)+");
    private static final Set<String> ONLY_POLITE = Set.of("graag", "please", "pls", "dank je", "dank u", "thanks",
            "alsjeblieft", "aub");

    /** A text message to this number: on SMS that is this channel, on WhatsApp the other app on the phone. */
    private static ContactPreference texted(Medium medium) {
        return medium == Medium.SMS ? ContactPreference.THIS_CHANNEL : ContactPreference.SMS;
    }

    // ---- contact

    private static Text contactQuestion(DialogueState s, Medium medium) {
        if (!medium.knowsPhoneNumber()) {
            return new Text("Hoe kan de coördinator je bereiken? Stuur je telefoonnummer of e-mailadres.",
                    "How can the coordinator reach you? Please send your phone number or e-mail address.");
        }
        return withChoices(new Text("Hoe wil je dat de coördinator contact met je opneemt?",
                "How would you like the coordinator to contact you?"), contactChoices(medium));
    }

    /** "ik heb geen telefoon", "no phone": asked on the web chat for a number or address. */
    private static final Pattern NO_PHONE = Pattern.compile("\\b(?:geen|no|dont have a|don t have a) (?:telefoon|mobiel"
            + "|mobieltje|gsm|nummer|telefoonnummer|phone|mobile|number)\\b");
    private static final Pattern NO_MAIL = Pattern.compile("\\b(?:geen|no|dont have an?|don t have an?) (?:e ?mail"
            + "|mailadres|e ?mailadres|email address)\\b");

    /** Any way to be reached will do: the channel the client writes on. */
    private static final Set<String> ANY_WAY = Set.of("maakt niet uit", "maakt me niet uit", "maakt niks uit",
            "allebei goed", "alles goed", "alles is goed", "wat jullie willen", "zoals jullie willen", "doesnt matter",
            "any way", "either is fine", "whatever");

    /** The ways to be reached named on the web chat, where the number or address is still to come. */
    private static final List<Choice> WEB_CONTACT_WAYS = List.of(
            new Choice("CALL", new Text("Goed, dan bellen we je. Op welk telefoonnummer?",
                    "Fine, we'll call you. On which phone number?"),
                    List.of("bel", "bellen", "bel me", "bel mij", "call", "call me", "telefoon", "telefonisch", "phone",
                            "bellen graag", "graag bellen")),
            new Choice("MAIL", new Text("Goed, dan mailen we je. Op welk e-mailadres?",
                    "Fine, we'll e-mail you. At which e-mail address?"),
                    List.of("email", "e mail", "mail", "mailen", "per mail", "mail me", "mailtje", "e mailen")),
            new Choice("SMS", new Text("Goed, dan sturen we je een sms. Op welk telefoonnummer?",
                    "Fine, we'll send you a text message. On which phone number?"),
                    List.of("sms", "per sms", "via sms", "sms graag", "graag sms", "smsje", "sms je", "een sms", "sms me",
                            "text", "text me", "by text", "text message")));

    private static List<Choice> contactChoices(Medium medium) {
        Choice channel = medium == Medium.WHATSAPP
                ? new Choice("THIS_CHANNEL", new Text("Via WhatsApp", "Through WhatsApp"), List.of("whatsapp", "app", "appen"))
                : new Choice("THIS_CHANNEL", new Text("Via sms", "By text message"), List.of("sms", "sms en", "text", "texting"));
        return List.of(channel,
                new Choice("CALL", new Text("Bel me op dit nummer", "Call me on this number"),
                        List.of("bel", "bellen", "bel me", "call", "call me", "telefoon", "phone")),
                new Choice("OTHER", new Text("Op een ander nummer of per e-mail", "Another number or by e-mail"),
                        List.of("ander nummer", "email", "e mail", "mail", "mailen", "per mail", "mailtje",
                                "another number", "anders")));
    }

    private Parsed answerContact(String text, Input in, DialogueState s) {
        Optional<String> detail = contactDetail(text);
        if (detail.isPresent()) {
            return new Parsed.Value(otherContact(detail.get(), text, in.messageId()));
        }
        if (!in.medium().knowsPhoneNumber()) {
            // "ik heb geen telefoon": the other way is asked; without either, a person helps
            String folded = Folding.fold(text);
            boolean noPhone = NO_PHONE.matcher(folded).find();
            boolean noMail = NO_MAIL.matcher(folded).find();
            if (noPhone || noMail) {
                return new Parsed.Reask(noPhone && noMail ? new Text("Geen telefoon en geen e-mail? Stuur dan "
                        + "'medewerker'. Iemand van het klantenbureau zoekt met je uit hoe we je kunnen bereiken.",
                        "No phone and no e-mail? Then send 'human'. Someone from the customer office will work out with "
                                + "you how we can reach you.")
                        : noPhone ? new Text("Geen probleem. Stuur dan je e-mailadres.",
                        "No problem. Then please send your e-mail address.")
                        : new Text("Geen probleem. Stuur dan je telefoonnummer.",
                        "No problem. Then please send your phone number."), false);
            }
            // "bellen graag", "mail me maar": the way is understood, the number or address is missing
            Optional<Choice> way = Choice.pick(WEB_CONTACT_WAYS, text);
            if (way.isPresent()) {
                return new Parsed.Reask(way.get().label(), false);
            }
            return new Parsed.Reask(new Text("Stuur een telefoonnummer (zoals 06 12345678) of een e-mailadres.",
                    "Please send a phone number (like 06 12345678) or an e-mail address."));
        }
        Optional<Choice> c = Choice.pick(contactChoices(in.medium()), text);
        String folded = Folding.fold(text);
        if (c.isEmpty() && in.medium() == Medium.WHATSAPP && (SMS_WORDS.contains(folded)
                || askToBeTexted(text, in.medium()).isPresent())) {
            // not offered on WhatsApp, and understood all the same: a text message to this number
            return new Parsed.Value(new Answer(ContactPreference.SMS.name(), text, in.messageId()));
        }
        if (c.isEmpty() && in.medium() == Medium.SMS && NOT_TEXTED.matcher(folded).find()) {
            return new Parsed.Reask(withChoices(new Text("Goed, dan geen sms. Hoe kan de coördinator je het beste bereiken?",
                    "Fine, no text messages. How can the coordinator best reach you?"), contactChoices(in.medium())), false);
        }
        if (c.isEmpty() && (ANY_WAY.contains(folded) || NOT_CALLED.matcher(folded).find()
                || NOT_TEXTED.matcher(folded).find())) {
            // "maakt niet uit", "niet bellen graag, ik werk", "liever geen sms": written to here, as they write to us
            return new Parsed.Value(new Answer(ContactPreference.THIS_CHANNEL.name(), text, in.messageId()));
        }
        if (c.isPresent() && !c.get().value().equals("OTHER")) {
            return new Parsed.Value(new Answer(c.get().value(), text, in.messageId()));
        }
        if (c.isPresent()) {
            // "liever mailen": understood, only the address is missing; "ander nummer": the number
            Optional<Choice> way = Choice.pick(WEB_CONTACT_WAYS, text).filter(w -> w.value().equals("MAIL"));
            return new Parsed.Reask(way.map(Choice::label).orElse(new Text(
                    "Stuur het telefoonnummer of e-mailadres waarop we je kunnen bereiken.",
                    "Please send the phone number or e-mail address where we can reach you.")), false);
        }
        return new Parsed.Reask(pickNumber(contactChoices(in.medium())));
    }


    /** A number or address, with when to use it when the client says: "0612345678, liever na 5 uur". */
    private static Answer otherContact(String detail, String text, long id) {
        return new Answer(ContactPreference.OTHER.name(),
                detail + ContactPreference.when(text).map(w -> ", " + w).orElse(""), id);
    }

    /** The text with a phone number or e-mail address taken out: "Anja 0612345678" is "Anja". */
    static String withoutContactDetail(String text) {
        if (contactDetail(text).isEmpty()) {
            return text;
        }
        String out = EMAIL_WITH_A_COMMA.matcher(EMAIL.matcher(text).replaceAll(" ")).replaceAll(" ");
        out = PHONE.matcher(out).replaceAll(" ");
        out = PHONE_ABROAD.matcher(out).replaceAll(" ");
        return out.replaceAll("\\s+", " ").replaceAll("^[\\s,;:-]+|[\\s,;:-]+$", "");
    }

    /**
     * The e-mail address or phone number in the text, both when both are given ("sam@example.nl /
     * 0612345678"); a number from abroad too ("+49 171 1234567").
     */
    static Optional<String> contactDetail(String text) {
        // the patterns cost microseconds on every message; most messages hold neither an @ nor ten digits
        String address = null;
        if (text.indexOf('@') >= 0) {
            Matcher email = EMAIL.matcher(text);
            Matcher comma = EMAIL_WITH_A_COMMA.matcher(text);
            address = email.find() ? email.group() : comma.find() ? comma.group().replace(',', '.') : null;
        }
        String number = null;
        if (text.chars().filter(Character::isDigit).count() >= PHONE_DIGITS) {
            Matcher phone = PHONE.matcher(text);
            Matcher abroad = PHONE_ABROAD.matcher(text);
            number = phone.find() ? phone.group().replaceAll("[ -]", "")
                    : abroad.find() ? abroad.group().replaceAll("[ -]", "").replaceFirst("^00", "+") : null;
        }
        if (address != null && number != null) {
            return Optional.of(address + " / " + number);
        }
        return Optional.ofNullable(address != null ? address : number);
    }

    // ---- choices

    private static Text withChoices(Text question, List<Choice> choices) {
        return new Text(question.nl() + Choice.render(choices, Language.NL), question.en() + Choice.render(choices, Language.EN));
    }

    private static Text pickNumber(List<Choice> choices) {
        return new Text("Kies een nummer:" + Choice.render(choices, Language.NL),
                "Please pick a number:" + Choice.render(choices, Language.EN));
    }

    /**
     * Yes or no to keeping what the client tells: "nee", "ja hoor, het gaat om mijn moeder", "ik
     * wil liever niet". A client who tells their story instead ("hij heeft parkinson en ik kan het
     * niet meer alleen", "ze eet niet meer goed en vergeet alles") has said neither.
     */
    private static Parsed consent(String text, long id) {
        Parsed read = yesOrNo(CONSENT, text, id, new Text("Stuur ja of nee.", "Please send yes or no."));
        List<String> tokens = Folding.tokens(text);
        String folded = Folding.fold(text);
        // "mag ik eerst iets vragen?" holds a yes word but asks; "ja, wie ziet het?" answers first
        boolean asks = text.contains("?") || ASKS_BACK.matcher(folded).lookingAt();
        if (asks && read instanceof Parsed.Value && !tokens.isEmpty() && !CLEAR_YES_NO.contains(tokens.getFirst())) {
            return new Parsed.Reask(CONSENT_EXPLAINED, false);
        }
        if (read instanceof Parsed.Reask) {
            // a thumbs up is how many say yes, but consent to keep health data is asked in words
            if (Dialogue.THUMBS_UP.matcher(text).matches()) {
                return new Parsed.Reask(new Text("Bedoel je ja? Stuur dan 'ja'.", "Do you mean yes? Then send 'yes'."),
                        false);
            }
            // "ik twijfel", "waarom?", "wat bedoel je?": why it is asked, and that it is theirs to decide
            if (Choice.pick(List.of(DONT_KNOW), text).isPresent() || tokens.contains("twijfel") || asks
                    || CONSENT_WHY.matcher(folded).lookingAt()) {
                return new Parsed.Reask(CONSENT_EXPLAINED, false);
            }
        }
        if (read instanceof Parsed.Value && tokens.size() > YES_NO_WORDS && hedged(tokens)) {
            return new Parsed.Reask(new Text("Ik wil het zeker weten: mogen we bewaren wat je ons vertelt? "
                    + "Alleen het klantenbureau en je coördinator kunnen het zien. Stuur ja of nee.",
                    "I want to be sure: may we keep what you tell us? Only the customer office and your coordinator "
                            + "can see it. Please send yes or no."), false);
        }
        return read;
    }

    /**
     * "nee maar hij kan ook niet meer naar school", "ja maar alleen als...": a yes or no that the
     * next word takes back is no clear answer, and consent (or its refusal, which forgets all the
     * client told) needs one.
     */
    private static boolean hedged(List<String> tokens) {
        List<String> said = afterOpeners(tokens);
        for (int i = 1; i <= YES_NO_START && i < said.size(); i++) {
            if (HEDGES.contains(said.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The words after a greeting or an "oh": "hoi, ja hoor" is "ja hoor"; a lone "hoi" stays. */
    private static List<String> afterOpeners(List<String> tokens) {
        int start = 0;
        while (start < tokens.size() - 1 && OPENERS.contains(tokens.get(start))) {
            start++;
        }
        return tokens.subList(start, tokens.size());
    }

    /**
     * A yes or no where a client says it: anywhere in a short message ("dat is goed", "ik wil liever
     * niet"), at the start of a longer one ("ja hoor, ...", "ik denk het niet, ...", after a greeting).
     */
    private static Parsed yesOrNo(List<Choice> choices, String text, long id, Text reask) {
        List<String> tokens = afterOpeners(Folding.tokens(text));
        String read = String.join(" ", tokens);
        Optional<Choice> said = tokens.size() <= YES_NO_WORDS ? Choice.pick(choices, read)
                : Choice.pickAtStart(choices, read, YES_NO_START);
        return said.<Parsed>map(c -> new Parsed.Value(new Answer(c.value(), text, id))).orElse(new Parsed.Reask(reask));
    }

    private static Parsed choose(List<Choice> choices, String text, long id, Text reask) {
        return Choice.pick(choices, text).<Parsed>map(c -> new Parsed.Value(new Answer(c.value(), text, id)))
                .orElse(new Parsed.Reask(reask));
    }

    /**
     * A choice named by its words in free text ({@link #inPassing}); numbers do not count outside
     * the question itself.
     */
    private static Optional<Choice> phraseChoice(List<Choice> inPassing, String text) {
        return Choice.number(text).isPresent() ? Optional.empty() : Choice.pick(inPassing, text);
    }

    /**
     * The choices as they count when said in passing, outside their question: not knowing does
     * not count ("geen idee" while asked the age is about the age), nor do single everyday words
     * ("nu", "snel", "weken"); short words that say nothing but urgency do.
     */
    private static List<Choice> inPassing(List<Choice> choices) {
        List<Choice> strict = new ArrayList<>();
        for (Choice c : choices) {
            if (!c.value().equals(UNKNOWN)) {
                strict.add(new Choice(c.value(), c.label(), c.words().stream()
                        .filter(w -> w.contains(" ") || w.length() > 5 || URGENT_SHORT_WORDS.contains(w))
                        .filter(w -> !ONLY_AS_THE_ANSWER.contains(w)).toList()));
            }
        }
        return List.copyOf(strict);
    }
}
