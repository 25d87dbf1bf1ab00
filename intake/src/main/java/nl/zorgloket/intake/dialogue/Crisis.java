package nl.zorgloket.intake.dialogue;

import nl.zorgloket.search.text.Folding;
import nl.zorgloket.search.text.Phrases;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words of crisis or danger. A false alarm costs a staff member a minute; a missed one can cost
 * a life, so this errs on the side of alarm.
 */
final class Crisis {
    enum Kind {
        /** Someone's life is at risk by their own hand, or someone is in danger: suicide, self-harm. */
        DISTRESS,
        /** Violence or abuse, at home or by someone close: hitting, threats, sexual abuse. */
        VIOLENCE,
        /** Both: "mijn man slaat me en ik wil niet meer leven". */
        DISTRESS_AND_VIOLENCE,
        /** A medical emergency happening now: someone on the floor, unconscious, not breathing, missing. */
        EMERGENCY
    }

    // Said of what is happening now. Not what care is asked for after it: "is gevallen" and "heeft een
    // beroerte gehad" are everyday reasons for care, "ligt op de grond" and "ademt niet" are not.
    private static final Set<String> EMERGENCY_WORDS = Set.of("bewusteloos", "zwaargewond", "unconscious",
            "unresponsive", "collapsed", "stikt");
    // A stroke or a heart attack now, not one had before ("heeft een beroerte gehad", "na zijn hartaanval"),
    // and a stroke's sign: "mijn opa heeft een beroerte", "ze krijgt een hartaanval", "he's having a stroke"
    private static final Pattern ATTACK_NOW = Pattern.compile("\\b(?:heeft|krijgt) (?:nu |net |zojuist |waarschijnlijk "
            + "|volgens mij )?een (?:beroerte|hartaanval|hartinfarct|herseninfarct|hersenbloeding|epileptische aanval"
            + "|epilepsieaanval)\\b(?!(?: \\w+){0,4} gehad\\b)|(?<!after |since )\\bhaving a (?:stroke|heart attack|seizure)\\b");
    // "ze ligt op de grond", "nu ligt hij al een uur op de vloer"
    private static final Pattern LYING_ON_THE_FLOOR =
            Pattern.compile("\\b(ligt|lig|liggen)( \\S+){0,5} op de (grond|vloer)\\b");
    // "hij reageert niet meer", "he isn't responding"; not "reageert niet meer op zijn naam", a sign of
    // dementia, nor "not responding to treatment"
    private static final Pattern NOT_RESPONDING = Pattern.compile("\\b(?:reageert (?:nergens |helemaal )?niet(?: meer)?"
            + "|is not responding|isnt responding)\\b(?! (?:op|to|goed|well|meer op)\\b)");
    private static final Phrases EMERGENCY_PHRASES = Phrases.of(List.of("ligt op straat", "op de grond gevallen",
            "op de vloer gevallen", "buiten bewustzijn", "niet bij bewustzijn", "niet meer bij bewustzijn", "bewustzijn verloren",
            "ademt niet", "krijgt geen lucht", "krijg geen lucht", "kan niet ademen", "kan niet meer ademen",
            "ademt raar", "ademt heel raar", "ademt vreemd", "pijn op de borst",
            "bloedt erg", "bloedt heel erg", "bloedt hevig", "bloedt veel", "veel bloed", "ernstig gewond",
            "zwaar gewond", "te veel pillen genomen", "teveel pillen genomen", "te veel pillen ingenomen",
            "teveel pillen ingenomen", "te veel pillen geslikt", "teveel pillen geslikt", "te veel medicijnen genomen",
            "teveel medicijnen genomen", "te veel medicijnen ingenomen", "teveel medicijnen ingenomen",
            "is vermist", "wordt vermist", "hem niet vinden", "haar niet vinden", "hem nergens vinden",
            "haar nergens vinden", "er is brand", "staat in brand", "is zoekgeraakt",
            // not home since last night; not "na het ziekenhuis niet meer thuisgekomen" (a move to a care home)
            "gisteravond niet thuisgekomen", "vannacht niet thuisgekomen", "vanavond niet thuisgekomen",
            "niet thuisgekomen uit school", "niet thuisgekomen van school",
            // a fall now, not the falls that are a reason for care: "is gevallen en kan niet meer opstaan"
            "gevallen en kan niet opstaan", "gevallen en kan niet meer opstaan", "gevallen en komt niet overeind",
            "gevallen en komt niet meer overeind", "heeft pillen geslikt", "heeft pillen ingenomen", "handvol pillen",
            "alle pillen geslikt", "alle pillen ingenomen",
            // on the railway: "ik sta op het spoor"
            "sta op het spoor", "staat op het spoor", "zit op het spoor", "zit bij het spoor", "on the tracks",
            "on the railway",
            "lying on the floor", "lying on the ground", "is on the floor", "hes on the floor",
            "shes on the floor", "fallen and cant get up", "fell and cant get up", "not breathing", "isnt breathing",
            "stopped breathing", "cant breathe", "chest pain",
            "is gestikt", "aan het stikken", "wordt niet wakker", "niet wakker te krijgen", "niet meer wakker te krijgen",
            "wont wake up", "won t wake up", "will not wake up", "in elkaar gezakt", "polsen doorgesneden",
            "pols doorgesneden", "polsen opengesneden", "mond hangt scheef", "mondhoek hangt", "bloedt uit zijn hoofd",
            "bloedt uit haar hoofd", "bloedt uit het hoofd", "bleeding from his head", "bleeding from her head",
            "cut her wrists",
            "cut his wrists", "slit her wrists", "slit his wrists",
            "bleeding heavily", "badly hurt", "seriously injured", "took too many pills", "taken too many pills",
            "swallowed too many pills", "is missing", "went missing",
            "gone missing", "cant find him", "cant find her", "on fire"));
    // Whole words only: "geweld" must not fire on "geweldig".
    private static final Set<String> WORDS = Set.of("zelfmoord", "suicide", "suicidaal", "zelfdoding", "levensgevaar",
            "suicidal", "zelfbeschadiging", "zelfverwonding", "levensmoe", "doodsgedachten", "overdosis", "overdose",
            "selfharm", "doodswens");
    /** Violence and abuse: who is told of it is also told of Veilig Thuis. */
    private static final Set<String> VIOLENCE_WORDS = Set.of("mishandeld", "mishandeling", "mishandelt", "verkracht",
            "verkrachting", "geweld", "violence", "abused", "raped", "misbruikt", "geslagen", "betast", "aangerand",
            "aanranding", "incest", "gewelddadig", "violent", "gechanteerd", "afgeperst", "sextortion");
    // Inside compounds too: "zelfmoordgedachten", "suicidepoging", "zelfbeschadigend".
    private static final List<String> STEMS = List.of("zelfmoord", "suicid", "zelfdoding", "zelfbeschadig",
            "zelfverwond", "doodsgedacht", "automutil", "zelfmutil", "doodswens");
    private static final Phrases PHRASES = Phrases.of(List.of("dood willen", "wil dood", "wil niet meer leven",
            "niet meer leven", "niet meer willen leven", "einde aan maken", "eind aan maken", "einde aan mijn leven",
            "eind aan mijn leven", "niet meer zitten", "uit het leven stappen", "uit het leven te stappen",
            "er niet meer zijn", "niet meer wakker worden", "geen zin meer in het leven", "zelf moord",
            "mezelf iets aandoen", "mijzelf iets aandoen", "zichzelf iets aandoen", "zelf iets aan te doen",
            "mezelf iets aan te doen", "van kant maken", "in gevaar", "acuut gevaar", "kill myself", "end my life",
            "end it all", "take my own life", "hurt myself", "self harm", "want to die", "dont want to live",
            "don t want to live", "no reason to live", "in danger",
            // a subordinate clause puts the verb last: "ze zegt dat ze dood wil", "dat hij zichzelf snijdt"
            "dood wil", "dood wilt", "dood te willen", "wilt dood", "wil sterven", "wilt sterven", "sterven wil",
            "niet meer wil leven", "niet meer wilt leven", "zichzelf van het leven", "om het leven brengen",
            "zichzelf doden", "zichzelf te doden", "mezelf doden", "voor de trein",
            // self-harm: cutting, scratching, hurting oneself
            "snijdt zichzelf", "snijdt zich", "zichzelf snijdt", "zich snijdt", "snijd mezelf", "mezelf snijd",
            "snijd mijzelf", "krast zichzelf", "zichzelf krast", "krast zich", "zichzelf pijn", "mezelf pijn",
            "mijzelf pijn", "zichzelf iets aan", "mezelf iets aan", "mijzelf iets aan",
            "wants to die", "wanting to die", "cuts herself", "cuts himself", "cutting herself", "cutting himself",
            "cutting myself", "cut myself", "hurts herself", "hurts himself", "hurting herself", "hurting himself",
            "hurting myself", "kill herself", "kill himself", "killing herself", "killing himself",
            "zich van kant", "van kant te maken", "leven heeft geen zin", "geen zin meer om te leven",
            // how a wish to die is said without the words: a farewell letter, no way out, nobody would miss me
            "eind aan te maken", "einde aan te maken", "ga springen", "gaat springen", "wil springen",
            "wil weg uit dit leven", "weg uit het leven", "afscheidsbrief", "afscheidsbrieven", "geen uitweg meer",
            "zie geen uitweg", "niemand zou me missen", "niemand zal me missen", "wil dat alles stopt",
            "zichzelf wat aan", "mezelf wat aan", "mijzelf wat aan", "goodbye letter", "no way out",
            "nobody would miss me", "no one would miss me", "want it all to stop", "jump off",
            // the verb last, and a jump threatened: "bang dat hij zichzelf iets aandoet", "dreigt van de brug te springen"
            "zichzelf iets aandoet", "zichzelf wat aandoet", "zichzelf iets zal aandoen", "zichzelf iets gaat aandoen",
            "mezelf iets aandoe", "mijzelf iets aandoe", "dreigt te springen", "van de brug te springen",
            "van de brug springen", "van het dak te springen", "van het dak springen", "van de flat te springen",
            "van de flat springen", "voor de trein te springen", "voor de trein springen", "onder de trein",
            "threatens to jump", "threatening to jump", "harm himself", "harm herself",
            // pills saved up, an end announced, death brooded on
            "pillen gespaard", "pillen opgespaard", "pillen verzameld", "een einde aan maakt", "een eind aan maakt",
            "einde aan wil maken", "eind aan wil maken", "einde aan zijn leven", "einde aan haar leven",
            "eind aan zijn leven", "eind aan haar leven", "touw gekocht", "want to end it", "dont want to be here",
            "don t want to be here", "do not want to be here", "denk aan de dood", "denk veel aan de dood",
            "denkt aan de dood", "denkt veel aan de dood", "pieker over de dood", "pieker veel over de dood",
            "piekert over de dood", "piekert veel over de dood", "ending it all", "ending my life",
            // tired of life, a wish never to wake, better off dead
            "hoeft voor mij niet meer", "nooit meer wakker worden", "nooit meer wakker te worden", "leven zat",
            "klaar met leven", "klaar met het leven", "klaar met mijn leven", "klaar is met het leven",
            "klaar is met leven", "was ik maar dood", "wou dat ik dood was", "liever dood", "beter af zonder mij",
            "beter af zonder me", "wish i was dead", "wish i were dead", "better off dead", "better off without me",
            "tired of living", "done with life"));
    /**
     * Violence, abuse and threats by someone: hitting, fear of what someone will do ("mijn man bedreigt me",
     * "hij heeft een mes"), someone who touches a child at night, nude photos used to blackmail.
     */
    private static final Phrases VIOLENCE_PHRASES = Phrases.of(List.of(
            "seksueel misbruik", "slaat mij", "slaat me", "sloeg me", "sloeg mij", "voel me onveilig",
            "onveilig thuis", "niet veilig thuis", "bedreigd", "beats me", "hits me", "not safe at home",
            "unsafe at home", "threatened", "slaat haar", "slaat hem", "slaat ons", "schopt me", "schopt mij",
            "hits her", "hits him", "beats her", "beats him", "bedreigt me", "bedreigt mij", "bedreigt ons",
            "bedreigt haar", "bedreigt hem", "bedreigde me", "bedreigde mij", "heeft een mes", "pakt een mes",
            "pakte een mes", "dreigt met een mes", "me iets aandoet", "mij iets aandoet", "ons iets aandoet",
            "me iets aan doet", "mij iets aan doet", "voel me niet veilig", "voel mij niet veilig", "threatens me",
            "threatened me", "threatening me", "has a knife", "pulled a knife", "dont feel safe", "do not feel safe",
            "feel unsafe", "going to hurt me", "will hurt me", "komt s nachts aan me", "komt aan me", "komt aan mij",
            "zit aan me", "zit aan mij", "aan me zitten", "aan mij zitten", "touches me", "has a gun",
            "heeft een pistool", "heeft een wapen", "dreigt met een wapen", "naaktfoto s", "naaktfotos",
            "nude photos", "nudes"));
    // Someone hit or kicked: "mijn vader slaat mijn moeder", "hij schopt de kinderen", "he hits my mum"; not
    // "de klok slaat", "dat slaat nergens op", "hij slaat de deur dicht"
    private static final Set<String> HITS = Set.of("slaat", "sloeg", "slaan", "schopt", "schopte", "schoppen",
            "mishandelt", "hits", "hit", "beats", "beat", "kicks", "kicked", "hitting", "beating", "kicking");
    private static final Set<String> WHOM = Set.of("mijn", "mn", "zijn", "haar", "onze", "ons", "me", "mij", "hem",
            "jou", "je", "my", "his", "her", "our", "us", "him", "them", "the kids", "the children", "de kinderen",
            "het kind", "de kids");
    // A typo in a long word of crisis still counts: "zelfmoort", "mishandelng". (Not shorter words:
    // "misbruik" of alcohol is a care request, "misbruikt" is a crisis.)
    private static final int TYPO_MIN_LENGTH = 9;

    private Crisis() {
    }

    /** What kind of crisis the text tells of, if any; an emergency first, as 112 is then the one call to make. */
    // "we weten niet waar hij is", "I don't know where she is": someone missing; not "waar hij is ingeschreven"
    private static final Pattern WHEREABOUTS_UNKNOWN = Pattern.compile("\\b(?:weten|weet) (?:echt )?niet (?:meer )?waar"
            + " (?:hij|ze|zij|mijn \\w+|ons \\w+|onze \\w+) (?:nu )?(?:is|zit|uithangt)(?= (?:en|of|maar|we|wij|ik|help|wat"
            + "|kunnen|kan|moet|moeten)\\b|$)|\\b(?:dont|do not|don t) know where (?:he|she|my \\w+) (?:is|went)(?= (?:and|what"
            + "|please|help|we|i)\\b|$)");

    // Someone confused or in their nightclothes out in the street now: "ze loopt verward op straat in haar
    // nachtjapon"; not a habit told as a reason for care ("hij loopt 's nachts vaak verward buiten", "ze loopt graag
    // buiten in de tuin")
    private static final Pattern WANDERING_NOW = Pattern.compile("\\b(?:loopt|dwaalt|zwerft|is wandering|wandering)"
            + " (?:\\w+ ){0,4}(?:op straat|over straat|buiten|outside|in the street|the streets)\\b");
    private static final Pattern LOST_OR_UNDRESSED = Pattern.compile("\\b(?:verward|in de war|nachtjapon|nachthemd"
            + "|pyjama|ondergoed|blote voeten|confused|nightgown|nightdress|pyjamas|pajamas|underwear|barefoot)\\b");
    private static final Pattern NOT_NOW = Pattern.compile("\\b(?:vaak|steeds|soms|regelmatig|elke|iedere|weleens"
            + "|wel eens|vaker|altijd|graag|in de tuin|often|sometimes|always|every|likes|in the garden)\\b");

    private static boolean wanderingNow(String folded) {
        return (folded.contains("straat") || folded.contains("buiten") || folded.contains("outside")
                || folded.contains("street")) && WANDERING_NOW.matcher(folded).find()
                && LOST_OR_UNDRESSED.matcher(folded).find() && !NOT_NOW.matcher(folded).find();
    }

    static Optional<Kind> of(String text) {
        String folded = Folding.fold(text);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        String[] tokens = folded.split(" ");
        if (anyWord(tokens, EMERGENCY_WORDS) || EMERGENCY_PHRASES.anyIn(tokens)
                || LYING_ON_THE_FLOOR.matcher(folded).find() || NOT_RESPONDING.matcher(folded).find()
                || (folded.contains("beroerte") || folded.contains("hart") || folded.contains("hersen")
                || folded.contains("aanval") || folded.contains("having")) && ATTACK_NOW.matcher(folded).find()
                || (folded.contains("waar") || folded.contains("where")) && WHEREABOUTS_UNKNOWN.matcher(folded).find()
                || wanderingNow(folded)) {
            return Optional.of(Kind.EMERGENCY);
        }
        boolean distress = PHRASES.anyIn(tokens);
        boolean violence = VIOLENCE_PHRASES.anyIn(tokens) || someoneHit(tokens);
        for (String token : tokens) {
            distress = distress || WORDS.contains(token) || STEMS.stream().anyMatch(token::contains)
                    || nearAWord(token, WORDS);
            violence = violence || VIOLENCE_WORDS.contains(token) || nearAWord(token, VIOLENCE_WORDS);
        }
        if (distress) {
            return Optional.of(violence ? Kind.DISTRESS_AND_VIOLENCE : Kind.DISTRESS);
        }
        return violence ? Optional.of(Kind.VIOLENCE) : Optional.empty();
    }

    private static boolean someoneHit(String[] tokens) {
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (HITS.contains(tokens[i]) && (WHOM.contains(tokens[i + 1])
                    || i + 2 < tokens.length && WHOM.contains(tokens[i + 1] + " " + tokens[i + 2]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyWord(String[] tokens, Set<String> words) {
        for (String token : tokens) {
            if (words.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearAWord(String token, Set<String> words) {
        if (token.length() < TYPO_MIN_LENGTH) {
            return false;
        }
        for (String word : words) {
            if (word.length() >= TYPO_MIN_LENGTH && Folding.distance(token, word, 1) <= 1) {
                return true;
            }
        }
        return false;
    }
}
