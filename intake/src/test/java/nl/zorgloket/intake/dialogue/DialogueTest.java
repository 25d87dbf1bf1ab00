package nl.zorgloket.intake.dialogue;

import nl.zorgloket.intake.conversation.Medium;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DialogueTest {

    @Test
    void wholeConversationFromHoiToHandedInRequest() {
        Chat chat = new Chat(Medium.WHATSAPP);
        String r = chat.send("Hoi");
        assertTrue(r.startsWith("Hoi! Fijn dat je ons een bericht stuurt."), r);
        assertTrue(r.contains("Is dat goed?\n1. Ja, dat is goed\n2. Nee"), r);
        assertTrue(chat.send("ja").contains("Voor wie zoek je zorg of hulp?"));
        assertTrue(chat.send("2").contains("Hoe oud is je kind?"));
        assertTrue(chat.send("15").contains("In welke plaats woont je kind?"));
        assertTrue(chat.send("Lichtenvoorde").contains("Waar zoek je hulp bij?"));
        assertTrue(chat.send("dagbesteding op een boerderij, hij heeft autisme").contains("Hoe snel is de hulp nodig?"));
        assertTrue(chat.send("binnen een paar weken").contains("Is er al een indicatie"));
        assertTrue(chat.send("nee").contains("Hoe mogen we je noemen?"));
        assertTrue(chat.send("Anna").contains("1. Via WhatsApp\n2. Bel me op dit nummer"));
        String summary = chat.send("1");
        assertEquals("""
                Dit heb ik genoteerd:
                1. Voor: je kind
                2. Leeftijd: 15 jaar
                3. Woonplaats: Lichtenvoorde (gemeente Oost Gelre)
                4. Hulpvraag: dagbesteding op een boerderij, hij heeft autisme
                5. Hoe snel: binnen een paar weken
                6. Indicatie: nee
                7. Naam: Anna
                8. Contact: via WhatsApp

                Klopt dit? Stuur 'ja', of het nummer van wat je wilt veranderen.""", summary);
        String done = chat.send("ja");
        assertTrue(done.contains("Dank je wel, Anna! Je aanvraag is doorgegeven aan het klantenbureau van Sorg."), done);
        assertTrue(done.contains("1. Zorgboerderij De Linde – werkt in Oost Gelre, ervaring met autisme"), done);
        assertInstanceOf(Effect.SubmitCase.class, chat.effects.getLast());
        String next = chat.send("1");
        assertTrue(next.contains("je voorkeur uitgaat naar Zorgboerderij De Linde"), next);
        assertTrue(next.contains("neemt binnen 2 werkdagen contact met je op (via WhatsApp)."), next);
        assertEquals(new Effect.ProviderChosen("p1"), chat.effects.getLast());
        assertEquals(Step.DONE, chat.state.step());
    }

    @Test
    void oneMessageWithEverythingIsNotAskedAgain() {
        Chat chat = new Chat(Medium.WHATSAPP);
        String first = chat.send("Hallo, ik zoek dagbesteding op een zorgboerderij voor mijn zoon van 15 met autisme, "
                + "wij wonen in Lichtenvoorde");
        assertTrue(first.contains("Ik heb al begrepen: voor je zoon, 15 jaar, in Lichtenvoorde, dagbesteding, "
                + "een zorgboerderij, autisme."), first);
        String afterConsent = chat.send("ja");
        assertTrue(afterConsent.startsWith("Hoe snel is de hulp nodig?"), afterConsent);
        assertEquals("SON", chat.state.value(Slot.CARE_FOR));
        assertEquals("15", chat.state.value(Slot.AGE));
        assertEquals("Oost Gelre", chat.state.value(Slot.PLACE));
        assertEquals("dagbesteding,zorgboerderij,autisme", chat.state.value(Slot.NEED));
    }

    @Test
    void aClientWhoSaysItIsNotUrgentIsNotPutFirst() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hallo, ik zoek dagbesteding op een zorgboerderij voor mijn zoon van 15 met autisme, "
                + "wij wonen in Lichtenvoorde. Het is niet dringend.");
        chat.send("ja");
        assertEquals("NO_HURRY", chat.state.value(Slot.URGENCY), "understood from the first message");

        Chat asked = new Chat(Medium.WHATSAPP);
        asked.send("Hallo, ik zoek dagbesteding op een zorgboerderij voor mijn zoon van 15 met autisme, "
                + "wij wonen in Lichtenvoorde");
        assertTrue(asked.send("ja").contains("Hoe snel is de hulp nodig?"));
        asked.send("niet zo dringend");
        assertEquals("NO_HURRY", asked.state.value(Slot.URGENCY));

        Chat vague = new Chat(Medium.WHATSAPP);
        vague.send("Hallo, ik zoek dagbesteding op een zorgboerderij voor mijn zoon van 15 met autisme, "
                + "wij wonen in Lichtenvoorde");
        vague.send("ja");
        assertTrue(vague.send("hoeft niet meteen").contains("Kies een nummer"), "denied, so asked again");
        assertFalse(vague.state.has(Slot.URGENCY));
    }

    @Test
    void helpWithWashingAndDressingIsANeedTheClientIsNotAskedAgain() {
        Chat chat = new Chat(Medium.WHATSAPP);
        String first = chat.send("goedemiddag mijn vader van 80 in groenlo heeft hulp nodig met douchen en aankleden");
        assertTrue(first.contains("voor je vader, 80 jaar, in Groenlo, verzorging thuis (wijkverpleging)"), first);
        assertTrue(chat.send("ja").contains("Hoe snel is de hulp nodig?"));
        assertEquals("wijkverpleging", chat.state.value(Slot.NEED));
    }

    @Test
    void anAgeInWordsAndAPlaceWrittenWithYAreReadFromTheFirstMessage() {
        Chat chat = new Chat(Medium.WHATSAPP);
        String first = chat.send("hoi mijn zoontje van vijf jaar heeft adhd, wij wonen in winterswyk");
        assertTrue(first.contains("voor je zoon, 5 jaar, in Winterswijk"), first);
    }

    @Test
    void agesInWordsAfterIsAndEnglishAgesAreReadFromTheFirstMessage() {
        assertEquals("15", slotAfterFirst("mijn zoon is vijftien en heeft adhd, we wonen in ulft", Slot.AGE));
        assertEquals("80", slotAfterFirst("mijn moeder is tachtig", Slot.AGE));
        assertEquals("80", slotAfterFirst("Hi, I'm looking for home care for my dad, he's 80 and lives in Groenlo",
                Slot.AGE));
        assertEquals("82", slotAfterFirst("my mum is eighty two and lives in Aalten", Slot.AGE));
        assertNull(slotAfterFirst("ik ben drie keer gevallen en woon in aalten", Slot.AGE), "three falls, no age");
        assertNull(slotAfterFirst("het is een jongen met autisme", Slot.AGE), "'een' is no age");
    }

    @Test
    void anAgeGivenRoughlyIsRead() {
        assertEquals("89", slotAfterFirst("hoi ik zoek iets voor mn opa hij is bijna 90", Slot.AGE));
        assertEquals("17", slotAfterFirst("mijn zoon is bijna 18 en heeft autisme, we wonen in Eibergen", Slot.AGE),
                "almost 18 is still a child: youth care, not care for adults");
        assertEquals("80", slotAfterFirst("mijn moeder is ruim 80", Slot.AGE));
        assertEquals("79", slotAfterFirst("my dad is almost 80 and lives in Ulft", Slot.AGE));
    }

    @Test
    void anAgeToldAsPartOfADecadeIsReadAndToldBackAsSaid() {
        Map<String, String> rough = Map.of("eind 50", "58", "begin tachtig", "82", "midden 70", "75", "in de 80", "85",
                "tussen de 70 en 80", "75", "70-80", "75", "80 en 82", "80", "bijna 90", "89");
        for (Map.Entry<String, String> said : rough.entrySet()) {
            Chat chat = atHowOldIsYourMother();
            chat.send(said.getKey());
            assertEquals(said.getValue(), chat.state.value(Slot.AGE), said.getKey());
        }
        assertEquals("10", slotAfterFirst("mijn zoon van 10 heeft om half 10 therapie", Slot.AGE), "half 10 is a time");
        Chat toddler = atWhoFor();
        toddler.send("mijn zoon");
        toddler.send("3 jaar en 4 maanden");
        assertEquals("3", toddler.state.value(Slot.AGE), "years and months are the years, not under one");

        Chat first = new Chat(Medium.WHATSAPP);
        String r = first.send("mijn moeder is eind 70 en woont in Aalten");
        assertTrue(r.contains("Ik heb al begrepen: voor je moeder, eind 70, in Aalten."), r);
        assertEquals("78", first.state.value(Slot.AGE));
        Chat english = new Chat(Medium.WHATSAPP);
        assertTrue(english.send("Hello, my mum is in her late 80s and lives in Aalten")
                .contains("I understood: for your mother, late 80s, in Aalten."));
        assertEquals("88", english.state.value(Slot.AGE));
    }

    @Test
    void aRelationWrittenInAHurryWithItsAgeIsTheWritersOwn() {
        assertEquals("SON", careForAfterFirst("7141AB dagbesteding zoon 12"));
        assertEquals("SON", careForAfterFirst("zoon 15jr autisme"));
        assertNull(careForAfterFirst("hulp voor de zoon 15 van de buren in Ulft"), "the neighbours' son");
    }

    @Test
    void grandparentsAsGrandchildrenCallThem() {
        firstMessagesRead(Slot.CARE_FOR, Map.of("Hi my grandad lives alone in Borculo and keeps falling", "GRANDFATHER",
                "mijn omi van 90 woont in Aalten", "GRANDMOTHER", "my nan is 92 and needs help at home", "GRANDMOTHER"),
                List.of());
    }

    @Test
    void mijnTypedInAHurryOrSaidAsTheAchterhoekSaysItIsMine() {
        assertEquals("MOTHER", careForAfterFirst("goedenmiddag ik zoek een dagbesteding voor men moeder ze is 79"));
        assertEquals("FATHER", careForAfterFirst("mien vader is 88 en woont in Winterswijk"));
        assertEquals("SON", careForAfterFirst("hulp voor myn zoon van 12"));
        assertNull(careForAfterFirst("men zegt dat er wachtlijsten zijn voor dagbesteding"));
    }

    @Test
    void anAgeInBracketsAfterTheRelationIsUnderstood() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("hi, my daughter (9) has adhd and we need help after school. we live in winterswijk");
        chat.send("yes");
        assertEquals("DAUGHTER", chat.state.value(Slot.CARE_FOR));
        assertEquals("9", chat.state.value(Slot.AGE));
    }

    @Test
    void aNumberRightAfterTheRelationIsItsAgeUnlessItCountsSomethingElse() {
        firstMessagesRead(Slot.AGE, Map.of("Mam 88 dementie Doetinchem hulp nodig snel", "88",
                "pa 90 winterswijk valt steeds", "90", "my dad 84 lives in Aalten and needs help at home", "84"),
                List.of("dagbesteding voor mijn zoon 2 dagen per week in Aalten",
                        "ik zoek hulp voor mijn vader 3 keer per week", "mijn moeder 2x per week hulp nodig"));
        assertEquals("SOON", afterFirst(Slot.URGENCY, "Mam 88 dementie Doetinchem hulp nodig snel"));
    }

    @Test
    void iAm45IsAnAgeInEnglish() {
        Chat chat = new Chat(Medium.WHATSAPP);
        String first = chat.send("Hi, I need help for myself, I am 45 and I live in Venlo, I have debts");
        assertTrue(first.contains("I understood: for yourself, 45 years old, in Venlo, help with money matters."), first);
        Chat contracted = new Chat(Medium.WHATSAPP);
        contracted.send("hi, I'm 45 and live in Venlo, I have debts");
        contracted.send("yes");
        assertEquals("45", contracted.state.value(Slot.AGE));
    }

    @Test
    void aTroubleToldInTheFirstPersonIsOnesOwn() {
        assertEquals("SELF", careForAfterFirst("Ik heb schulden en ik weet niet meer hoe ik de huur moet betalen. "
                + "Ik woon in Winterswijk."));
        assertEquals("SELF", careForAfterFirst("ik voel me zo eenzaam, ik woon in groenlo"));
        assertEquals("SELF", careForAfterFirst("hi, I have debts and I live in Doetinchem"));
        assertEquals("SON", careForAfterFirst("Mijn zoon heeft schulden, hij woont in Ulft"));
        assertEquals("HUSBAND", careForAfterFirst("ik ben mantelzorger voor mijn man met dementie, ik ben zo somber. "
                + "we wonen in eibergen"));
    }

    @Test
    void aWordBetweenMyAndTheRelationIsNoObstacle() {
        assertEquals("SON", careForAfterFirst("hi, I am looking for respite care for my autistic son (12), "
                + "we live in Doetinchem"));
        assertEquals("SON", careForAfterFirst("wij zoeken logeeropvang voor onze autistische zoon van 14 in Lichtenvoorde"));
        assertEquals("DAUGHTER", careForAfterFirst("begeleiding voor mijn 15-jarige dochter met autisme in Eibergen"));
    }

    @Test
    void motherAndFatherAreBothParents() {
        assertEquals("PARENTS", careForAfterFirst("mijn moeder en vader wonen in Aalten en hebben hulp nodig"));
        assertEquals("PARENTS", careForAfterFirst("hi, my father and mother live in Aalten and need help"));
        assertTrue(atWhoFor().send("mijn ouders").contains("Hoe oud zijn je ouders?"));
        Chat both = atWhoFor();
        both.send("mijn ouders");
        assertTrue(both.send("82 en 79").contains("In welke plaats wonen je ouders?"));
        assertTrue(atWhoFor().send("voor mijn vader of moeder").contains("Hoe oud is je vader of moeder?"),
                "one of them, not said which");
    }

    @Test
    void grandchildrenGrandparentsAndInLawsAreRelations() {
        String reply = atWhoFor().send("ik zoek iets voor mijn kleinzoon van 8 met adhd in doetinchem");
        assertFalse(reply.contains("Kies een nummer"), reply);
        assertTrue(reply.startsWith("Hoe snel is de hulp nodig?"), reply);
        assertEquals("GRANDCHILD", careForAfterFirst("dagbesteding voor mijn kleindochter (16) in Aalten"));
        assertEquals("GRANDMOTHER", careForAfterFirst("hi, I'm looking for home care for my grandmother, she's 91"));
        assertTrue(atWhoFor().send("oma").contains("Hoe oud is je oma?"));
        assertTrue(atWhoFor().send("voor mn schoonmoeder").contains("Hoe oud is je schoonmoeder?"));
        assertEquals("RELATIVE", careForAfterFirst("de zoon van mijn zus heeft hulp nodig, hij is 17"));
        assertEquals("RELATIVE", careForAfterFirst("de dochter van mijn broer is 15 en heeft autisme"));
        assertEquals("BROTHER", careForAfterFirst("mijn broer heeft een verstandelijke beperking, hij is 52"));
        assertTrue(atWhoFor().send("mijn zusje").contains("Hoe oud is je zus?"));
        assertEquals("SISTER", careForAfterFirst("I'm looking for support for my sister in Aalten"));
        assertEquals("MOTHER_IN_LAW", careForAfterFirst("I'm looking for day care for my mother-in-law, she's 81"));
        assertEquals("FATHER_IN_LAW", careForAfterFirst("my father in law (84) fell"));
        assertEquals("SON", careForAfterFirst("mijn pleegzoon van 12 heeft een rugzakje nodig"));
    }

    @Test
    void neighboursFriendsAndFamilyAreSpokenOfByTheWordTheClientUsed() {
        assertTrue(atWhoFor().send("voor mijn buurvrouw").contains("Hoe oud is je buurvrouw?"));
        assertTrue(atWhoFor().send("mijn buurman").contains("Hoe oud is je buurman?"));
        assertTrue(atWhoFor().send("mn vriendin").contains("Hoe oud is je vriendin?"));
        assertTrue(atWhoFor().send("voor mijn tante").contains("Hoe oud is je tante?"));
        assertTrue(atWhoFor().send("mijn zwager").contains("Hoe oud is je zwager?"));
        Chat inLaws = atWhoFor();
        inLaws.send("mijn schoonouders");
        assertTrue(inLaws.send("84").contains("In welke plaats wonen je schoonouders?"));
        Chat english = new Chat(Medium.WHATSAPP);
        english.send("Hello, I am looking for help for my neighbour");
        english.send("yes");
        assertTrue(english.last.getFirst().contains("How old is your neighbour?"), english.last.toString());
        Chat first = new Chat(Medium.WHATSAPP);
        String r = first.send("hoi, mijn buurvrouw van 79 in Winterswijk valt steeds");
        assertTrue(r.contains("voor je buurvrouw, 79 jaar, in Winterswijk"), r);
    }

    @Test
    void whoTheWriterSaysTheyAreTellsWhoNeedsTheCare() {
        assertEquals("NEIGHBOUR_MAN", careForAfterFirst("Hallo ik ben de buurvrouw van meneer Jansen, hij is 79 en "
                + "woont alleen in Aalten"));
        assertEquals("NEIGHBOUR_WOMAN", careForAfterFirst("hi, I'm her neighbour, she is 84 and lives alone in Winterswijk"));
        assertEquals("NEIGHBOUR", careForAfterFirst("ik ben de buurman van Gerrit en Riek, ze wonen in Neede"));
        assertEquals("MOTHER", careForAfterFirst("goedemiddag, ik ben de dochter van mevrouw de Vries (88), zij woont "
                + "in Groenlo"));
        assertEquals("FATHER", careForAfterFirst("ik ben zijn dochter en hij woont in Eibergen, hij is 90"));
        assertEquals("PARENT", careForAfterFirst("ik ben de zoon van Ans en Wim, zij wonen in Neede"));
        assertEquals("CHILD", careForAfterFirst("ik ben de moeder van Tim, hij is 9 en heeft autisme"));
        assertEquals("RELATIVE", careForAfterFirst("ik ben de mantelzorger van Henk, hij heeft dementie"));
        assertEquals("HUSBAND", careForAfterFirst("Hoi, mijn man is 67 en heeft alzheimer. Ik ben zijn mantelzorger "
                + "en heb af en toe rust nodig. We wonen in Winterswijk."), "a carer who names whom they care for");
        assertEquals("HUSBAND", careForAfterFirst("ik ben zijn vrouw, hij heeft parkinson"));
        assertEquals("WIFE", careForAfterFirst("I'm her husband, she has dementia"));
        assertNull(careForAfterFirst("ik ben een vrouw van 45 en zoek werk"), "a woman of 45 is no one's wife");
    }

    @Test
    void aClientWhoseGreetingToldNoLanguageAndThenWritesEnglishGetsEnglish() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("hey");
        chat.send("yes");
        assertEquals(Language.NL, chat.state.language(), "one 'yes' is not enough: Dutch clients write it too");
        String reply = chat.send("for my wife");
        assertTrue(reply.startsWith("I'll continue in English. How old is your wife?"), reply);
        assertTrue(chat.send("she's 67").startsWith("Where does your wife live?"));

        Chat dutch = atWhoFor();
        assertTrue(dutch.send("mijn vrouw").startsWith("Hoe oud is je vrouw?"));
        assertTrue(dutch.send("67").startsWith("In welke plaats"), "a number stays in Dutch");
        Chat notEnglish = askedTheIndication();
        String r = notEnglish.send("nee want we wisten niet dat dat moest");
        assertTrue(r.startsWith("Hoe mogen we je noemen?"), "'want' and 'we' in a Dutch sentence: " + r);
        // "is" is English too
        Chat withIs = new Chat(Medium.WHATSAPP).sendAll("Hoi", "ja");
        r = withIs.send("my father is 81 and lives in Winterswijk, he has parkinsons and needs help at home");
        assertTrue(r.startsWith("I'll continue in English."), r);
        assertEquals(Language.EN, withIs.state.language());
        assertEquals(Language.NL, new Chat(Medium.WHATSAPP).sendAll("Hoi", "ja", "het is voor my father").state.language());
    }

    @Test
    void aCorrectionThatSaysSomethingWasWrongIsNotTakenForTheNeed() {
        Chat chat = atWhoFor();
        chat.send("mijn zoon");
        chat.send("14");
        assertTrue(chat.send("Doetinchem").startsWith("Waar zoek je hulp bij?"));
        String reply = chat.send("14 jaar klopt niet, hij is 13");
        assertTrue(reply.startsWith("Dank je, dat heb ik aangepast. Waar zoek je hulp bij?"), reply);
        assertEquals("13", chat.state.value(Slot.AGE));
        assertFalse(chat.state.has(Slot.NEED));
        chat.send("hij zit thuis en gaat niet meer naar school, dat klopt niet met zijn leeftijd");
        assertTrue(chat.state.has(Slot.NEED), "a description that says something is wrong, without a correction, is the need");
    }

    @Test
    void anOptionNumberInBracketsIsNoAgeAndALetterOAfterADigitIsAZero() {
        Chat chat = atWhoFor();
        assertTrue(chat.send("(1)").startsWith("Hoe oud ben je?"));
        assertEquals("SELF", chat.state.value(Slot.CARE_FOR));
        assertFalse(chat.state.has(Slot.AGE));
        chat.send("8O");
        assertEquals("80", chat.state.value(Slot.AGE));
    }

    @Test
    void shortEverydayAnswersAreUnderstood() {
        assertTrue(atWhoFor().send("ik").startsWith("Hoe oud ben je?"));
        assertTrue(atWhoFor().send("mij").startsWith("Hoe oud ben je?"));

        Chat chat = atWhoFor();
        chat.sendAll("mijn moeder", "91", "Rijssen-Holten", "ze ligt in het ziekenhuis en moet daarna thuiszorg");
        assertTrue(chat.send("binnen 1 week").startsWith("Is er al een indicatie"));
        assertEquals("SOON", chat.state.value(Slot.URGENCY));

        Chat unsure = atWhoFor();
        unsure.sendAll("mijn broer", "45", "Haaksbergen", "hij is verslaafd aan alcohol");
        assertTrue(unsure.last.getFirst().contains("4. Weet ik niet"), unsure.last.getFirst());
        assertTrue(unsure.send("weet niet").startsWith("Is er al een indicatie"));
        assertEquals("UNKNOWN", unsure.state.value(Slot.URGENCY));
    }

    @Test
    void someoneWhoDiedIsNotWhoTheCareIsFor() {
        assertEquals("SELF", careForAfterFirst("ik voel me zo eenzaam sinds mijn man is overleden. ik woon in groenlo"));
        Chat widower = new Chat(Medium.WHATSAPP).sendAll("Ik ben 82 en zit veel alleen sinds mijn vrouw is overleden. "
                + "Ik woon in Ruurlo");
        assertEquals("SELF", widower.state.value(Slot.CARE_FOR), "the wife was not found again as a typo");
        assertEquals("82", widower.state.value(Slot.AGE));
        assertEquals("MOTHER", careForAfterFirst("Sinds de dood van mijn vader kan mijn moeder niet meer alleen wonen, "
                + "zij woont in Zelhem"));
        assertTrue(atWhoFor().send("voor mijn zoon, zijn vader is dood").contains("Hoe oud is je zoon?"));
        assertTrue(atWhoFor().send("mijn man is vorig jaar overleden en nu red ik het niet meer alleen")
                .contains("Kies een nummer"), "asked again rather than taken for the partner");
    }

    @Test
    void aCorrectionWhileAskedSomethingElseIsKeptAndTheQuestionStands() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("ik zoek hulp voor mijn vader van 80 in Borculo");
        assertTrue(chat.send("ja").startsWith("Waar zoek je hulp bij?"));
        String r = chat.send("oh wacht hij is 81");
        assertTrue(r.startsWith("Dank je, dat heb ik aangepast. Waar zoek je hulp bij?"), r);
        assertEquals("81", chat.state.value(Slot.AGE));
        assertFalse(chat.state.has(Slot.NEED), "not taken for a description of the help");
        assertEquals(Slot.AGE, chat.state.corrections().getLast().slot());
        assertTrue(chat.send("hij valt vaak").startsWith("Hoe snel is de hulp nodig?"));
        assertEquals("hij valt vaak", chat.state.answer(Slot.NEED).said());

        // a longer message tells the need, even with an age in it
        Chat longer = new Chat(Medium.WHATSAPP);
        longer.send("ik zoek hulp voor mijn vader van 80 in Borculo");
        longer.send("ja");
        assertTrue(longer.send("hij is 81 en kan sinds kort niet meer zelf koken").startsWith("Hoe snel"));
        assertEquals("hij is 81 en kan sinds kort niet meer zelf koken", longer.state.answer(Slot.NEED).said());
    }

    @Test
    void aLineOfTheSummaryCanBeNamedInsteadOfNumbered() {
        Chat chat = toSummary();
        assertTrue(chat.send("nee de leeftijd klopt niet").startsWith("Hoe oud is je man?"));
        assertTrue(chat.send("71").contains("2. Leeftijd: 71 jaar"));
        chat.send("wijzig");
        assertTrue(chat.send("naam").startsWith("Hoe mogen we je noemen?"));
        assertTrue(chat.send("Ria Jansen").contains("7. Naam: Ria Jansen"));
        // two lines named at once: which one is meant is asked
        assertTrue(chat.send("naam en leeftijd").startsWith("Stuur 'ja' als alles klopt, of het nummer"));
    }

    @Test
    void aThumbsUpConfirmsTheSummary() {
        assertTrue(toSummary().send("\uD83D\uDC4D").startsWith("Dank je wel, Ria!"));
        assertTrue(toSummary().send("\uD83D\uDC4D\uD83C\uDFFD").startsWith("Dank je wel, Ria!"), "with a skin tone");
    }

    /** At the place question, for a mother of 80. */
    private static Chat askedWhereMotherLives() {
        Chat chat = atWhoFor();
        chat.send("mijn moeder");
        assertTrue(chat.send("80").startsWith("In welke plaats woont je moeder?"));
        return chat;
    }

    /** A chat that has just been asked who the care is for. */
    private static Chat atWhoFor() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("hoi");
        assertTrue(chat.send("ja").startsWith("Voor wie zoek je zorg of hulp?"));
        return chat;
    }

    private static Chat toSummary() {
        Chat chat = atWhoFor();
        chat.sendAll("mijn man", "70", "Lochem", "hij drinkt te veel", "1", "3", "Ria");
        assertTrue(chat.send("2").startsWith("Dit heb ik genoteerd:"));
        return chat;
    }

    /** Who the care is for, as read from a first message (after consent, when the dialogue keeps it). */
    private static String slotAfterFirst(String first, Slot slot) {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send(first);
        return chat.state.value(slot);
    }

    /** What the slot holds after this first message alone: null when it told nothing for it. */
    private static String afterFirst(Slot slot, String first) {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send(first);
        return chat.state.value(slot);
    }

    /** Each first message gives the slot its value; each of {@code none} gives it none. */
    private static void firstMessagesRead(Slot slot, Map<String, String> said, List<String> none) {
        said.forEach((first, value) -> assertEquals(value, afterFirst(slot, first), first));
        none.forEach(first -> assertNull(afterFirst(slot, first), first));
    }

    private static String careForAfterFirst(String first) {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send(first);
        chat.send(first.startsWith("hi") ? "yes" : "ja");
        return chat.state.value(Slot.CARE_FOR);
    }

    @Test
    void someoneWhoGivesTheirOwnAgeAsksForThemselves() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Ik ben 34 en heb schulden, ik woon in 7141AB");
        chat.send("ja");
        assertEquals("SELF", chat.state.value(Slot.CARE_FOR));
        assertEquals("34", chat.state.value(Slot.AGE));

        Chat parent = new Chat(Medium.WHATSAPP);
        parent.send("ik ben 34 en mijn zoon heeft schulden");
        parent.send("ja");
        assertEquals("SON", parent.state.value(Slot.CARE_FOR), "someone named goes first");
        assertFalse(parent.state.has(Slot.AGE), "34 is the writer's age, not the son's");
        Chat both = new Chat(Medium.WHATSAPP);
        both.send("ik ben 52 jaar oud, mijn moeder van 80 heeft dementie");
        assertEquals("80", both.state.value(Slot.AGE));

        // a child who tells of their parents asks for themselves
        Chat teen = new Chat(Medium.WHATSAPP);
        String r = teen.send("ik ben 16 en mijn ouders maken steeds ruzie, ik wil hier weg");
        assertTrue(r.contains("Ik heb al begrepen: voor jezelf, 16 jaar."), r);
    }

    @Test
    void aNameTypedInCapitalsOrSmallLettersEndsWhereTheSentenceGoesOn() {
        for (String first : List.of("GOEDEMORGEN MIJN NAAM IS TRUUS EN IK BEN 82 JAAR IK WOON IN AALTEN",
                "Goedemorgen Mijn Naam Is Truus En Ik Ben 82 Jaar", "goedemorgen mijn naam is truus ik ben 82 jaar")) {
            Chat chat = new Chat(Medium.WHATSAPP);
            chat.send(first);
            assertEquals("Truus", chat.state.value(Slot.NAME), first);
        }
        Chat answered = atTheName();
        answered.send("jan van dijk");
        assertEquals("Jan van Dijk", answered.state.value(Slot.NAME));
        Chat own = atTheName();
        own.send("Jan van der Berg");
        assertEquals("Jan van der Berg", own.state.value(Slot.NAME), "typed with its own capitals: as typed");
        Map<String, String> written = Map.of("mevr. Jansen", "mevr. Jansen", "👋 Kim", "Kim", "Anna!!", "Anna");
        written.forEach((said, name) -> {
            Chat chat = atTheName();
            chat.send(said);
            assertEquals(name, chat.state.value(Slot.NAME), said);
        });
        for (String keeps : List.of("liever niet", "mijn naam doet er niet toe")) {
            Chat chat = atTheName();
            assertTrue(chat.send(keeps).startsWith("Dat begrijp ik. We gebruiken je naam alleen om je aan te spreken."),
                    keeps);
        }
        Chat role = atTheName();
        assertTrue(role.send("de dochter").startsWith("Fijn dat je dat vertelt. Hoe mogen we jou noemen?"));
        assertEquals("MOTHER", role.state.value(Slot.CARE_FOR), "the writer says who they are; the care stays the mother's");
        Chat corrected = atTheName();
        corrected.send("Anna");
        corrected.send("1");
        corrected.send("mijn naam is Anne niet Anna");
        assertEquals("Anne", corrected.state.value(Slot.NAME), "a name set right at the summary ends before 'niet'");
    }

    @Test
    void whoTheWriterIsTellsWhoTheCareIsFor() {
        Map<String, String> said = Map.of(
                "ik ben bewindvoerder van meneer Pietersen (58) uit Borculo en hij heeft begeleiding nodig", "CLIENT",
                "ik ben mentor van een bewoner met een verstandelijke beperking", "CLIENT",
                "wij zijn pleegouders van een meisje van 6 met hechtingsproblemen, we wonen in Ulft", "CHILD",
                "ik ben oma van een jongen van 9 met autisme", "GRANDCHILD",
                "ik ben begeleider en ik zoek voor mezelf hulp", "SELF",
                "we zoeken een maatje als begeleider voor mijn zoon van 15", "SON");
        for (Map.Entry<String, String> e : said.entrySet()) {
            assertEquals(e.getValue(), careForAfterFirst(e.getKey()), e.getKey());
        }
    }

    @Test
    void aProfessionalsLetterIsReadWithoutTheirSignature() {
        Chat chat = new Chat(Medium.WHATSAPP);
        String r = chat.send("Beste, Namens mijn cliënt mevr. de Groot (79, Zelhem) zoek ik huishoudelijke hulp. "
                + "Met vriendelijke groet, Anneke Bos, wijkverpleegkundige");
        assertTrue(r.contains("Ik heb al begrepen: voor je cliënt, 79 jaar, in Zelhem, hulp in het huishouden."), r);
    }

    @Test
    void aWriterWithTheirOwnConditionWhosePartnerCannotCopeAsksForThemselves() {
        Chat chat = new Chat(Medium.WHATSAPP);
        String r = chat.send("Goedendag, ik ben Henk Jansen (67) en ik heb sinds mijn herseninfarct moeite met alles. "
                + "Ik woon in Neede. Mijn vrouw kan het niet meer alleen.");
        assertTrue(r.contains("Ik heb al begrepen: voor jezelf, 67 jaar, in Neede, hersenletsel (NAH)."), r);
        assertEquals("Henk Jansen", chat.state.value(Slot.NAME), "the name before the age in brackets");

        Chat daughter = new Chat(Medium.WHATSAPP);
        daughter.send("ik ben haar dochter, mijn moeder kan het niet meer alleen");
        assertEquals("MOTHER", daughter.state.value(Slot.CARE_FOR), "no trouble of the writer's own");

        Chat young = new Chat(Medium.WHATSAPP);
        r = young.send("ik (v, 19) heb adhd en zoek begeleiding bij het zelfstandig wonen in doetinchem");
        assertTrue(r.contains("Ik heb al begrepen: voor jezelf, 19 jaar, in Doetinchem"), r);

        Chat notAName = new Chat(Medium.WHATSAPP);
        notAName.send("ik ben Marten heel moe");
        assertNull(notAName.state.value(Slot.NAME), "no name cut short before 'en'");
    }

    @Test
    void aRelationWithATypoAfterMyIsStillUnderstood() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("mn dochtr van 12 heeft autsime en zoekt logeren in doetinchem");
        chat.send("ja");
        assertEquals("DAUGHTER", chat.state.value(Slot.CARE_FOR));
        assertEquals("12", chat.state.value(Slot.AGE));
        assertEquals("Doetinchem", chat.state.value(Slot.PLACE));

        Chat asked = new Chat(Medium.WHATSAPP);
        asked.send("Hoi");
        asked.send("ja");
        asked.send("moedr");
        assertEquals("MOTHER", asked.state.value(Slot.CARE_FOR), "answering the question");

        // answering the question, a shorter word too: "vadr"; a word in passing stays strict
        for (Map.Entry<String, String> typo : Map.of("vadr", "FATHER", "mijn vrou", "WIFE", "brer", "BROTHER").entrySet()) {
            Chat shorter = atWhoFor();
            shorter.send(typo.getKey());
            assertEquals(typo.getValue(), shorter.state.value(Slot.CARE_FOR), typo.getKey());
        }
        Chat passing = new Chat(Medium.WHATSAPP);
        passing.send("hoi, ik zoek hulp, vadr is 80");
        assertFalse(passing.state.has(Slot.CARE_FOR));

        // right after "mijn" a short word is read as a relation too, and so is a place after "woont in"
        Chat typed = new Chat(Medium.WHATSAPP);
        String r = typed.send("mijn vadr is bijna 80 en woont in groenloo");
        assertTrue(r.contains("Ik heb al begrepen: voor je vader, 79 jaar, in Groenlo."), r);
        Chat farmer = new Chat(Medium.WHATSAPP);
        farmer.send("mijn boer zegt dat ik hulp nodig heb");
        assertFalse(farmer.state.has(Slot.CARE_FOR), "a word of its own is no typo");
    }

    @Test
    void whoSentAloneOrAsSomeoneOutsideTheFamilyIsReadAtAnotherQuestion() {
        for (Map.Entry<String, String> who : Map.of("moeder", "MOTHER", "moedr", "MOTHER", "buurvrouw",
                "NEIGHBOUR_WOMAN", "voor de buurman", "NEIGHBOUR_MAN", "voor een vriendin van me", "FRIEND_WOMAN")
                .entrySet()) {
            Chat early = new Chat(Medium.WHATSAPP);
            early.send("Hoi");
            String reply = early.send(who.getKey());
            assertTrue(reply.startsWith("Dank je. Eerst nog even dit"), who.getKey() + ": " + reply);
            assertEquals(who.getValue(), early.state.value(Slot.CARE_FOR), who.getKey());
        }
        Chat someone = atWhoFor();
        someone.send("5");
        assertTrue(someone.send("de buurvrouw").startsWith("Dank je, dat heb ik aangepast. Hoe oud is je buurvrouw?"));
        assertEquals("NEIGHBOUR_WOMAN", someone.state.value(Slot.CARE_FOR));

        // in a longer message "de moeder" or "een vriendin" may be anyone's
        Chat story = new Chat(Medium.WHATSAPP);
        story.send("Hoi");
        story.send("de moeder van een vriendin zei dat ik jullie moest appen");
        assertFalse(story.state.has(Slot.CARE_FOR));
    }

    @Test
    void aDateOrYearOfBirthAnswersHowOld() {
        Map<String, String> ages = Map.of("12-03-1942", "84", "12/3/1942", "84", "12 maart 1942", "84",
                "7 december 1942", "84", "8 dec 1942", "83", "1942", "84", "ze is geboren in 1942", "84");
        for (Map.Entry<String, String> said : ages.entrySet()) {
            Chat chat = atHowOldIsYourMother();
            chat.at = Instant.parse("2026-12-07T10:00:00Z");
            assertTrue(chat.send(said.getKey()).startsWith("In welke plaats woont je moeder?"), said.getKey());
            assertEquals(said.getValue(), chat.state.value(Slot.AGE), said.getKey());
            assertEquals(said.getKey(), chat.state.answer(Slot.AGE).said(), "staff see the date as told");
        }
        for (String wrong : List.of("31-02-1950", "12-03-2027")) {
            Chat chat = atHowOldIsYourMother();
            chat.at = Instant.parse("2026-12-07T10:00:00Z");
            assertTrue(chat.send(wrong).startsWith("Sorry, dat begreep ik niet. Stuur de leeftijd in jaren, "
                    + "bijvoorbeeld 82."), wrong);
            assertFalse(chat.state.has(Slot.AGE), wrong);
        }
        Chat unknownDay = atHowOldIsYourMother();
        assertTrue(unknownDay.send("12-03-1942").startsWith("Stuur de leeftijd in jaren"), "not '12 jaar lijkt me jong'");
        Chat postcode = atHowOldIsYourMother();
        postcode.at = Instant.parse("2026-12-07T10:00:00Z");
        postcode.send("2011 AB");
        assertFalse(postcode.state.has(Slot.AGE), "a postcode is no year of birth");
    }

    private static Chat atHowOldIsYourMother() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hoi");
        chat.send("ja");
        assertTrue(chat.send("mijn moeder").startsWith("Hoe oud is je moeder?"));
        return chat;
    }

    @Test
    void forgetfulnessIsNotEchoedAsADiagnosis() {
        Chat chat = new Chat(Medium.WHATSAPP);
        String first = chat.send("hallo mijn moeder word vergeetachtig en ik weet niet meer wat ik moet doen");
        assertTrue(first.contains("voor je moeder, geheugenproblemen of dementie."), first);
    }

    @Test
    void helpNeededNextWeekIsUrgentAndCanBeReadFromTheFirstMessage() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("mijn man heeft een beroerte gehad en komt volgende week thuis uit het ziekenhuis, "
                + "we wonen in 7101 AB Winterswijk");
        chat.send("ja");
        assertEquals("SOON", chat.state.value(Slot.URGENCY));

        Chat asked = new Chat(Medium.WHATSAPP);
        asked.send("mijn man heeft een beroerte gehad, we wonen in Winterswijk");
        asked.send("ja");
        assertTrue(asked.send("71").contains("Hoe snel is de hulp nodig?"));
        asked.send("volgende week al");
        assertEquals("SOON", asked.state.value(Slot.URGENCY));
    }

    @Test
    void aClientWhoWouldRatherNotChatIsGivenTheOfficesNumberAndAddress() {
        Dialogue withContact = new Dialogue(Chat.GAZETTEER, Chat.VOCABULARY, q -> List.of(),
                new Dialogue.Settings("Sorg", "binnen 2 werkdagen", "within 2 working days", null, "0543 12 34 56",
                        "klantenbureau@example.org"));
        DialogueState s = withContact.next(DialogueState.initial(), new Input("Hoi", 1, Medium.WHATSAPP, false)).state();
        String declined = String.join("\n", withContact.next(s, new Input("nee", 2, Medium.WHATSAPP, false)).replies());
        assertTrue(declined.contains("Je kunt het klantenbureau ook bellen (0543 12 34 56) of mailen "
                + "(klantenbureau@example.org)."), declined);

        Chat without = new Chat(Medium.WHATSAPP);
        without.send("Hoi");
        assertTrue(without.send("nee").contains("Je kunt het klantenbureau ook bellen of mailen."));
    }

    @Test
    void aQuestionToTheDeskIsAnsweredAndTheQuestionStands() {
        Chat chat = atWhoFor();
        chat.send("mijn moeder");
        String costs = chat.send("wat kost dat eigenlijk?");
        assertTrue(costs.startsWith("Wat de hulp kost, hangt af van de soort hulp en van wie die betaalt"), costs);
        assertTrue(costs.endsWith("Hoe oud is je moeder?"), costs);
        assertEquals(0, chat.state.misunderstood(), "a question is no wrong answer");
        String robot = chat.send("ben jij een robot?");
        assertTrue(robot.startsWith("Ik ben een digitale assistent, geen mens."), robot);
        String opening = new Chat(Medium.WHATSAPP).send("is dit een robot?");
        assertTrue(opening.contains("Ik ben de digitale assistent van het klantenbureau van Sorg.")
                && opening.contains("\n\nLiever met een mens praten? Stuur dan 'medewerker'.")
                && !opening.contains("geen mens"), "the welcome says it already: " + opening);
        chat.send("80");
        assertEquals("80", chat.state.value(Slot.AGE));

        // what else the question told is kept: the first message, and one in the middle
        Chat first = new Chat(Medium.WHATSAPP);
        String r = first.send("Hallo, wat kost dagbesteding voor mijn moeder van 80 in Groenlo?");
        assertTrue(r.contains("Ik heb al begrepen: voor je moeder, 80 jaar, in Groenlo, dagbesteding.\n\nWat de hulp kost"), r);
        assertEquals(Step.ASKING, first.state.step());
        assertEquals(Slot.CONSENT, first.state.asking());
        Chat middle = atWhoFor();
        middle.send("hoeveel moet ik betalen voor mijn vader?");
        assertEquals("FATHER", middle.state.value(Slot.CARE_FOR));
        assertTrue(middle.last.getFirst().endsWith("Hoe oud is je vader?"), middle.last.getFirst());

        // a greeting before it, or a question announced without its mark
        for (String asked : List.of("hallo ik heb een vraag over de eigen bijdrage wmo", "Goedemiddag, hoeveel kost dat",
                "hoi, i have a question about the costs")) {
            String answer = new Chat(Medium.WHATSAPP).send(asked);
            assertTrue(answer.contains("Wat de hulp kost") || answer.contains("What the help costs"), asked + ": " + answer);
        }
        assertFalse(OfficeQuestion.isAQuestion("morgen is goed", "morgen is goed"), "'morgen' is no greeting here");

        // not a question about the desk: a need about money, and a wish to be called
        Chat money = askedTheNeed(Medium.WHATSAPP);
        money.send("ik kan mijn rekeningen niet meer betalen, kunnen jullie helpen?");
        assertTrue(money.state.has(Slot.NEED));
        assertEquals(Optional.empty(), OfficeQuestion.of("bel me maar?"));
    }

    @Test
    void askedToBeCalledBackHowLongItTakesOrWhenHelpStartsTheClientIsAnswered() {
        Chat phone = atWhoFor();
        String r = phone.send("kunnen jullie mij terugbellen?");
        assertTrue(r.startsWith("Ja, dat kan. Ik zet erbij dat je gebeld wilt worden op dit nummer.\n\nVoor wie zoek je"), r);
        assertEquals("CALL", phone.state.value(Slot.CONTACT));
        Chat web = new Chat(Medium.WEBCHAT);
        web.send("Hoi");
        web.send("ja");
        r = web.send("kan iemand mij bellen?");
        assertTrue(r.startsWith("Ja, dat kan. Aan het eind vraag ik je telefoonnummer."), r);
        assertTrue(web.effects.stream().noneMatch(e -> e instanceof Effect.Handoff), "not a request for staff now");

        Chat left = atWhoFor();
        left.send("mijn moeder");
        r = left.send("hoe lang duurt dit nog?");
        assertTrue(r.startsWith("Nog 7 korte vragen, dan ben je klaar.\n\nHoe oud is je moeder?"), r);
        assertTrue(new Chat(Medium.WHATSAPP).send("hoeveel vragen zijn het?").contains("Het duurt maar een paar minuten."));
        Chat summary = completed(Medium.WHATSAPP);
        assertTrue(summary.send("duurt het nog lang?").startsWith("Je bent bijna klaar: kijk nog even of alles klopt."));
        Chat declined = new Chat(Medium.WHATSAPP);
        declined.send("Hoi");
        declined.send("nee");
        assertTrue(declined.send("hoe lang duurt dit nog?").startsWith("Er loopt nu geen aanvraag."),
                "a client who said no made no request");

        Chat waits = atWhoFor();
        r = waits.send("hoe lang duurt het voordat ze hulp krijgt?");
        assertTrue(r.startsWith("Dat hangt af van de hulp en van de aanbieder: sommige hebben een wachtlijst. Je "
                + "coördinator vertelt je meer en neemt binnen 2 werkdagen contact met je op."), r);
        assertEquals(Optional.of(OfficeQuestion.WAIT_TIME), OfficeQuestion.of("is er een wachtlijst?"));
        assertEquals(Optional.empty(), OfficeQuestion.of("we staan al op een wachtlijst"), "told, not asked");
    }

    @Test
    void aQuestionAboutPrivacyAtTheConsentQuestionIsAnsweredFirst() {
        for (String asked : List.of("wat doen jullie met mijn gegevens?", "wie kan dit zien?", "who can see this?")) {
            Chat chat = new Chat(Medium.WHATSAPP);
            chat.send("Hoi");
            String r = chat.send(asked);
            assertTrue(r.startsWith(asked.startsWith("who") ? "I'll continue in English. We keep what you tell us only"
                    : "We bewaren wat je ons vertelt alleen om je te helpen met je zorgvraag."), r);
            assertTrue(r.endsWith(asked.startsWith("who") ? "2. No" : "2. Nee"), r);
            assertEquals(Slot.CONSENT, chat.state.asking());
        }
        for (String other : List.of("wie kan mijn moeder helpen?", "wat gebeurt er met mijn aanvraag?", "wat gebeurt er nu?")) {
            assertNotEquals(Optional.of(OfficeQuestion.PRIVACY), OfficeQuestion.of(other), other);
        }
    }

    @Test
    void aClientWhoTellsTheirStoryPastTheConsentQuestionIsNotMisunderstood() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hallo");
        String r = chat.send("ik zoek hulp");
        assertTrue(r.startsWith("Dank je. Eerst nog even dit: mogen we bewaren wat je ons vertelt?"), r);
        Chat slip = new Chat(Medium.WHATSAPP);
        slip.send("Hallo");
        assertTrue(slip.send("jq").startsWith("Sorry, dat begreep ik niet."), "a slip of the thumb is asked again");
    }

    @Test
    void doubtOrAQuestionAtTheConsentQuestionIsAnsweredWithWhyNotTakenForYes() {
        for (String doubt : List.of("ik weet het niet", "weet niet", "ik twijfel", "waarom?", "wat bedoel je?",
                "mag ik eerst iets vragen?", "mag ik eerst iets vragen")) {
            Chat chat = new Chat(Medium.WHATSAPP);
            chat.send("Hoi");
            String r = chat.send(doubt);
            assertTrue(r.startsWith("Je beslist dit zelf. We vragen het omdat"), doubt + ": " + r);
            assertTrue(chat.effects.isEmpty(), doubt + ": no consent taken");
            assertEquals(Slot.CONSENT, chat.state.asking());
            String again = chat.send("weet niet");
            assertEquals(1, again.split("'medewerker'", -1).length - 1, "a person offered once: " + again);
        }
        Chat thumb = new Chat(Medium.WHATSAPP);
        thumb.send("Hoi");
        assertEquals("Bedoel je ja? Stuur dan 'ja'.", thumb.send("\uD83D\uDC4D"));
        assertTrue(thumb.effects.isEmpty(), "consent to keep health data is given in words");
        for (String yes : List.of("mag", "okidoki", "oki", "alright", "goed hoor")) {
            Chat mag = new Chat(Medium.WHATSAPP);
            mag.send("Hoi");
            mag.send(yes);
            assertInstanceOf(Effect.ConsentGiven.class, mag.effects.getFirst(), yes);
        }
    }

    @Test
    void askingBackWhyOrWhatIsAnsweredAndTheQuestionStands() {
        Chat age = atWhoFor();
        age.send("mijn moeder");
        String r = age.send("waarom wil je dat weten?");
        assertEquals("De leeftijd helpt ons de juiste hulp te vinden. Voor kinderen is er andere hulp dan voor "
                + "volwassenen of ouderen. Hoe oud is je moeder?", r);
        assertEquals(0, age.state.misunderstood());

        Chat need = askedWhereMotherLives();
        need.send("Groenlo");
        String kinds = need.send("wat voor hulp is er allemaal?");
        assertTrue(kinds.startsWith("Er zijn veel soorten hulp:"), kinds);
        assertFalse(need.state.has(Slot.NEED), "a question is not the need");
        need.send("kan niet meer alleen thuis blijven");
        assertTrue(need.state.has(Slot.NEED), "a statement that starts like a question is the need");

        Chat indication = askedTheIndication();
        assertTrue(indication.send("wat is een indicatie?").startsWith("Een indicatie (of beschikking) is een brief"));
        assertFalse(indication.state.has(Slot.INDICATION));
        assertTrue(indication.send("hoe vraag ik dat aan?").startsWith("Een indicatie (of beschikking) is een brief"));
        assertTrue(indication.send("is dat erg?").contains("Geen probleem: je coördinator helpt je met de aanvraag."));
        String no = indication.send("nee, hoe krijg ik die?");
        assertEquals("NO", indication.state.value(Slot.INDICATION), "answered first");
        assertTrue(no.startsWith("Je coördinator helpt je met de aanvraag. Hoe mogen we je noemen?"), no);
    }

    @Test
    void noOrThanksUnderTheSuggestionsIsNoPreference() {
        for (String answer : List.of("nee", "nee hoor", "no thanks", "dankjewel")) {
            Chat chat = atTheSuggestions();
            String r = chat.send(answer);
            assertEquals(Step.DONE, chat.state.step(), answer);
            assertTrue(r.contains("Wat gebeurt er nu?"), r);
            assertNull(chat.state.chosenProvider());
        }
    }

    /** A client at the suggestions: "1. Zorgboerderij De Linde", "2. Zorgerf Het Veld". */
    private static Chat atTheSuggestions() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hallo, ik zoek dagbesteding op een zorgboerderij voor mijn zoon van 15 met autisme, "
                + "wij wonen in Lichtenvoorde");
        chat.sendAll("ja", "binnen een paar weken", "nee", "Anna", "1", "ja");
        assertEquals(Step.CHOOSE_PROVIDER, chat.state.step());
        return chat;
    }

    @Test
    void aSuggestionIsChosenByItsNameAndAQuestionAboutOneChoosesNothing() {
        Map<String, String> named = Map.of("de linde graag", "p1", "Zorgerf Het Veld", "p2", "het veld", "p2");
        for (Map.Entry<String, String> e : named.entrySet()) {
            Chat chat = atTheSuggestions();
            chat.send(e.getKey());
            assertEquals(e.getValue(), chat.state.chosenProvider(), e.getKey());
            assertEquals(Step.DONE, chat.state.step());
        }
        Chat denied = atTheSuggestions();
        denied.send("niet de linde");
        assertNull(denied.state.chosenProvider(), "a name denied chooses nothing");
        Chat oneDenied = atTheSuggestions();
        oneDenied.send("de linde, niet het veld");
        assertEquals("p1", oneDenied.state.chosenProvider(), "the other one denied: this one chosen");
        Chat both = atTheSuggestions();
        assertEquals("1. Zorgboerderij De Linde\n2. Zorgerf Het Veld\n\nHeb je een voorkeur? Stuur het nummer. Geen "
                + "voorkeur? Stuur 0.", both.send("de linde of het veld"), "the choices again, for the web chat's buttons");
        assertNull(both.state.chosenProvider());

        for (String asks : List.of("hebben ze plek bij de linde?", "ik wil eerst meer weten over de linde")) {
            Chat chat = atTheSuggestions();
            String r = chat.send(asks);
            assertTrue(r.startsWith("Daar kan je coördinator je meer over vertellen.") && r.endsWith("\n\n1. "
                    + "Zorgboerderij De Linde\n2. Zorgerf Het Veld\n\n" + Dialogue.preferenceQuestion(Language.NL)),
                    asks + ": " + r);
            assertNull(chat.state.chosenProvider(), asks);
            assertEquals(Step.CHOOSE_PROVIDER, chat.state.step());
        }
        Chat announced = atTheSuggestions();
        assertTrue(announced.send("mag ik nog iets vragen").startsWith("Stel je vraag gerust."));
        Chat neither = atTheSuggestions();
        neither.send("geen van beide");
        assertEquals(Step.DONE, neither.state.step());
        assertNull(neither.state.chosenProvider());
    }

    @Test
    void aClientWhoAsksToCallIsGivenTheNumberNotCalledBack() {
        Dialogue withPhone = new Dialogue(Chat.GAZETTEER, Chat.VOCABULARY, q -> List.of(),
                new Dialogue.Settings("Sorg", "binnen 2 werkdagen", "within 2 working days", null, "0543 12 34 56", null));
        Turn t = withPhone.next(DialogueState.initial(), new Input("kan ik jullie ook bellen?", 1, Medium.WHATSAPP, false));
        assertTrue(t.replies().getFirst().endsWith("Ja hoor. Je kunt het klantenbureau bellen: 0543 12 34 56."),
                t.replies().getFirst());
        assertFalse(t.state().has(Slot.CONTACT), "the client calls us: no wish to be called back");
        Turn english = withPhone.next(DialogueState.initial(), new Input("Hi, can I call you?", 1, Medium.SMS, false));
        assertTrue(english.replies().getFirst().endsWith("You can call the customer office: 0543 12 34 56."));
        Turn whom = withPhone.next(DialogueState.initial(), new Input("wij zoeken thuiszorg voor mijn oma van 95, ze "
                + "woont in Harreveld. Wie kunnen we bellen?", 1, Medium.SMS, false));
        assertTrue(whom.replies().getFirst().endsWith("Ja hoor. Je kunt het klantenbureau bellen: 0543 12 34 56."),
                whom.replies().getFirst());
        assertFalse(whom.state().has(Slot.CONTACT), "asking whom to call is no wish to be called");
        assertEquals("GRANDMOTHER", whom.state().value(Slot.CARE_FOR));

        Chat without = atWhoFor();
        String r = without.send("wat is jullie telefoonnummer?");
        assertTrue(r.startsWith("Het telefoonnummer van het klantenbureau staat op de website van Sorg."), r);
        assertTrue(r.endsWith("6. Als professional, voor een cliënt"), r);
    }

    @Test
    void anAgeToldAgainWithAnAnswerCorrectsTheAge() {
        Chat chat = askedTheIndication();
        String r = chat.send("nee, hij is 16");
        assertEquals("NO", chat.state.value(Slot.INDICATION));
        assertEquals("16", chat.state.value(Slot.AGE));
        assertTrue(r.startsWith("Dank je, ik heb de leeftijd aangepast. Hoe mogen we je noemen?"), r);
        Correction c = chat.state.corrections().getLast();
        assertEquals(Slot.AGE, c.slot());
        assertEquals("15", c.before().value());

        Chat birthday = askedHowSoon();
        birthday.send("binnen een paar weken, hij wordt 16 volgende maand");
        assertEquals("15", birthday.state.value(Slot.AGE), "a birthday coming is no correction");
        Chat same = askedTheIndication();
        assertTrue(same.send("nee, hij is 15").startsWith("Hoe mogen we je noemen?"));
    }

    @Test
    void aShortAnswerToAnotherQuestionIsNoDescriptionOfHelp() {
        Chat chat = askedTheNeed(Medium.SMS);
        String r = chat.send("zsm");
        assertTrue(r.startsWith("Dank je, dat heb ik genoteerd. Waar zoek je hulp bij?"), r);
        assertFalse(chat.state.has(Slot.NEED));
        assertEquals("SOON", chat.state.value(Slot.URGENCY), "'zsm' answers how soon");
        chat.send("ze kan niet meer alleen thuis wonen");
        assertEquals("ouderen", chat.state.value(Slot.NEED));
    }

    @Test
    void notKnowingWhatHelpThereIsIsMetKindlyAndTheSecondTimeAccepted() {
        Chat chat = askedTheNeed(Medium.SMS);

        String r = chat.send("weet ik niet");

        assertTrue(r.startsWith("Dat geeft niets. Vertel dan in je eigen woorden wat er aan de hand is."), r);
        assertFalse(chat.state.has(Slot.NEED));
        assertFalse(chat.state.has(Slot.URGENCY), "not knowing the help says nothing about how soon");
        assertTrue(chat.send("ik weet het echt niet").contains("Hoe snel is de hulp nodig?"), "asked once, not again");
        assertEquals("ik weet het echt niet", chat.state.answer(Slot.NEED).said());

        Chat told = askedTheNeed(Medium.WHATSAPP);
        told.send("geen idee");
        told.send("ze vergeet steeds meer en dwaalt 's nachts");
        assertEquals("dementie", told.state.value(Slot.NEED));
    }

    @Test
    void howSoonFromTheDayTheClientNamesCountedFromTheirMessage() {
        Map<String, String> said = Map.of("het liefst voor de kerst", "WEEKS", "per 1 januari", "WEEKS",
                "voor 10 december", "SOON", "vanaf maart", "NO_HURRY", "eind december", "WEEKS");
        for (Map.Entry<String, String> e : said.entrySet()) {
            Chat chat = askedHowSoon();
            chat.at = java.time.Instant.parse("2026-12-07T10:00:00Z");
            chat.send(e.getKey());
            assertEquals(e.getValue(), chat.state.value(Slot.URGENCY), e.getKey());
        }
        Chat birthday = askedHowSoon();
        birthday.at = java.time.Instant.parse("2026-12-07T10:00:00Z");
        String age = birthday.state.value(Slot.AGE);
        assertTrue(birthday.send("ze is 1 januari jarig").startsWith("Sorry"), "a day without what it is to the help");
        assertEquals(age, birthday.state.value(Slot.AGE), "a day of a month is no age");
        LocalDate newYearsEve = LocalDate.of(2026, 12, 30);
        assertEquals(Optional.of(Urgency.SOON), WhenNeeded.of("voor 2 januari", newYearsEve), "into the next year");
        assertEquals(Optional.of(Urgency.NO_HURRY), WhenNeeded.of("na de zomer", newYearsEve));
        assertEquals(Optional.empty(), WhenNeeded.of("voor jan", newYearsEve), "Jan is a name");
    }

    @Test
    void howSoonInTheClientsOwnWords() {
        Map<String, String> said = Map.of("eigenlijk gisteren al", "SOON", "het brandt niet", "NO_HURRY",
                "na de zomer", "NO_HURRY", "wanneer het uitkomt", "NO_HURRY");
        for (Map.Entry<String, String> e : said.entrySet()) {
            Chat chat = askedHowSoon();
            chat.send(e.getKey());
            assertEquals(e.getValue(), chat.state.value(Slot.URGENCY), e.getKey());
        }
        firstMessagesRead(Slot.URGENCY, Map.of(), List.of(
                "ik heb gisteren al gebeld met de huisarts, mijn moeder van 80 heeft dementie",
                "mijn zoon van 11 gaat na de zomer naar de middelbare school"));
    }

    @Test
    void howSoonOrTheIndicationToldAtTheNeedQuestionIsKeptAndTheNeedAskedAgain() {
        for (String soon : List.of("binnen een paar weken", "ik heb snel hulp nodig", "er is geen haast")) {
            Chat chat = atTheNeed();
            String reply = chat.send(soon);
            assertTrue(reply.startsWith("Dank je, dat heb ik genoteerd. Waar zoek je hulp bij?"), soon + ": " + reply);
            assertFalse(chat.state.has(Slot.NEED), soon);
            assertTrue(chat.state.has(Slot.URGENCY), soon);
        }
        Chat indication = atTheNeed();
        assertTrue(indication.send("ze heeft al een indicatie").startsWith("Dank je, dat heb ik genoteerd. Waar zoek"));
        assertEquals("YES", indication.state.value(Slot.INDICATION));
        assertFalse(indication.state.has(Slot.NEED));
        Chat applied = atTheNeed();
        assertTrue(applied.send("aangevraagd bij de gemeente").startsWith("Dank je, dat heb ik genoteerd. Waar zoek"));
        assertEquals("REQUESTED", applied.state.value(Slot.INDICATION));
        assertFalse(applied.state.has(Slot.NEED));

        Chat story = atTheNeed();
        story.send("het gaat niet meer thuis, ze valt de laatste weken vaak");
        assertTrue(story.state.has(Slot.NEED), "a story that mentions weeks is the need");
        Chat cared = atTheNeed();
        cared.send("zo snel mogelijk hulp bij het douchen");
        assertEquals("wijkverpleging", cared.state.value(Slot.NEED), "words of care make it the need");
    }

    private static Chat atTheNeed() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("mijn moeder van 80 in Groenlo");
        assertTrue(chat.send("ja").startsWith("Waar zoek je hulp bij?"));
        return chat;
    }

    @Test
    void aPhoneNumberOrAddressSentAtTheNeedIsHowToReachNotTheHelp() {
        for (String detail : List.of("anna@example.nl", "06 12345678")) {
            Chat chat = atTheNeed();
            assertTrue(chat.send(detail).startsWith("Dank je, dat heb ik genoteerd. Waar zoek je hulp bij?"), detail);
            assertFalse(chat.state.has(Slot.NEED), detail);
            assertEquals("OTHER", chat.state.value(Slot.CONTACT), detail);
        }
    }

    @Test
    void whatPeopleTellAboutTheirSituationBecomesTheNeed() {
        Chat carer = new Chat(Medium.WHATSAPP);
        String first = carer.send("goedendag, mijn vrouw heeft parkinson en ik kan de zorg niet meer alleen aan. "
                + "wij wonen in neede");
        assertTrue(first.contains("voor je vrouw, in Neede, lichamelijke beperking of ziekte, steun voor mantelzorgers"),
                first);

        Chat self = new Chat(Medium.WHATSAPP);
        self.send("Ik heb hulp nodig met mijn rekeningen, ik kom er niet meer uit");
        self.send("ja");
        assertEquals("SELF", self.state.value(Slot.CARE_FOR));
        assertEquals("thuisadministratie", self.state.value(Slot.NEED));

        Chat father = new Chat(Medium.WHATSAPP);
        father.send("mijn vader (84) woont in ulft, hij kan niet meer goed voor zichzelf zorgen");
        father.send("ja");
        assertEquals("wijkverpleging", father.state.value(Slot.NEED));

        Chat daughter = new Chat(Medium.WHATSAPP);
        daughter.send("We zoeken een zorgboerderij voor onze dochter met autisme (16), Doetinchem");
        daughter.send("ja");
        assertEquals("16", daughter.state.value(Slot.AGE));

        Chat parent = new Chat(Medium.WHATSAPP);
        parent.send("mijn kind van 7 heeft veel driftbuien en we weten het niet meer");
        parent.send("ja");
        assertEquals("gedrag", parent.state.value(Slot.NEED));
    }

    @Test
    void ikBenPietIsANameWhenTheNameIsAsked() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("mijn zoon van 15 met autisme zoekt dagbesteding in Lichtenvoorde");
        chat.send("ja");
        chat.send("zsm");
        assertTrue(chat.send("weet niet").contains("Hoe mogen we je noemen?"));
        assertTrue(chat.send("ik ben Piet").contains("Hoe wil je dat de coördinator contact met je opneemt?"));
        assertEquals("Piet", chat.state.value(Slot.NAME));
    }

    @Test
    void whoTheWriterIsBeforeTheirNameIsNoName() {
        Chat both = atTheName();
        assertTrue(both.send("ik ben de dochter, Petra").startsWith("Hoe wil je dat de coördinator"));
        assertEquals("Petra", both.state.value(Slot.NAME));

        Chat role = atTheName();
        String reply = role.send("ik ben de dochter");
        assertTrue(reply.startsWith("Fijn dat je dat vertelt. Hoe mogen we jou noemen?"), reply);
        assertFalse(role.state.has(Slot.NAME));
        assertEquals("MOTHER", role.state.value(Slot.CARE_FOR), "the daughter of the mother named before");
        role.send("Ria");
        assertEquals("Ria", role.state.value(Slot.NAME));

        Chat carer = atTheName();
        carer.send("ik ben haar mantelzorger");
        assertFalse(carer.state.has(Slot.NAME));
        assertEquals("MOTHER", carer.state.value(Slot.CARE_FOR), "no correction to 'je naaste'");
    }

    @Test
    void whenToBeReachedIsKeptWithHowAndAnAddressWithACommaForADotIsRead() {
        Map<String, String> lines = Map.of(
                "bel me na 17:00", "8. Contact: telefonisch, op dit nummer, na 17:00\n",
                "bellen maar niet tussen 12 en 13", "8. Contact: telefonisch, op dit nummer, niet tussen 12 en 13\n",
                "whatsapp, liefst 's avonds", "8. Contact: via WhatsApp, liefst 's avonds\n",
                "06-12345678 maar liever na 5 uur", "8. Contact: telefonisch, 0612345678, liever na 5 uur\n",
                "mail petra.devries@gmail,com", "8. Contact: per e-mail, petra.devries@gmail.com\n",
                "bel me maar", "8. Contact: telefonisch, op dit nummer\n");
        for (Map.Entry<String, String> line : lines.entrySet()) {
            Chat chat = atTheName();
            chat.send("Petra");
            String summary = chat.send(line.getKey());
            assertTrue(summary.contains(line.getValue()), line.getKey() + ": " + summary);
        }
        Chat evening = atTheName();
        evening.send("Petra");
        evening.send("bel me na 17:00");
        evening.send("ja");
        String next = evening.send("0");
        assertTrue(next.contains("contact met je op (telefonisch, op dit nummer, na 17:00)."), next);

        Chat mails = atTheName();
        mails.send("Petra");
        assertEquals("Goed, dan mailen we je. Op welk e-mailadres?", mails.send("liever mailen"));

        // a time told elsewhere in a message that asks to be called is not when to call
        Chat first = new Chat(Medium.WHATSAPP);
        first.send("mijn moeder van 80 in Groenlo is om 8 uur gevallen, bel me alsjeblieft");
        assertEquals("bel me alsjeblieft", first.state.answer(Slot.CONTACT).said());
    }

    private static Chat atTheName() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("mijn moeder van 80 in Groenlo heeft hulp nodig bij het douchen");
        chat.send("ja");
        chat.send("zsm");
        assertTrue(chat.send("nee").startsWith("Hoe mogen we je noemen?"));
        return chat;
    }

    @Test
    void callMeBackNamesNoOneAndNoemMeMaarElsIsEls() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hi I need help for my mother");
        chat.send("yes");
        chat.send("can you call me back?");
        assertFalse(chat.state.has(Slot.NAME), "not 'back'");
        assertEquals("CALL", chat.state.value(Slot.CONTACT));
        assertEquals("Els", slotAfterFirst("Hoi, noem me maar Els. Mijn vader van 80 woont in Groenlo", Slot.NAME));
        assertEquals("Sarah", slotAfterFirst("Hi, call me Sarah. My dad (82) lives in Eibergen", Slot.NAME));
    }

    @Test
    void aNameGivenWithIkBenInTheFirstMessageIsNotAskedAgain() {
        assertEquals("Truus", slotAfterFirst("hoi ik ben Truus, mijn moeder van 84 woont in Groenlo", Slot.NAME));
        assertEquals("Sarah", slotAfterFirst("Hi, I'm Sarah. My dad (82) lives in Eibergen", Slot.NAME));
        assertEquals("Anna van Dijk", slotAfterFirst("Ik ben Anna van Dijk en mijn zoon van 8 heeft adhd", Slot.NAME));
        for (String notAName : List.of("Hallo ik ben de buurvrouw van meneer Jansen, hij is 79",
                "ik ben op, mijn man heeft parkinson", "Ik ben Mantelzorger van mijn vader", "ik ben 34 en zoek hulp",
                "I am Looking for help for my mother", "Ik ben Moe, mijn man heeft alzheimer",
                "Ik ben Wijkverpleegkundige, mijn cliënt is 80")) {
            assertNull(slotAfterFirst(notAName, Slot.NAME), notAName);
        }
    }

    @Test
    void wordsThatAreNoNameAreNotTakenForOne() {
        for (String notAName : List.of("klopt", "prima", "Dank je", "waarom?", "Hoi")) {
            Chat chat = askedTheIndication();
            assertTrue(chat.send("nee").contains("Hoe mogen we je noemen?"));
            chat.send(notAName);
            assertFalse(chat.state.has(Slot.NAME), notAName);
        }
        Chat why = askedTheIndication();
        why.send("nee");
        assertEquals("Dan weet de coördinator hoe je heet. Je voornaam is genoeg. Hoe mogen we je noemen?",
                why.send("waarom?"));
        Chat greeting = askedTheIndication();
        greeting.send("nee");
        greeting.send("Hoi, ik ben Piet");
        assertEquals("Piet", greeting.state.value(Slot.NAME));
    }

    @Test
    void anIndicationTheClientSaysTheyDoNotHaveIsNo() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hallo, ik zoek dagbesteding op een zorgboerderij voor mijn zoon van 15 met autisme, "
                + "wij wonen in Lichtenvoorde");
        chat.send("ja");
        assertTrue(chat.send("binnen een paar weken").contains("Is er al een indicatie"));
        chat.send("heb ik niet");
        assertEquals("NO", chat.state.value(Slot.INDICATION));
        Map<String, String> answers = Map.of("we have nothing yet", "NO", "nog niks", "NO", "we hebben niks", "NO",
                "ik weet er niets van", "UNKNOWN");
        answers.forEach((said, value) -> {
            assertEquals(value, indicationAnswered(said), said);
        });
    }

    @Test
    void anIndicationInTheWordsOfItsPackageOrStillBeingDecidedIsRead() {
        Map<String, String> said = Map.of("ze heeft een zzp 5", "YES", "de wijkverpleegkundige heeft het geïndiceerd",
                "YES", "loopt nog bij het ciz", "REQUESTED", "we wachten op de beschikking", "REQUESTED",
                "is in behandeling bij de gemeente", "REQUESTED", "de indicatie loopt tot 2027", "YES",
                "wmo loopt", "REQUESTED", "de indicatie loopt nog tot 2027", "YES", "aangevraagd bij de gemeente",
                "REQUESTED");
        for (Map.Entry<String, String> e : said.entrySet()) {
            Chat chat = askedTheIndication();
            chat.send(e.getKey());
            assertEquals(e.getValue(), chat.state.value(Slot.INDICATION), e.getKey());
        }
        for (String deciding : List.of("het loopt nog", "we wachten op de gemeente", "we're still waiting for the decision")) {
            assertEquals("REQUESTED", indicationAnswered(deciding), deciding);
        }
        assertEquals("NO", indicationAnswered("ik wil een aanvraag doen"), "not applied for yet");
        assertEquals(Optional.of("Wlz"), Indication.kindIn("ze heeft een zzp 5"));
    }

    @Test
    void anIndicationNotAppliedForIsNoAndOneAppliedForButNotDecidedIsApplied() {
        for (String no : List.of("nog niet aangevraagd", "nee, nog niet aangevraagd")) {
            assertEquals("NO", indicationAnswered(no), no);
        }
        assertEquals("REQUESTED", indicationAnswered("de indicatie is nog niet rond, wel aangevraagd"));
        firstMessagesRead(Slot.INDICATION, Map.of(
                "mijn zoon van 15 in Ulft heeft autisme. Er is nog geen indicatie aangevraagd.", "NO",
                "mijn zoon van 15 in Ulft heeft autisme. We hebben de indicatie niet aangevraagd", "NO",
                "mijn zoon van 15 in Ulft heeft autisme. De indicatie is aangevraagd maar nog niet binnen.", "REQUESTED"),
                List.of());
    }

    @Test
    void anIndicationAskedAboutOrYetToApplyForIsNotTakenForOneTheClientHas() {
        Map<String, String> first = Map.of("ik wil wmo aanvragen voor mijn moeder", "NO",
                "hoe vraag ik een indicatie aan bij de gemeente voor mijn vader", "NO",
                "Mijn moeder heeft een wmo indicatie. Kunnen jullie helpen?", "YES",
                "we hebben de wmo aangevraagd voor mijn vader", "REQUESTED",
                "ik heb een pgb en een vraag over de zorgboerderij", "YES");
        firstMessagesRead(Slot.INDICATION, first, List.of("heeft mijn moeder recht op wmo?",
                "heeft mijn vader een indicatie nodig?", "hallo ik heb een vraag over de eigen bijdrage wmo",
                "hallo ik heb een vraag over een pgb", "ik wil informatie over de wmo"));
    }

    @Test
    void aStoryToldWhenAskedAboutTheIndicationIsNoNo() {
        Chat chat = askedTheIndication();
        String r = chat.send("hij kan niet meer naar school");
        assertTrue(r.startsWith("Dank je, dat heb ik genoteerd. Is er al een indicatie"), r);
        assertFalse(chat.state.has(Slot.INDICATION));
        Chat nothingNew = askedTheIndication();
        assertTrue(nothingNew.send("hij is heel lief").contains("Kies een nummer"));
        assertFalse(nothingNew.state.has(Slot.INDICATION));

        for (String no : List.of("nee, nog niet", "nog niet", "heb ik niet", "Denk het niet", "we don't have one yet",
                "neej", "nop")) {
            assertEquals("NO", indicationAnswered(no), no);
        }
    }

    @Test
    void aHomeOfCareSomeoneLivesInIsNotTheHelpSought() {
        Chat asked = atHowOldIsYourMother();
        asked.send("84");
        assertTrue(asked.send("in het verpleeghuis in Aalten").startsWith("Waar zoek je hulp bij?"));
        assertEquals("Aalten", asked.state.value(Slot.PLACE));
        assertEquals("dagbesteding", new Chat(Medium.WHATSAPP).sendAll("mijn moeder woont al in het verpleeghuis in "
                + "Aalten en wil graag naar de dagbesteding").state.value(Slot.NEED));
        assertEquals("ouderen", new Chat(Medium.WHATSAPP).sendAll("mijn moeder moet naar een verpleeghuis, ze woont "
                + "in Aalten").state.value(Slot.NEED));
    }

    @Test
    void notKnowingTheAgeOfSomeoneElseIsMetWithAskingForAGuess() {
        Chat chat = atHowOldIsYourMother();
        assertEquals("Dat geeft niets. Een schatting is ook goed, bijvoorbeeld 'rond de 80' of 'een jaar of 40'.",
                chat.send("weet ik niet precies"));
        assertTrue(chat.send("weet ik echt niet").startsWith("Sorry, dat begreep ik niet."), "a guess is asked once");
        chat.send("rond de 80");
        assertEquals("80", chat.state.value(Slot.AGE));
    }

    @Test
    void aStoryToldInsteadOfHowSoonIsKeptWithTheHelpAndTheQuestionAskedKindly() {
        Chat chat = askedHowSoon();
        Answer before = chat.state.answer(Slot.NEED);
        String reply = chat.send("hij heeft het heel zwaar op school en thuis");
        assertEquals("Dank je, dat heb ik genoteerd. Hoe snel is de hulp nodig?", reply.lines().findFirst().orElseThrow());
        assertAddedToTheNeed(chat, before, "hij heeft het heel zwaar op school en thuis");
        // short, or a question: not a story
        for (String not : List.of("weet niet goed", "hoe lang duurt het wachten?")) {
            Chat other = askedHowSoon();
            other.send(not);
            assertEquals(before.said(), other.state.answer(Slot.NEED).said(), not);
        }
        // an old man who wanders is in memory care
        Chat wanders = new Chat(Medium.WHATSAPP).sendAll("mijn vader van 80 loopt steeds weg");
        assertEquals("dementie", wanders.state.value(Slot.NEED));
    }

    @Test
    void aNumberInASentenceAtTheAgeQuestionIsNoAgeAndAYearOrSoIsAboutIt() {
        for (String sentence : List.of("ze woont sinds kort in een flat", "ze woont met twee katten in Aalten")) {
            Chat chat = atHowOldIsYourMother();
            String reply = chat.send(sentence);
            assertFalse(chat.state.has(Slot.AGE), sentence);
            assertFalse(reply.contains("lijkt me jong"), reply);
        }
        Chat about = atHowOldIsYourMother();
        about.send("een jaar of tachtig");
        assertEquals("80", about.state.value(Slot.AGE));
        assertTrue(new Chat(Medium.WHATSAPP).send("mijn vader van een jaar of 75 valt steeds")
                .contains("voor je vader, een jaar of 75,"));
        Chat words = atHowOldIsYourMother();
        words.send("tachtig denk ik");
        assertEquals("80", words.state.value(Slot.AGE));
        assertTrue(new Chat(Medium.WHATSAPP).send("my mum is older than 90 and lives in Aalten")
                .contains("for your mother, over 90,"));
        Chat over = atHowOldIsYourMother();
        over.send("boven de 80");
        assertEquals("80", over.state.value(Slot.AGE));
    }

    /** The need is what it was with this told after it, said in the last message, and where each part was said known. */
    private static void assertAddedToTheNeed(Chat chat, Answer before, String told) {
        Answer need = chat.state.answer(Slot.NEED);
        assertEquals(before.said() + "\n" + told, need.said());
        assertEquals(chat.lastId(), need.messageId());
        assertEquals(List.of(new Correction(Slot.NEED, before, need)), chat.state.corrections(),
                "where each part was said stays known");
    }

    @Test
    void moreAboutTheHelpToldAtAnotherQuestionIsAddedToTheNeed() {
        Chat chat = askedTheIndication();
        Answer before = chat.state.answer(Slot.NEED);
        assertTrue(chat.send("nee maar hij kan ook niet meer naar school").contains("Hoe mogen we je noemen?"));
        assertEquals("NO", chat.state.value(Slot.INDICATION));
        assertEquals("dagbesteding,zorgboerderij,autisme,jeugdzorg", chat.state.value(Slot.NEED));
        assertAddedToTheNeed(chat, before, "nee maar hij kan ook niet meer naar school");
        chat.send("Anna");
        String summary = chat.send("1");
        assertTrue(summary.contains("4. Hulpvraag: dagbesteding, een zorgboerderij, autisme, jeugdhulp\n"), summary);

        Chat same = askedTheIndication();
        same.send("nee, hij heeft autisme");
        assertEquals(List.of(), same.state.corrections(), "nothing new: the need stays as it was");

        // more of the same kind, told instead of an answer, is kept and thanked for
        for (String[] told : new String[][] {{"mijn moeder van 80 in Groenlo heeft hulp nodig bij het douchen", "ja",
                "ze kan ook niet meer alleen aankleden", "Dank je, dat heb ik genoteerd. Hoe snel is de hulp nodig?"},
                {"my mother (80) in Groenlo needs help at home", "yes", "she cant shower alone anymore",
                        "Thank you, I've noted that. How soon is help needed?"}}) {
            Chat more = new Chat(Medium.WHATSAPP);
            more.send(told[0]);
            more.send(told[1]);
            String reply = more.send(told[2]);
            assertTrue(reply.startsWith(told[3]), reply);
            assertEquals("wijkverpleging", more.state.value(Slot.NEED));
            assertTrue(more.state.answer(Slot.NEED).said().endsWith("\n" + told[2]));
        }
    }

    @Test
    void aProfessionalAskingForTheirOwnFamilyAsksForThatRelative() {
        assertEquals("MOTHER", careForAfterFirst("ik ben wijkverpleegkundige en zoek hulp voor mijn "
                + "moeder van 80 in Ulft"));
        assertEquals("CLIENT", careForAfterFirst("ik ben casemanager en zoek voor mijn cliënt een "
                + "dagbesteding"));
        assertEquals("CLIENT", atWhoFor().sendAll("een patiënt van mij").state.value(Slot.CARE_FOR));
    }

    @Test
    void aProfessionalsOwnWorkIsNotTheCareAskedFor() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("hallo ik ben wijkverpleegkundige en zoek voor een client van 67 in borculo een plek voor dagbesteding");
        assertEquals("CLIENT", chat.state.value(Slot.CARE_FOR));
        assertEquals("dagbesteding", chat.state.value(Slot.NEED));

        Chat asked = new Chat(Medium.WHATSAPP);
        asked.send("we hebben een wijkverpleegkundige nodig voor mijn moeder");
        assertEquals("wijkverpleging", asked.state.value(Slot.NEED), "asked for, a nurse is the care");
        assertEquals("MOTHER", asked.state.value(Slot.CARE_FOR));

        // a professional named in passing is someone else's, not the writer's work
        Chat told = new Chat(Medium.WHATSAPP);
        told.send("mijn moeder is gevallen, de huisarts zegt dat ze hulp nodig heeft");
        assertEquals("MOTHER", told.state.value(Slot.CARE_FOR));
        Chat later = askedTheIndication();
        later.send("de huisarts heeft een verwijzing gegeven");
        assertEquals("SON", later.state.value(Slot.CARE_FOR), "no 'correction' to a professional's client");
        for (String own : List.of("wijkteam", "ik ben huisarts")) {
            Chat answer = atWhoFor();
            answer.send(own);
            assertEquals("CLIENT", answer.state.value(Slot.CARE_FOR), own);
        }
    }

    @Test
    void severalChildrenAreAskedForAsTheChildren() {
        for (String first : List.of("mijn tweeling van 6 heeft autisme", "mijn zonen van 12 en 14 hebben autisme",
                "onze dochters hebben adhd", "my kids have autism")) {
            assertEquals("CHILD", careForAfterFirst(first), first);
        }
    }

    @Test
    void whoToldOrWritesAlongIsNotWhoTheCareIsFor() {
        Map<String, String> firsts = Map.of(
                "mijn zus belt mij net over mam, ze is 84 en valt steeds", "MOTHER",
                "mijn zus appte me dat onze moeder weer gevallen is", "MOTHER",
                "my sister called me about mum, she keeps falling", "MOTHER",
                "mijn broer en ik zoeken hulp voor onze vader", "FATHER",
                "mijn zus en ik zorgen voor mam, ze woont in Groenlo", "MOTHER",
                "my wife and I are worried about our son, he is 15", "SON",
                "mijn dochter zegt dat ik hulp nodig heb", "SELF",
                "mijn moeder zegt dat mijn vader niet meer alleen kan", "FATHER",
                // who told is who it is for when nobody else is named
                "mijn zoon belde me, hij heeft hulp nodig met zijn geld", "SON",
                "mijn zoon heeft mij gevraagd om voor hem hulp te zoeken", "SON");
        firsts.forEach((first, who) -> assertEquals(who, careForAfterFirst(first), first));
    }

    @Test
    void noFoodOrNoRoofIsNeededSoonShortOfACrisis() {
        Map<String, String> needs = Map.of(
                "ik heb al 3 dagen niks gegeten en geen geld", "thuisadministratie",
                "I haven't eaten in days, no money", "thuisadministratie",
                "we zijn uit huis gezet en slapen nu bij vrienden", "wonen");
        needs.forEach((first, need) -> {
            Chat chat = new Chat(Medium.WHATSAPP);
            String reply = chat.send(first);
            assertEquals("SOON", chat.state.value(Slot.URGENCY), first);
            assertEquals(need, chat.state.value(Slot.NEED), first);
            assertFalse(reply.contains("112"), "no crisis: " + first);
        });
        assertEquals("SELF", careForAfterFirst("ik heb geen geld meer voor boodschappen"));
        assertFalse(new Chat(Medium.WHATSAPP).sendAll("my son has autism and no food allergies").state.has(Slot.URGENCY));
    }

    @Test
    void relationsNamedTogetherAndTheirAgesAreReadButACountIsNoAge() {
        for (String first : List.of("mijn vader is 2 keer gevallen", "mijn vader is 2x gevallen deze week",
                "hij is 3 dagen per week thuis", "they are 2 days a week at home")) {
            assertFalse(new Chat(Medium.WHATSAPP).sendAll(first).state.has(Slot.AGE), first);
        }
        assertEquals("6", new Chat(Medium.WHATSAPP).sendAll("my kids are 6 and 8").state.value(Slot.AGE));
        Chat both = new Chat(Medium.WHATSAPP).sendAll("ik heb hulp nodig voor mijn zoon en mijn dochter, ze zijn 4 en 6");
        assertEquals("CHILD", both.state.value(Slot.CARE_FOR));
        assertEquals("4", both.state.value(Slot.AGE));
        assertEquals("CHILD", careForAfterFirst("mijn zoon of dochter"));
        for (String parents : List.of("mijn moeder van 84 en mijn vader van 86 wonen nog thuis in Aalten",
                "my mother (84) and my father (86)")) {
            Chat chat = new Chat(Medium.WHATSAPP).sendAll(parents);
            assertEquals("PARENTS", chat.state.value(Slot.CARE_FOR), parents);
            assertEquals("84", chat.state.value(Slot.AGE), parents);
        }
        assertEquals("RELATIVE", careForAfterFirst("mijn vriendin belde me, haar moeder is gevallen"),
                "her mother, not the writer's");
        assertEquals("SON", careForAfterFirst("mijn zoon woont bij zijn vader"));
        assertEquals("DAUGHTER", careForAfterFirst("ik zoek hulp voor mijn dochter, mijn zoon en ik "
                + "wonen in Aalten"));
        for (String client : List.of("I'm a social worker looking for day care for a client of mine, 45, in Doetinchem",
                "ik ben begeleider, een cliënt van ons, 45, woont in Aalten")) {
            assertEquals("45", new Chat(Medium.WHATSAPP).sendAll(client).state.value(Slot.AGE), client);
        }
        assertEquals("12", new Chat(Medium.WHATSAPP).sendAll("mijn zonen zijn 12 en 14 en hebben adhd")
                .state.value(Slot.AGE));
    }

    @Test
    void aWorkplaceInCareSaysTheWriterAsksForSomeoneInTheirCare() {
        Chat practice = new Chat(Medium.WHATSAPP);
        practice.send("Goedemiddag, ik werk bij de huisartsenpraktijk in Groenlo. Een patiënt van 67 heeft hulp nodig "
                + "bij het douchen");
        assertEquals("CLIENT", practice.state.value(Slot.CARE_FOR));
        assertEquals("67", practice.state.value(Slot.AGE));
        Chat homeCare = new Chat(Medium.WHATSAPP);
        homeCare.send("Ik werk in de thuiszorg en zoek dagbesteding voor een cliënt van 80 in Eibergen");
        assertEquals("CLIENT", homeCare.state.value(Slot.CARE_FOR));
        assertEquals("dagbesteding", homeCare.state.value(Slot.NEED), "the writer's home care is not asked for");
        for (String told : List.of("ik werk bij het wijkteam, ik zoek begeleiding voor een jongen van 15",
                "ik werk bij de gemeente Winterswijk en zoek hulp voor een inwoner van 70",
                "ik werk op de huisartsenpost en een patiënt van mij heeft dementie",
                "I work at the GP practice, a patient of ours (78) needs home care in Winterswijk")) {
            assertEquals("CLIENT", careForAfterFirst(told), told);
        }
        // their own family, themselves, or work that is not in care: not a client
        assertEquals("MOTHER", careForAfterFirst("ik werk bij de huisartsenpraktijk, mijn moeder is 80"));
        assertEquals("FATHER", careForAfterFirst("ik werk in een verpleeghuis. mijn vader van 85 heeft "
                + "dementie"));
        assertEquals("SELF", careForAfterFirst("ik werk in de thuiszorg en zoek hulp voor mezelf"));
        assertEquals("SELF", careForAfterFirst("ik ben verpleegkundige en heb zelf een burn-out"));
        assertNull(careForAfterFirst("ik werk bij de gemeente en zoek hulp bij mijn schulden"), "asked, not guessed");
    }

    @Test
    void aGreetingAtAQuestionIsGreetedBackWithTheQuestion() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("hoi");
        chat.send("stop");
        chat.send("start");
        String r = chat.send("Hoi!");
        assertTrue(r.startsWith("Hoi! Wat je ons vertelt, bewaren we veilig."), r);
        assertEquals(0, chat.state.misunderstood(), "a greeting is no misunderstanding");

        Chat again = atWhoFor();
        assertTrue(again.send("hallo").startsWith("Hoi! Voor wie zoek je zorg of hulp?"));
    }

    @Test
    void thePlaceIsWhereTheOneWhoNeedsCareLivesNotTheWriter() {
        Chat chat = atWhoFor();
        chat.send("mijn zoon");
        chat.send("17");
        chat.send("ik woon in Eibergen maar hij woont in Enschede");
        assertEquals("Enschede", chat.state.value(Slot.PLACE));

        Chat first = new Chat(Medium.WHATSAPP);
        first.send("Hoi, ik zoek hulp voor mijn moeder van 85. Ik woon in Doetinchem, zij woont in Zutphen.");
        assertEquals("Zutphen", first.state.value(Slot.PLACE));
        Chat without = new Chat(Medium.WHATSAPP);
        without.send("mijn moeder van 90 valt steeds. ik woon zelf in utrecht en zij in borculo");
        assertEquals("Berkelland", without.state.value(Slot.PLACE), "no 'woont' for her: still not the writer's home");
        Chat together = new Chat(Medium.WHATSAPP);
        together.send("ik woon met mijn moeder van 90 in Groenlo");
        assertEquals("Oost Gelre", together.state.value(Slot.PLACE));

        Chat self = atWhoFor();
        self.send("voor mezelf");
        self.send("40");
        self.send("ik woon in Aalten");
        assertEquals("Aalten", self.state.value(Slot.PLACE));
    }

    @Test
    void aBabysAgeIsReadBackInMonths() {
        Chat chat = atWhoFor();
        chat.send("mijn dochter");
        chat.send("4 maanden");
        chat.send("Vorden");
        chat.send("ze huilt heel veel en ik kan het niet meer aan");
        chat.send("zsm");
        chat.send("nee");
        chat.send("Lisa");
        String summary = chat.send("1");
        assertEquals("0", chat.state.value(Slot.AGE));
        assertTrue(summary.contains("2. Leeftijd: 4 maanden\n"), summary);

        Chat first = new Chat(Medium.WHATSAPP);
        assertTrue(first.send("Hi, my son of 9 months cries all day, we live in Aalten")
                .contains("I understood: for your son, 9 months old, in Aalten"));
    }

    @Test
    void grandparentsTogetherAreOneAnswer() {
        Chat chat = atWhoFor();
        assertTrue(chat.send("voor mn opa en oma").contains("Hoe oud zijn je opa en oma?"));
        assertEquals("GRANDPARENTS", chat.state.value(Slot.CARE_FOR));
        chat.send("85 en 83");
        assertTrue(chat.last.getFirst().startsWith("In welke plaats wonen je opa en oma?"), chat.last.getFirst());

        Chat inLaw = atWhoFor();
        inLaw.send("mijn schoonvader en schoonmoeder");
        assertEquals("PARENTS_IN_LAW", inLaw.state.value(Slot.CARE_FOR));
        Chat parent = atWhoFor();
        parent.send("mijn vader of moeder");
        assertEquals("PARENT", parent.state.value(Slot.CARE_FOR));
    }

    @Test
    void aQuestionAfterHandingInIsAnswered() {
        Chat chat = new Chat(Medium.SMS, List.of());
        chat.send("dagbesteding voor mijn zoon van 15 in Ulft, zo snel mogelijk, geen indicatie");
        chat.send("ja");
        chat.send("mijn naam is Anna");
        chat.send("2");
        chat.send("ja");
        assertEquals(Step.DONE, chat.state.step());
        String when = chat.send("wanneer belt de coordinator?");
        assertTrue(when.startsWith("Je coördinator neemt binnen 2 werkdagen contact met je op."), when);
        assertTrue(when.contains("Stuur 'medewerker'"), when);
        assertTrue(chat.send("kost het geld?").startsWith("Wat de hulp kost, hangt af van de soort hulp"));
        assertTrue(chat.send("krijgt hij dan ook vervoer?").startsWith("Ik heb je vraag bij je aanvraag gezet."));
        assertTrue(chat.send("hij slaapt ook slecht").startsWith("Dank je. Ik heb je bericht bij je aanvraag gezet."));
        assertTrue(chat.send("ik had eerder al gebeld").startsWith("Dank je. Ik heb je bericht"), "no question asked");
        assertTrue(chat.send("hoe lang duurt het").startsWith("Je coördinator neemt"));
        assertEquals("Hoi! Je aanvraag ligt bij het klantenbureau. Je coördinator neemt binnen 2 werkdagen contact met "
                + "je op. Wil je nog iets vertellen of vragen? Stuur het gerust.", chat.send("Hoi"), "back with a greeting");
        assertEquals(Step.DONE, chat.state.step());
    }

    @Test
    void afterHandingInAnotherPersonOrAQuestionToComeIsAnsweredAndANewRequestStarts() {
        Chat chat = atTheSummary();
        chat.send("ja");
        chat.send("0");
        assertEquals(Step.DONE, chat.state.step());
        String other = chat.send("ik zoek nu ook hulp voor mijn vader, hij is 82 en heeft dementie");
        assertTrue(other.endsWith("Wil je een aparte aanvraag doen voor je vader? Stuur dan 'opnieuw'."), other);
        assertTrue(chat.send("Hoi, ik heb nog een vraag").startsWith("Stel je vraag gerust."));
        assertTrue(chat.send("kan ik nog iets toevoegen?").startsWith("Natuurlijk. Stuur het maar"),
                "more to tell announced is no question to pass on");
        assertTrue(chat.send("ik wil nog iets vertellen, ze is vorige week gevallen en ligt nu in het ziekenhuis")
                .startsWith("Dank je. Ik heb je bericht"), "told at once: kept");
        assertTrue(chat.send("mijn moeder slaapt ook slecht").startsWith("Dank je. Ik heb je bericht"),
                "the same person: no new request offered");
        assertEquals(Step.DONE, chat.state.step());
        assertTrue(chat.send("ik wil een nieuwe aanvraag doen").startsWith("We beginnen opnieuw."));
        assertEquals(Step.ASKING, chat.state.step());
    }

    @Test
    void aNoThatAnswersAnotherQuestionAtConsentIsAskedInWords() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("mijn man heeft parkinson, we wonen in Winterswijk");
        String r = chat.send("nee geen indicatie denk ik");
        assertTrue(r.startsWith("Dank je, dat heb ik genoteerd. Bedoel je met 'nee' ook dat we niets mogen bewaren?"),
                r);
        assertEquals(Step.ASKING, chat.state.step());
        assertEquals("HUSBAND", chat.state.value(Slot.CARE_FOR), "nothing thrown away");
        chat.send("ja");
        assertEquals("NO", chat.state.value(Slot.INDICATION), "what the no answered is kept");
        assertEquals(List.of(new Effect.ConsentGiven(Steps.CONSENT_TEXT_VERSION, chat.lastId())), chat.effects);

        Chat declines = new Chat(Medium.WHATSAPP);
        declines.send("hoi, mijn vader heeft dementie");
        declines.send("nee hoor, niet zo dringend");
        declines.send("nee");
        assertEquals(Step.DECLINED, declines.state.step());
        assertEquals(Map.of(), declines.state.answers());

        Chat plain = new Chat(Medium.WHATSAPP);
        plain.send("hoi mijn moeder");
        plain.send("nee liever niet");
        assertEquals(Step.DECLINED, plain.state.step(), "a no that tells nothing else is the answer");
        Chat typed = new Chat(Medium.WHATSAPP);
        typed.send("hoi");
        typed.send("neej");
        assertEquals(Step.DECLINED, typed.state.step(), "'neej' is how many type no");
        Chat nah = new Chat(Medium.WHATSAPP);
        nah.send("hoi");
        nah.send("nah");
        assertEquals(Step.ASKING, nah.state.step(), "NAH is brain injury");
    }

    @Test
    void aBareNoByNumberAfterTellingThingsIsAskedInWords() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("hoi");
        chat.send("mijn vader heeft hulp nodig");
        chat.send("78");
        String r = chat.send("2");
        assertTrue(r.startsWith("Je koos 2: nee. Dan bewaren we niets"), r);
        assertEquals("FATHER", chat.state.value(Slot.CARE_FOR), "nothing thrown away yet");
        assertTrue(chat.send("ja").contains("In welke plaats woont je vader?"));
        assertEquals("78", chat.state.value(Slot.AGE));

        Chat words = new Chat(Medium.WHATSAPP);
        words.send("hoi");
        words.send("mijn vader heeft hulp nodig");
        words.send("2");
        words.send("nee");
        assertEquals(Step.DECLINED, words.state.step());
        assertEquals(List.of(new Effect.ConsentRefused()), words.effects);

        Chat plain = new Chat(Medium.WHATSAPP);
        plain.send("hoi");
        plain.send("2");
        assertEquals(Step.DECLINED, plain.state.step(), "nothing told yet: the option is the answer");
    }

    @Test
    void aPlaceNameSeveralPlacesShareIsAskedAbout() {
        Chat chat = askedWhereMotherLives();
        String r = chat.send("Hengelo");
        assertEquals("""
                Er zijn meer plaatsen die Hengelo heten. Welke bedoel je?
                1. Hengelo in Gelderland (gemeente Bronckhorst)
                2. Hengelo in Overijssel
                Je mag ook je postcode sturen.""", r);
        assertFalse(chat.state.has(Slot.PLACE));
        assertTrue(chat.send("Bronckhorst").contains("Waar zoek je hulp bij?"));
        assertEquals("Bronckhorst", chat.state.value(Slot.PLACE));
        assertEquals("Hengelo", chat.state.answer(Slot.PLACE).said());

        // the options, by number, by province or by municipality; a postcode or another place goes first
        Map<String, String> answers = Map.of("2", "Hengelo", "de eerste", "Bronckhorst",
                "die in gelderland", "Bronckhorst", "niet gelderland maar overijssel", "Hengelo",
                "gemeente Hengelo", "Hengelo", "7255 AB", "Bronckhorst", "nee, hij woont in Lichtenvoorde", "Oost Gelre");
        answers.forEach((answer, municipality) -> {
            Chat c = askedWhereMotherLives();
            c.send("hengelo");
            c.send(answer);
            assertEquals(municipality, c.state.value(Slot.PLACE), answer);
        });

        Chat again = askedWhereMotherLives();
        again.send("Hengelo");
        assertTrue(again.send("Hengelo").contains("1. Hengelo in Gelderland"), "the same name again: which one?");
        assertTrue(again.send("9").startsWith("Sorry, dat begreep ik niet. Er zijn meer plaatsen die Hengelo heten."));
        assertFalse(again.state.has(Slot.PLACE));

        Chat qualified = askedWhereMotherLives();
        qualified.send("Hengelo Gld");
        assertEquals("Bronckhorst", qualified.state.value(Slot.PLACE));

        Chat alike = askedWhereMotherLives();
        assertTrue(alike.send("Voorst").contains("""
                1. Voorst in Gelderland (gemeente Oude IJsselstreek)
                2. Voorst in Gelderland (gemeente Voorst)"""), "one province: the municipality tells them apart");
        alike.send("Oude IJsselstreek");
        assertEquals("Oude IJsselstreek", alike.state.value(Slot.PLACE));

        Chat bergen = askedWhereMotherLives();
        assertTrue(bergen.send("Bergen").contains("2. Bergen in Noord-Holland"), "only its places' names say (NH) or (L)");
        bergen.send("NH");
        assertEquals("Bergen (NH)", bergen.state.value(Slot.PLACE));
    }

    @Test
    void aSharedPlaceNameInTheFirstMessageIsAskedAboutNotForgotten() {
        Chat first = new Chat(Medium.WHATSAPP);
        first.send("hoi ik zoek dagbesteding voor mijn vader van 80, hij woont in Hengelo");
        assertFalse(first.state.has(Slot.PLACE), "not guessed from a first message");
        first.send("ja");
        assertTrue(first.last.getFirst().startsWith("Er zijn meer plaatsen die Hengelo heten. Welke bedoel je?"),
                first.last.getFirst());
        first.send("2");
        assertEquals("Hengelo", first.state.value(Slot.PLACE));
        assertNull(first.state.unclearPlace(), "settled once the place is known");

        Chat english = new Chat(Medium.WHATSAPP);
        english.send("Hi, I'm looking for day care for my mum, 80, in Hengelo");
        english.send("yes");
        assertTrue(english.last.getFirst().contains("1. Hengelo in Gelderland (municipality Bronckhorst)"),
                english.last.getFirst());
        english.send("gelderland");
        assertEquals("Bronckhorst", english.state.value(Slot.PLACE));

        // changed from the summary: asked about again, the change kept
        Chat changed = new Chat(Medium.WHATSAPP);
        changed.sendAll("hoi ik zoek dagbesteding voor mijn vader van 80, hij woont in Hengelo", "ja", "2",
                "binnen een paar weken", "nee", "Piet", "bellen", "3", "Hengelo");
        assertTrue(changed.last.getFirst().startsWith("Er zijn meer plaatsen die Hengelo heten."), changed.last.getFirst());
        assertTrue(changed.send("gelderland").contains("3. Woonplaats: Hengelo (gemeente Bronckhorst)"));
        assertEquals(Slot.PLACE, changed.state.corrections().getLast().slot());

        // told in words at the summary
        Chat told = askedHowSoon();
        told.sendAll("binnen een paar weken", "nee", "Anna", "1");
        assertEquals(Step.SUMMARY, told.state.step());
        assertTrue(told.send("nee hij woont in Hengelo").startsWith("Er zijn meer plaatsen die Hengelo heten."));
        assertTrue(told.send("2").contains("3. Woonplaats: Hengelo\n"));
        assertEquals("Hengelo", told.state.value(Slot.PLACE));
        assertEquals("Oost Gelre", told.state.corrections().getLast().before().value());

        // and after "nee", when asked which line: the change said in words is taken too
        Chat asked = askedHowSoon();
        asked.sendAll("binnen een paar weken", "nee", "Anna", "1");
        assertTrue(asked.send("iets veranderen").startsWith("Wat wil je veranderen?"), "the web chat's button");
        assertTrue(asked.send("hij woont in Groenlo").startsWith("Dank je, dat heb ik aangepast."));
        assertEquals("Groenlo", asked.state.answer(Slot.PLACE).said());
        asked.send("nee");
        assertTrue(asked.send("Hengelo").startsWith("Er zijn meer plaatsen die Hengelo heten."));
    }

    @Test
    void wordsSaidOnTheWayDoNotHideTheAnswer() {
        assertEquals("UNKNOWN", indicationAnswered("weet ik eigenlijk niet"));

        assertEquals("UNKNOWN", indicationAnswered("eerlijk gezegd geen idee"));

        for (String notKnown : List.of("weet ik nog niet precies", "geen flauw idee", "idk", "dunno")) {
            Chat c = askedHowSoon();
            c.send(notKnown);
            assertEquals("UNKNOWN", c.state.value(Slot.URGENCY), notKnown);
        }
        assertEquals("NO", indicationAnswered("nvt"));
    }

    @Test
    void notUrgentWithASoftenerIsNoHurry() {
        for (String notSoSoon : List.of("niet heel dringend", "niet zo heel snel", "not really urgent",
                "het is niet echt dringend maar wel fijn als het snel kan")) {
            Chat chat = askedHowSoon();
            assertTrue(chat.send(notSoSoon).contains("indicatie"), notSoSoon);
            assertEquals("NO_HURRY", chat.state.value(Slot.URGENCY), notSoSoon);
        }
    }

    @Test
    void itDoesNotMatterIsNoHurryOnlyAsThatAnswerAndABirthdayIsNoDeadline() {
        Chat chat = atWhoFor();
        chat.send("mijn schoonmoeder");
        chat.send("80");
        chat.send("Winterswijk");
        chat.send("huishoudelijke hulp");
        assertTrue(chat.send("maakt niet uit").contains("indicatie"));
        assertEquals("NO_HURRY", chat.state.value(Slot.URGENCY));

        Chat fairly = askedHowSoon();
        fairly.send("redelijk snel");
        assertEquals("WEEKS", fairly.state.value(Slot.URGENCY), "fairly soon is not at once");
        Chat quick = askedHowSoon();
        quick.send("snel");
        assertEquals("SOON", quick.state.value(Slot.URGENCY));
        for (String later : List.of("paar maanden", "binnen een paar maanden", "over een half jaar", "in a few months")) {
            Chat months = askedHowSoon();
            months.send(later);
            assertEquals("NO_HURRY", months.state.value(Slot.URGENCY), later);
        }
        Chat waiting = new Chat(Medium.WHATSAPP);
        waiting.send("we wachten al maanden op hulp voor mijn dochter van 8 maanden");
        assertFalse(waiting.state.has(Slot.URGENCY), "months in passing tell nothing about how soon");

        Chat other = atWhoFor();
        other.send("mijn schoonmoeder");
        other.send("maakt niet uit, ze is 80");
        assertEquals("80", other.state.value(Slot.AGE));
        assertFalse(other.state.has(Slot.URGENCY), "said of the age, not of how soon");

        Chat birthday = atWhoFor();
        birthday.send("mijn vader");
        birthday.send("hij wordt 90 volgende maand");
        assertEquals("90", birthday.state.value(Slot.AGE));
        assertFalse(birthday.state.has(Slot.URGENCY), "when he turns 90, not when help is needed");
        Chat party = atWhoFor();
        party.send("mijn moeder");
        party.send("79, ze is volgende week jarig");
        assertFalse(party.state.has(Slot.URGENCY));
    }

    @Test
    void theSummaryShowsTheKindsOfCareWhenTheNeedCameWithWhoAndWhere() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Goedemiddag, mijn dochter van 9 heeft adhd en we zoeken begeleiding, we wonen in 7141AB");
        chat.send("ja");
        chat.send("geen haast");
        chat.send("nee");
        chat.send("Sandra");
        String summary = chat.send("1");
        assertTrue(summary.contains("4. Hulpvraag: gedragsproblemen, begeleiding\n"), summary);

        Chat own = atWhoFor();
        own.send("mijn vader");
        own.send("78");
        own.send("Eibergen");
        own.send("hij valt steeds en kan niet meer goed koken");
        own.send("zsm");
        own.send("nee");
        own.send("Kees");
        assertTrue(own.send("1").contains("4. Hulpvraag: hij valt steeds en kan niet meer goed koken\n"),
                "a need told on its own is shown in the client's words");

        Chat who = new Chat(Medium.WHATSAPP);
        who.send("Hoi, mijn man heeft parkinson en ik kan het niet meer aan");
        who.sendAll("ja", "74", "Neede", "zsm", "nee", "Gerda");
        assertTrue(who.send("1").contains("4. Hulpvraag: mijn man heeft parkinson en ik kan het niet meer aan\n"),
                "who the care is for belongs in the need; the greeting does not");
    }

    @Test
    void contactWishSentForTheNameIsKeptAndTheNameAskedAgain() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hallo, ik zoek dagbesteding op een zorgboerderij voor mijn zoon van 15 met autisme, "
                + "wij wonen in Lichtenvoorde");
        chat.send("1");
        chat.send("binnen een paar weken");
        assertTrue(chat.send("nee").contains("Hoe mogen we je noemen?"));

        String r = chat.send("bel me maar");

        assertFalse(chat.state.has(Slot.NAME), "a wish to be called is not a name");
        assertEquals("CALL", chat.state.answer(Slot.CONTACT).value());
        assertTrue(r.startsWith("Dank je, dat heb ik genoteerd. Hoe mogen we je noemen?"), r);
        String summary = chat.send("Anna de Vries");
        assertEquals("Anna de Vries", chat.state.answer(Slot.NAME).value());
        assertFalse(summary.contains("Hoe wil je dat de coördinator contact met je opneemt?"), summary);
    }

    @Test
    void aNameSentWithAPhoneNumberIsTheNameAndTheNumberIsKept() {
        for (String answer : List.of("Ik ben Anja, bel me op 06-12345678", "Anja. Bel me maar op 0612345678",
                "Anja de Vries; 06 12345678")) {
            Chat chat = askedTheIndication();
            assertTrue(chat.send("nee").contains("Hoe mogen we je noemen?"));

            String r = chat.send(answer);

            assertTrue(r.startsWith("Dit heb ik genoteerd:"), answer + " -> " + r);
            assertTrue(chat.state.value(Slot.NAME).startsWith("Anja"), answer + " -> " + chat.state.value(Slot.NAME));
            assertEquals("OTHER", chat.state.value(Slot.CONTACT), answer);
            assertTrue(chat.state.answer(Slot.CONTACT).said().replaceAll("[ -]", "").equals("0612345678"),
                    chat.state.answer(Slot.CONTACT).said());
        }
        Chat initial = askedTheIndication();
        initial.send("nee");
        initial.send("A. de Vries");
        assertEquals("A. de Vries", initial.state.value(Slot.NAME), "an initial is part of the name");
    }

    @Test
    void needingHelpTonightOrSoonIsUrgentAlsoWhenSaidInPassing() {
        String homeless = "ik ben dakloos en weet niet waar ik vannacht moet slapen";
        assertEquals("SOON", slotAfterFirst(homeless, Slot.URGENCY));
        assertEquals("wonen", slotAfterFirst(homeless, Slot.NEED));
        assertEquals("SOON", slotAfterFirst(
                "Goedemiddag, mijn dochter (9) heeft adhd en we zoeken begeleiding in Winterswijk. Graag snel.",
                Slot.URGENCY));
        assertEquals("SOON", slotAfterFirst("spoed: mijn vader (82) kan niet meer alleen thuis wonen, Ulft",
                Slot.URGENCY));
        assertNull(slotAfterFirst("mijn moeder van 80 wordt snel moe en vergeet veel, ze woont in Groenlo",
                Slot.URGENCY), "'snel moe' says nothing about how soon help is needed");
    }

    @Test
    void helpAtHomeInEnglishIsCareAtHome() {
        assertEquals("wijkverpleging",
                slotAfterFirst("Hi, my mother needs help at home, she is 84 and lives in Groenlo", Slot.NEED));
    }

    /** A chat about a mother of 88 in Aalten that has just been asked what help is sought. */
    private static Chat askedTheNeed(Medium medium) {
        Chat chat = new Chat(medium);
        chat.send("hallo ik zoek hulp voor mijn moeder ze is 88 en woont in Aalten");
        assertTrue(chat.send("1").contains("Waar zoek je hulp bij?"));
        return chat;
    }

    /** A chat with the whole request in its first message that has just been asked about an indication. */
    private static Chat askedHowSoon() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hallo, ik zoek dagbesteding op een zorgboerderij voor mijn zoon van 15 met autisme, "
                + "wij wonen in Lichtenvoorde");
        assertTrue(chat.send("1").contains("Hoe snel is de hulp nodig?"));
        return chat;
    }

    /** The indication read from this answer to its question. */
    private static String indicationAnswered(String said) {
        Chat chat = askedTheIndication();
        chat.send(said);
        return chat.state.value(Slot.INDICATION);
    }

    private static Chat askedTheIndication() {
        Chat chat = askedHowSoon();
        assertTrue(chat.send("binnen een paar weken").contains("Is er al een indicatie"));
        return chat;
    }

    /** The contact wish read from a message that answers the urgency question and says more. */
    private static DialogueState afterUrgencyWith(String text) {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hallo, ik zoek dagbesteding op een zorgboerderij voor mijn zoon van 15 met autisme, "
                + "wij wonen in Lichtenvoorde");
        chat.send("1");
        chat.send("binnen een paar weken, " + text);
        return chat.state;
    }

    @Test
    void aWishNotToBeCalledIsNotReadAsAWishToBeCalled() {
        for (String text : List.of("ik wil niet gebeld worden", "liever niet bellen", "bel me niet",
                "niet bellen aub", "please don't call me", "do not call me")) {
            assertFalse(afterUrgencyWith(text).has(Slot.CONTACT), text);
        }
        for (String text : List.of("niet nu, bel me morgen maar", "ik heb niet veel tijd, bel me maar")) {
            assertEquals("CALL", afterUrgencyWith(text).value(Slot.CONTACT), text);
        }
    }

    @Test
    void onWhatsAppThisChatAskedForBeforeTheQuestionIsNoted() {
        Chat early = new Chat(Medium.WHATSAPP);
        early.sendAll("mijn moeder van 84 in Lichtenvoorde kan niet alleen douchen", "ja", "zo snel mogelijk",
                "weet ik niet");
        String reply = early.send("via whatsapp is prima");
        assertTrue(reply.startsWith("Dank je, dat heb ik genoteerd. Hoe mogen we je noemen?"), reply);
        assertEquals("THIS_CHANNEL", early.state.value(Slot.CONTACT));
        assertEquals("THIS_CHANNEL", new Chat(Medium.WHATSAPP).sendAll("mijn vader van 80 in Aalten heeft hulp nodig "
                + "in huis, app me maar").state.value(Slot.CONTACT));
        for (String not : List.of("mijn vader van 80 in Aalten heeft hulp nodig, ik heb geen whatsapp op mijn werk",
                "SMS mijn vader van 80 in Aalten heeft hulp nodig, via whatsapp graag")) {
            Chat chat = new Chat(not.startsWith("SMS ") ? Medium.SMS : Medium.WHATSAPP);
            chat.send(not.replaceFirst("^SMS ", ""));
            assertFalse(chat.state.has(Slot.CONTACT), not);
        }
    }

    @Test
    void callingToldOfIsNoWishToBeCalled() {
        Chat told = new Chat(Medium.WHATSAPP);
        told.send("mn vader 88 dementie woont alleen in winterswijk, buren bellen mij steeds, ik woon in utrecht");
        assertFalse(told.state.has(Slot.CONTACT), "the neighbours call, the client asked for nothing");
        assertEquals("FATHER", told.state.value(Slot.CARE_FOR));
        for (String wish : List.of("mijn moeder van 80 in Groenlo heeft hulp nodig, liever bellen",
                "mijn moeder van 80 in Groenlo heeft hulp nodig, u mag mij bellen na 5 uur")) {
            assertEquals("CALL", new Chat(Medium.WHATSAPP).sendAll(wish).state.value(Slot.CONTACT), wish);
        }
    }

    @Test
    void aTextMessageAskedForOnWhatsAppGoesToThisNumber() {
        Map<String, String> asked = Map.of("sms", "per sms, op dit nummer",
                "liever per sms", "per sms, op dit nummer",
                "stuur maar een sms'je na 5 uur", "per sms, op dit nummer, na 5 uur",
                "text me please", "per sms, op dit nummer");
        asked.forEach((text, how) -> {
            Chat chat = atTheContactQuestion(Medium.WHATSAPP);
            String summary = chat.send(text);
            assertEquals("SMS", chat.state.value(Slot.CONTACT), text);
            assertTrue(summary.contains("Contact: " + how + "\n"), summary);
        });
        // not wanted: then this channel, as with calls
        Chat whatsapp = atTheContactQuestion(Medium.WHATSAPP);
        whatsapp.sendAll("liever geen sms");
        assertEquals("THIS_CHANNEL", whatsapp.state.value(Slot.CONTACT));
        // on the web chat there is no number yet: it is asked for, without a "sorry"
        Chat web = atTheContactQuestion(Medium.WEBCHAT);
        assertEquals("Goed, dan sturen we je een sms. Op welk telefoonnummer?", web.send("sms graag"));
        web.send("06 12345678");
        assertEquals("0612345678", web.state.answer(Slot.CONTACT).said());
        // on SMS a text message is this channel; not wanted there, the client is asked how then, without a "sorry"
        Chat sms = atTheContactQuestion(Medium.SMS);
        assertEquals("Goed, dan geen sms. Hoe kan de coördinator je het beste bereiken?\n1. Via sms\n"
                + "2. Bel me op dit nummer\n3. Op een ander nummer of per e-mail", sms.send("liever geen sms"));
        assertEquals(Slot.CONTACT, sms.state.asking());
    }

    @Test
    void aTextMessageAskedForBeforeTheQuestionIsNoted() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hoi, ik zoek hulp voor mijn moeder in Ulft, ze is 80. Graag contact per sms, ik kan niet bellen op mijn werk");
        assertEquals("SMS", chat.state.value(Slot.CONTACT));
        assertEquals("Graag contact per sms", chat.state.answer(Slot.CONTACT).said());
        Chat onSms = completedUpToContact(Medium.SMS);
        assertEquals("Dank je, dat heb ik genoteerd. Hoe mogen we je noemen?", onSms.send("liever sms"));
        assertEquals("THIS_CHANNEL", onSms.state.value(Slot.CONTACT));
        for (String text : List.of("Hoi mijn moeder krijgt steeds sms van de gemeente, ze snapt het niet",
                "ik wil geen sms, mijn vader is 80")) {
            assertFalse(new Chat(Medium.WHATSAPP).sendAll(text).state.has(Slot.CONTACT), text);
        }
        // on WhatsApp, WhatsApp is this chat, no text message
        assertEquals("THIS_CHANNEL", new Chat(Medium.WHATSAPP).sendAll("Hoi, ik zoek hulp voor mijn moeder, whatsapp "
                + "is prima").state.value(Slot.CONTACT));
    }

    @Test
    void aWishToBeReachedAtTheWhoForQuestionIsNotTakenForCareForOneself() {
        for (String text : List.of("bel me maar", "text me", "kunt u mij terugbellen?", "sms me graag")) {
            Chat chat = new Chat(Medium.WHATSAPP).sendAll("Hoi", "ja");
            String reply = chat.send(text);
            assertFalse(chat.state.has(Slot.CARE_FOR), text);
            assertTrue(chat.state.has(Slot.CONTACT), text);
            assertEquals(Slot.CARE_FOR, chat.state.asking(), text);
            assertFalse(reply.contains("Sorry"), reply);
        }
        assertEquals("FATHER", new Chat(Medium.WHATSAPP).sendAll("Hoi", "ja", "bel me maar, het gaat om mijn vader")
                .state.value(Slot.CARE_FOR));
        assertEquals("SELF", new Chat(Medium.WHATSAPP).sendAll("Hoi", "ja", "voor mij, bel me maar").state.value(Slot.CARE_FOR));
        assertEquals("MOTHER", new Chat(Medium.WHATSAPP).sendAll("Hi", "yes", "text me please, my mum needs help")
                .state.value(Slot.CARE_FOR));
        // the web chat has no number to call yet: it is asked for later
        Chat web = new Chat(Medium.WEBCHAT).sendAll("Hoi", "ja");
        String reply = web.send("bel me maar");
        assertTrue(reply.startsWith("Dat kan. Naar je telefoonnummer vraag ik straks. Eerst: voor wie zoek je zorg of hulp?"),
                reply);
        assertFalse(web.state.has(Slot.CARE_FOR));
    }

    @Test
    void aQuestionTheAssistantCannotAnswerIsNamedAndTheWayToAPersonGiven() {
        for (String asked : List.of("hallo, hoe werkt dat met een pgb?", "ik heb een vraag over mijn beschikking")) {
            String first = new Chat(Medium.WHATSAPP).send(asked);
            assertTrue(first.contains("Je vraag kan ik zelf niet beantwoorden. Een medewerker wel: stuur dan 'medewerker'."),
                    first);
        }
        // a request put as a question is a request, and a question the desk answers is answered
        for (String request : List.of("Kan iemand mijn moeder helpen met douchen?", "wat kost dagbesteding?")) {
            assertFalse(new Chat(Medium.WHATSAPP).send(request).contains("niet beantwoorden"), request);
        }
        Chat chat = atWhoFor();
        String reply = chat.send("hoe werkt dat met een pgb?");
        assertEquals("Die vraag kan ik zelf niet beantwoorden. Je coördinator wel: die leest dit gesprek bij je aanvraag. "
                + "Wil je het nu al aan een mens vragen? Stuur dan 'medewerker'.", reply.lines().findFirst().orElseThrow());
        assertTrue(reply.contains("Voor wie zoek je zorg of hulp?"), reply);
        assertFalse(reply.contains("Sorry"), reply);
        assertEquals(Slot.CARE_FOR, chat.state.asking());
        // what the client asks back about the question itself is explained, as before
        assertTrue(atWhoFor().sendAll("mijn vader").send("wat bedoel je?").startsWith("De leeftijd helpt ons"));
    }

    @Test
    void everyAnswerPointsToTheMessageItCameFrom() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hoi, het gaat om mijn moeder");
        long first = chat.lastId();
        chat.send("ja");
        chat.send("82 jaar, ze woont in Ulft");
        long third = chat.lastId();
        assertEquals(first, chat.state.answer(Slot.CARE_FOR).messageId());
        assertEquals(third, chat.state.answer(Slot.AGE).messageId());
        assertEquals(third, chat.state.answer(Slot.PLACE).messageId());
        assertEquals("Oude IJsselstreek", chat.state.value(Slot.PLACE));
    }

    @Test
    void consentIsRecordedWithTheTextVersionAndMessage() {
        Chat chat = new Chat(Medium.SMS);
        chat.send("Hoi");
        chat.send("ja hoor");
        assertEquals(new Effect.ConsentGiven(Steps.CONSENT_TEXT_VERSION, chat.lastId()), chat.effects.getFirst());
    }

    @Test
    void refusingConsentDropsWhatWasSaid() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("dagbesteding voor mijn zoon van 15 in Ulft");
        String r = chat.send("nee");
        assertTrue(r.contains("We bewaren niets van wat je schreef."), r);
        assertEquals(List.of(new Effect.ConsentRefused()), chat.effects);
        assertTrue(chat.state.answers().isEmpty());
        assertEquals(Step.DECLINED, chat.state.step());
    }

    @Test
    void aClientWhoSaidNoAndThenYesIsAskedForConsentAgain() {
        for (String yes : List.of("ja", "oh wacht, toch wel ja", "toch wel", "yes")) {
            Chat chat = new Chat(Medium.WHATSAPP);
            chat.send("hoi");
            chat.send("nee");
            String r = chat.send(yes);
            assertTrue(r.startsWith("Fijn dat je toch verder wilt. Wat je ons vertelt, bewaren we veilig.")
                    || r.startsWith("Good, let's continue after all."), yes + ": " + r);
            assertEquals(Slot.CONSENT, chat.state.asking(), "consent is asked, not assumed");
            chat.send("ja");
            assertEquals("YES", chat.state.value(Slot.CONSENT));
        }
        Chat still = new Chat(Medium.WHATSAPP);
        still.send("hoi");
        still.send("nee");
        assertTrue(still.send("nee toch niet").startsWith("We bewaren niets van wat je schrijft."));
        assertEquals(Step.DECLINED, still.state.step());
    }

    @Test
    void anAnswerCorrectedInTheSameMessageIsWhatFollowsTheSlip() {
        Chat consent = new Chat(Medium.WHATSAPP);
        consent.send("hoi");
        consent.send("nee sorry verkeerd getypt, ja is goed");
        assertEquals("YES", consent.state.value(Slot.CONSENT));
        assertEquals("nee sorry verkeerd getypt, ja is goed", consent.state.answer(Slot.CONSENT).said());
        assertTrue(consent.effects.stream().noneMatch(e -> e instanceof Effect.ConsentRefused));
        Chat who = new Chat(Medium.WHATSAPP);
        who.send("hoi");
        who.send("ja");
        who.send("2 oeps ik bedoel 1");
        assertEquals("SELF", who.state.value(Slot.CARE_FOR));
    }

    @Test
    void aBareAgeSentBeforeTheAgeIsAskedIsKept() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("hoi");
        chat.send("mijn oma");
        String r = chat.send("91");
        assertTrue(r.startsWith("Dank je.") && r.contains("mogen bewaren wat je ons vertelt"), r);
        assertEquals("91", chat.state.value(Slot.AGE));

        Chat whoFor = new Chat(Medium.WHATSAPP);
        whoFor.send("hoi");
        whoFor.send("ja");
        assertTrue(whoFor.send("16").startsWith("Dank je, dat heb ik genoteerd. Voor wie zoek je zorg of hulp?"));
        assertEquals("16", whoFor.state.value(Slot.AGE));

        Chat slip = new Chat(Medium.WHATSAPP);
        slip.send("hoi");
        assertTrue(slip.send("3").startsWith("Sorry, dat begreep ik niet."), "one digit is taken for a wrong option");
        assertFalse(slip.state.has(Slot.AGE));
    }

    @Test
    void aClientWhoTellsTheirStoryInsteadOfAnsweringConsentHasNotRefused() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("hoi");
        String r = chat.send("hij heeft parkinson en ik kan het niet meer alleen");
        assertEquals("""
                Dank je. Eerst nog even dit: mogen we bewaren wat je ons vertelt? Alleen het klantenbureau en je \
                coördinator kunnen het zien.
                1. Ja, dat is goed
                2. Nee""", r, "the question in short: the client has just read it in full");
        assertTrue(chat.effects.isEmpty(), "no refusal");
        assertTrue(chat.send("ja").contains("Voor wie zoek je zorg of hulp?"));
        assertEquals("lichamelijke_beperking", chat.state.value(Slot.NEED), "what they told is kept");
    }

    @Test
    void aClientWhoGoesPastConsentAgainIsToldOnceWhyItMatters() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("hallo");
        assertTrue(chat.send("voor mijn buurvrouw").startsWith("Dank je. Eerst nog even dit:"));
        String second = chat.send("79");
        assertTrue(second.startsWith("Dank je. Ik kan je pas verder helpen als ik weet of we mogen bewaren"), second);
        assertTrue(second.endsWith("Stuur 'medewerker', dan helpt een mens je verder."), second);
        String third = chat.send("ze woont in Winterswijk");
        assertEquals("Dank je, dat heb ik genoteerd. Mogen we het bewaren? Stuur 'ja' of 'nee'.", third,
                "in short after that, as a client may send many messages in a row");
        assertTrue(chat.effects.isEmpty());
        assertTrue(chat.send("ja").startsWith("Waar zoek je hulp bij?"), "all that was told is kept");
        assertEquals("79", chat.state.value(Slot.AGE));
        assertEquals("Winterswijk", chat.state.value(Slot.PLACE));
    }

    @Test
    void anAgeTooYoungForTheRelationIsCheckedOnce() {
        Chat chat = atWhoFor();
        chat.send("mijn vader");
        assertEquals("8 jaar lijkt me jong voor je vader. Hoe oud is je vader?", chat.send("8"));
        assertFalse(chat.state.has(Slot.AGE));
        chat.send("nee 80 sorry");
        assertEquals("80", chat.state.value(Slot.AGE));

        Chat insists = atWhoFor();
        insists.send("mijn oma");
        insists.send("18");
        assertTrue(insists.send("18").startsWith("In welke plaats woont je oma?"), "said twice, it stands");
        assertEquals("18", insists.state.value(Slot.AGE));

        Chat son = atWhoFor();
        son.send("mijn zoon");
        son.send("8");
        assertEquals("8", son.state.value(Slot.AGE));
    }

    @Test
    void theAgeTellsWhatCareAWordLikeConfusedNames() {
        Chat father = new Chat(Medium.WHATSAPP);
        father.send("mijn vader is erg verward de laatste tijd, hij woont in Aalten");
        father.send("ja");
        assertEquals("", father.state.value(Slot.NEED), "kept, but no kind of care before the age is known");
        assertEquals("mijn vader is erg verward de laatste tijd, hij woont in Aalten", father.state.answer(Slot.NEED).said());
        father.send("81");
        assertEquals("dementie", father.state.value(Slot.NEED));

        Chat self = atWhoFor();
        self.send("voor mezelf");
        self.send("34");
        self.send("Doetinchem");
        self.send("ik ben vaak in de war");
        assertEquals("ggz", self.state.value(Slot.NEED));

        Chat grandmother = new Chat(Medium.WHATSAPP);
        grandmother.send("hoi");
        grandmother.send("93");
        grandmother.send("ze eet niet meer goed en vergeet alles");
        assertTrue(grandmother.effects.isEmpty(), "told, not refused");
        assertEquals("dementie,ouderen", grandmother.state.value(Slot.NEED));
    }

    @Test
    void aStoryWithNoOrGoodInItIsNoAnswerToConsent() {
        for (String story : List.of("ze eet niet meer goed en vergeet alles", "niet zo dringend",
                "het gaat niet meer goed met haar", "eet niet meer goed sinds de val",
                "hij is erg verward de laatste tijd")) {
            Chat chat = new Chat(Medium.WHATSAPP);
            chat.send("hoi");
            String r = chat.send(story);
            assertTrue(chat.effects.isEmpty(), story + ": neither refused nor given");
            assertEquals(Step.ASKING, chat.state.step(), story);
            assertEquals(Slot.CONSENT, chat.state.asking(), story);
            assertTrue(r.contains("mogen we bewaren wat je ons vertelt?") || r.contains("Stuur ja of nee."), r);
        }
    }

    @Test
    void aYesAfterAGreetingOrInOtherWordsIsConsent() {
        for (String yes : List.of("Goedemiddag, ja dat is goed. Het gaat om mijn vader", "geen probleem",
                "ik ga akkoord", "oh ja hoor", "ok, mijn moeder is 84 en woont in Groenlo", "jaa", "Okeee", "jup",
                "Tuurlijk", "yeah")) {
            Chat chat = new Chat(Medium.WHATSAPP);
            chat.send("hoi");
            chat.send(yes);
            assertEquals(List.of(new Effect.ConsentGiven(Steps.CONSENT_TEXT_VERSION, chat.lastId())), chat.effects,
                    yes);
        }
    }

    @Test
    void aRefusalAtTheStartOfTheAnswerStillRefuses() {
        for (String no : List.of("nee", "Nee, dat wil ik niet", "ik wil liever niet", "no thanks", "ik wil het niet",
                "Hallo, nee dank je, ik bel liever zelf even", "niet akkoord", "neee")) {
            Chat chat = new Chat(Medium.WHATSAPP);
            chat.send("hoi");
            chat.send(no);
            assertEquals(List.of(new Effect.ConsentRefused()), chat.effects, no);
        }
    }

    @Test
    void aYesOrNoTakenBackInTheSameBreathIsAskedAgain() {
        for (String hedged : List.of("nee maar hij kan ook niet meer naar school", "ja maar alleen voor de coördinator",
                "Hallo, nee, maar ik wil wel graag hulp", "yes but only the coordinator please")) {
            Chat chat = new Chat(Medium.WHATSAPP);
            chat.send("hoi");
            String r = chat.send(hedged);
            assertTrue(chat.effects.isEmpty(), hedged + ": neither refused nor given");
            assertEquals(Slot.CONSENT, chat.state.asking(), hedged);
            assertTrue(r.contains("mogen we bewaren wat je ons vertelt?") || r.contains("may we keep"), r);
            assertFalse(r.startsWith("Sorry"), r);
        }
        Chat noAnswer = new Chat(Medium.WHATSAPP);
        noAnswer.send("hoi");
        assertTrue(noAnswer.send("hij heeft maar weinig hulp nu").startsWith("Dank je. Eerst nog even dit"),
                "no yes or no said, so none taken back: the story goes on");
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("hoi");
        chat.send("ja maar alleen voor de coördinator");
        chat.send("ja");
        assertEquals(List.of(new Effect.ConsentGiven(Steps.CONSENT_TEXT_VERSION, chat.lastId())), chat.effects);
    }

    @Test
    void anAnswerToAnotherQuestionIsThankedForAndTheQuestionStands() {
        Chat chat = atWhoFor();
        String r = chat.send("binnen een maand");
        assertTrue(r.startsWith("Dank je, dat heb ik genoteerd. Voor wie zoek je zorg of hulp?"), r);
        assertEquals("WEEKS", chat.state.value(Slot.URGENCY));
        assertTrue(chat.send("blabla").startsWith("Sorry, dat begreep ik niet."), "nothing new is not thanked for");
    }

    @Test
    void aLineOfTheSummaryPickedByMistakeLeadsBackToTheSummary() {
        Chat confirms = completed(Medium.WHATSAPP);
        assertTrue(confirms.send("3").startsWith("In welke plaats woont je zoon?"));
        String r = confirms.send("ja klopt");
        assertTrue(r.startsWith("Dit heb ik genoteerd:"), r);
        assertEquals("Oost Gelre", confirms.state.value(Slot.PLACE));
        assertEquals(List.of(), confirms.state.corrections());

        Chat otherLine = completed(Medium.WHATSAPP);
        otherLine.send("3");
        String changed = otherLine.send("0543-123456");
        assertTrue(changed.startsWith("Dank je, dat heb ik aangepast.\n---\nDit heb ik genoteerd:"), changed);
        assertTrue(changed.contains("8. Contact: telefonisch, 0543123456"), changed);
        assertEquals(Step.SUMMARY, otherLine.state.step());
        assertNull(otherLine.state.editing());
    }

    @Test
    void thanksAtTheEndIsAnsweredWarmly() {
        Chat chat = completed(Medium.WHATSAPP);
        chat.send("ja");
        chat.send("0");
        assertEquals("Graag gedaan! Je coördinator neemt binnen 2 werkdagen contact met je op.", chat.send("Bedankt!"));
        assertTrue(chat.send("hij mag op dinsdag niet").startsWith("Dank je. Ik heb je bericht bij je aanvraag gezet."));
    }

    @Test
    void summaryLineNumberChangesThatAnswerAndKeepsTheCorrection() {
        Chat chat = completed(Medium.WHATSAPP);
        long before = chat.state.answer(Slot.AGE).messageId();
        assertEquals("Hoe oud is je zoon?", chat.send("2"));
        String summary = chat.send("16");
        assertTrue(summary.contains("2. Leeftijd: 16 jaar"), summary);
        Correction c = chat.state.corrections().getFirst();
        assertEquals(Slot.AGE, c.slot());
        assertEquals("15", c.before().value());
        assertEquals(before, c.before().messageId());
        assertEquals("16", c.after().value());
    }

    @Test
    void aPlaceGivenAsAPostcodeIsCalledOneInTheSummary() {
        Chat chat = completed(Medium.WHATSAPP);
        chat.send("3");
        String summary = chat.send("7131");
        assertTrue(summary.contains("3. Woonplaats: postcode 7131 (gemeente Oost Gelre)"), summary);
    }

    @Test
    void correctionWrittenAsTextIsReadAtTheSummary() {
        Chat chat = completed(Medium.WHATSAPP);
        String summary = chat.send("nee hij is 16 jaar en woont in Groenlo");
        assertTrue(summary.startsWith("Dank je, dat heb ik aangepast."), summary);
        assertTrue(summary.contains("2. Leeftijd: 16 jaar"), summary);
        assertTrue(summary.contains("3. Woonplaats: Groenlo (gemeente Oost Gelre)"), summary);
        assertEquals(2, chat.state.corrections().size());
    }

    @Test
    void stopOptsOutUntilStart() {
        Chat chat = new Chat(Medium.SMS);
        chat.send("Hoi");
        assertTrue(chat.send("STOP").contains("Je bent afgemeld."));
        assertEquals("", chat.send("hallo?"));
        assertTrue(chat.send("start").startsWith("Welkom terug!"));
        assertEquals(List.of(new Effect.OptedOut(), new Effect.OptedIn()), chat.effects);
    }

    @Test
    void askingForAPersonHandsOff() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hoi");
        String r = chat.send("ik wil graag een medewerker spreken");
        assertTrue(r.contains("Ik geef je door aan een medewerker"), r);
        assertEquals(List.of(new Effect.Handoff(Effect.Handoff.Reason.CLIENT_ASKED)), chat.effects);
    }

    @Test
    void theNeedLineDoesNotRepeatAnAgeOrPlaceChangedSince() {
        Chat chat = atTheSummary();
        assertTrue(chat.last.getFirst().contains("4. Hulpvraag: verzorging thuis (wijkverpleging)\n"));
        String changed = chat.send("nee, ze is 81 en woont in Eibergen");
        assertTrue(changed.contains("2. Leeftijd: 81 jaar\n3. Woonplaats: Eibergen (gemeente Berkelland)\n"
                + "4. Hulpvraag: verzorging thuis (wijkverpleging)\n"), "not '... van 80 in Groenlo ...': " + changed);
    }

    @Test
    void aSentenceWithoutAPlaceIsNotCalledAnUnknownPlace() {
        Chat chat = atWhoFor();
        chat.send("mijn zoon");
        chat.send("15");
        String r = chat.send("ik heb al eerder contact gehad met jullie, over mijn zoon");
        assertTrue(r.contains("Stuur alleen de naam van de woonplaats of de postcode") && !r.contains("ken ik niet"), r);
        assertTrue(chat.send("Grunlo").contains("Grunlo ken ik niet. In welke gemeente ligt het?"));
    }

    @Test
    void aPlaceTheTablesDoNotKnowIsNamedAndItsMunicipalityAskedWithoutASorry() {
        Map<String, String> asked = Map.of("wezep", "Wezep ken ik niet. In welke gemeente ligt het? Bijvoorbeeld: Oost Gelre. "
                        + "Een postcode mag ook.",
                "hij woont in 't Harde", "'t Harde ken ik niet. In welke gemeente ligt het? Bijvoorbeeld: Oost Gelre. "
                        + "Een postcode mag ook.");
        asked.forEach((place, reply) -> {
            Chat chat = askedWhereMotherLives();
            assertEquals(reply, chat.send(place));
            // the municipality list is complete: its answer is understood, and the place the client named stays
            chat.send(place.equals("wezep") ? "Oldebroek" : "elburg");
            assertEquals(place.equals("wezep") ? "Oldebroek" : "Elburg", chat.state.value(Slot.PLACE));
            assertEquals(place.equals("wezep") ? "Wezep" : "'t Harde", chat.state.answer(Slot.PLACE).said());
        });
        Chat summary = askedWhereMotherLives();
        summary.sendAll("Wezep", "Oldebroek", "ze vergeet veel", "binnen een paar weken", "nee", "Anna");
        assertTrue(summary.send("1").contains("3. Woonplaats: Wezep (gemeente Oldebroek)\n"), summary.last.getFirst());
        // another place known after all: that one
        Chat known = askedWhereMotherLives();
        known.sendAll("Wezep", "nee sorry, Groenlo");
        assertEquals("Oost Gelre", known.state.value(Slot.PLACE));
        assertEquals("Groenlo", known.state.answer(Slot.PLACE).said());
        // not knowing is no unknown place
        String notKnown = askedWhereMotherLives().send("weet ik niet precies");
        assertTrue(notKnown.startsWith("Dat geeft niets. Weet je ongeveer waar?"), notKnown);
        // not a name: asked as before
        for (String notAName : List.of("ergens in het oosten", "weet ik niet", "06 1234")) {
            String r = askedWhereMotherLives().send(notAName);
            assertFalse(r.contains(" ken ik niet. In welke gemeente"), r);
        }
        // twice: then it is a misunderstanding, and in the end the way to a person
        Chat chat = askedWhereMotherLives();
        chat.send("Atlantis");
        assertTrue(chat.send("Lemurië").startsWith("Sorry, dat begreep ik niet. Lemurië ken ik niet."));
        assertEquals("Wezep is a place I don't know. Which municipality is it in? For example: Oost Gelre. "
                + "A postcode is fine too.", new Chat(Medium.WHATSAPP).sendAll("Hi", "yes", "my dad", "79")
                .send("he lives in Wezep"));
    }

    @Test
    void aPlaceTheTablesDoNotKnowToldEarlierIsAskedAboutNotAskedForAgain() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hoi, mijn vader woont in Wezep, hij is 80 en vergeet veel");
        assertEquals("Wezep ken ik niet. In welke gemeente ligt het? Bijvoorbeeld: Oost Gelre. Een postcode mag ook.",
                chat.send("ja"));
        chat.send("Oldebroek");
        assertEquals("Oldebroek", chat.state.value(Slot.PLACE));
        assertNull(chat.state.unclearPlace());
        // the place ends where the sentence goes on with something else
        assertEquals("Wezep is a place I don't know. Which municipality is it in? For example: Oost Gelre. A postcode "
                + "is fine too.", new Chat(Medium.WHATSAPP).sendAll("Hi, my mum (84) lives in Wezep and has dementia")
                .send("yes"));
        assertEquals("Oud Gastel", new Chat(Medium.WHATSAPP).sendAll("mijn moeder woont in Oud Gastel en is 90")
                .state.unclearPlace().value());
        // a home, a region or a flat is no place name
        for (String first : List.of("hallo mijn moeder woont in een verzorgingshuis, ze is 90",
                "hallo mijn moeder woont in de achterhoek, ze is 90", "wij wonen in een flat en mijn man kan de trap niet meer op",
                "mijn moeder woont in het verpleeghuis")) {
            assertNull(new Chat(Medium.WHATSAPP).sendAll(first).state.unclearPlace(), first);
        }
    }

    @Test
    void aFirstMessageInAnotherLanguageIsToldWhichLanguagesAreSpoken() {
        for (String other : List.of("Merhaba, annem için yardım arıyorum", "Dzień dobry, szukam pomocy dla mojej mamy",
                "مرحبا، أبحث عن مساعدة لأمي", "Hallo, ich suche Hilfe für meine Mutter in Winterswijk")) {
            String r = new Chat(Medium.WHATSAPP).send(other);
            assertTrue(r.startsWith("Ik spreek Nederlands en Engels. I speak Dutch and English: write in English if "
                    + "that is easier, or send 'human'"), other + ": " + r);
        }
        for (String dutch : List.of("kan iemand mij helpen?", "zorgboerderij gezocht lichtenvoorde",
                "dagbesteding zoon autisme lichtenvoorde", "Goedemiddag", "Hi, I need help for my dad")) {
            String r = new Chat(Medium.WHATSAPP).send(dutch);
            assertTrue(r.startsWith("Hoi! Fijn") || r.startsWith("Hi! Thank"), dutch + ": " + r);
            assertFalse(r.contains("I speak Dutch and English"), dutch);
        }
    }

    @Test
    void aYesInMoreWordsConfirmsTheSummaryAndMoreHelpIsAddedToTheNeedLine() {
        for (String yes : List.of("ja hoor klopt helemaal", "Ja, alles klopt. Dank je!", "klopt helemaal, bedankt",
                "yes that's all correct")) {
            Chat chat = completed(Medium.WHATSAPP);
            assertTrue(chat.send(yes).startsWith("Dank je wel"), yes);
        }
        for (String not : List.of("ja maar de leeftijd klopt niet", "klopt niet")) {
            Chat chat = completed(Medium.WHATSAPP);
            chat.send(not);
            assertNotEquals(Step.CHOOSE_PROVIDER, chat.state.step(), not);
        }

        Chat more = atTheSummary();
        more.send("4");
        String summary = more.send("ze heeft ook hulp nodig bij de boodschappen doen");
        assertEquals("mijn moeder van 80 in Groenlo heeft hulp nodig bij het douchen\n"
                + "ze heeft ook hulp nodig bij de boodschappen doen", more.state.answer(Slot.NEED).said());
        assertEquals("wijkverpleging,huishouden", more.state.value(Slot.NEED));
        assertTrue(summary.contains("4. Hulpvraag: verzorging thuis (wijkverpleging), hulp in het huishouden\n"), summary);

        Chat instead = atTheSummary();
        instead.send("4");
        instead.send("hulp in het huishouden");
        assertEquals("huishouden", instead.state.value(Slot.NEED), "without 'ook' the new words replace the old");
    }

    @Test
    void theSummaryNamesTheLawOfTheIndicationTheClientNamed() {
        Map<String, String> lines = Map.of("ja wmo", "6. Indicatie: ja (Wmo)\n", "hij heeft een wlz indicatie",
                "6. Indicatie: ja (Wlz)\n", "aangevraagd bij het CIZ", "6. Indicatie: aangevraagd (Wlz)\n",
                "ja", "6. Indicatie: ja\n");
        for (Map.Entry<String, String> line : lines.entrySet()) {
            Chat chat = new Chat(Medium.WHATSAPP);
            chat.send("mijn vader van 80 in Groenlo heeft hulp nodig bij het douchen");
            chat.send("ja");
            chat.send("zsm");
            chat.send(line.getKey());
            chat.send("Els");
            String summary = chat.send("1");
            assertTrue(summary.contains(line.getValue()), line.getKey() + ": " + summary);
        }
    }

    @Test
    void atTheSummaryMoreCanBeAddedAndSeveralLinesAreChangedOneAtATime() {
        Chat adds = atTheSummary();
        assertTrue(adds.send("ik wil nog iets toevoegen").startsWith("Vertel maar. Ik zet het bij je hulpvraag."));
        assertEquals(Step.ADDING, adds.state.step());
        String r = adds.send("ze woont alleen en de buren helpen soms");
        assertTrue(r.startsWith("Dank je, dat heb ik bij je hulpvraag gezet.\n---\nDit heb ik genoteerd:"), r);
        assertTrue(adds.state.answer(Slot.NEED).said().endsWith("\nze woont alleen en de buren helpen soms"));
        assertEquals(Step.SUMMARY, adds.state.step());

        Chat changesMind = atTheSummary();
        changesMind.send("ik wil nog iets toevoegen");
        assertTrue(changesMind.send("laat maar").startsWith("Dit heb ik genoteerd:"));
        assertEquals(List.of(), changesMind.state.corrections());

        for (String more : List.of("ze kan ook de trap niet meer op", "ze heeft ook dementie", "ze woont ook alleen")) {
            Chat told = atTheSummary();
            assertTrue(told.send(more).startsWith("Dank je, dat heb ik bij je hulpvraag gezet."), more);
            assertTrue(told.state.answer(Slot.NEED).said().endsWith("\n" + more), more);
        }

        Chat lines = atTheSummary();
        r = lines.send("2, 5 en 7");
        assertTrue(r.startsWith("We doen ze een voor een. Daarna kun je 5 en 7 sturen. Hoe oud is je moeder?"), r);
        assertTrue(lines.send("81").startsWith("Dit heb ik genoteerd:"));
        assertEquals("81", lines.state.value(Slot.AGE));
    }

    private static Chat atTheSummary() {
        Chat chat = atTheName();
        chat.send("Els");
        assertTrue(chat.send("1").startsWith("Dit heb ik genoteerd:"));
        return chat;
    }

    @Test
    void aPersonAskedForInPartOfAMessageHandsOff() {
        for (String asks : List.of("wat een kutbot, ik wil gewoon iemand spreken",
                "Ik heb dit al drie keer uitgelegd en ik word er moe van. Ik wil nu een medewerker spreken!",
                "Hoi, ik wil graag iemand spreken over mijn moeder", "can I talk to someone about my dad",
                "Goedemiddag, ik zou graag iemand willen spreken over de zorg voor mijn moeder van 88")) {
            Chat chat = new Chat(Medium.WHATSAPP);
            chat.send("Hoi");
            assertTrue(chat.send(asks).contains("Ik geef je door aan een medewerker"), asks);
        }
        for (String story : List.of("mijn moeder, ze is eenzaam en wil met iemand praten",
                "mijn zoon heeft autisme. ik wil graag met iemand praten over de mogelijkheden")) {
            Chat chat = new Chat(Medium.WHATSAPP);
            chat.send("Hoi");
            chat.send("ja");
            chat.send(story);
            assertTrue(chat.effects.stream().noneMatch(e -> e instanceof Effect.Handoff), story);
        }
    }

    @Test
    void aSentenceAboutAPersonIsNoCommand() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hoi");
        chat.send("ja");
        chat.send("iemand met dementie, mijn vader");
        assertTrue(chat.effects.stream().noneMatch(e -> e instanceof Effect.Handoff));
        assertEquals("FATHER", chat.state.value(Slot.CARE_FOR));
    }

    @Test
    void crisisWordsGiveEmergencyNumbersAtOnce() {
        Chat chat = new Chat(Medium.WHATSAPP);
        String r = chat.send("ik wil niet meer leven");
        assertTrue(r.contains("112") && r.contains("0800-0113"), r);
        assertEquals(List.of(new Effect.Handoff(Effect.Handoff.Reason.CRISIS)), chat.effects);
    }

    @Test
    void violenceOrAbuseGetsVeiligThuisAndNoSuicideLineUnlessThatIsToldToo() {
        Map<String, Crisis.Kind> told = Map.of("mijn man slaat me", Crisis.Kind.VIOLENCE,
                "mijn stiefvader komt 's nachts aan me", Crisis.Kind.VIOLENCE,
                "my partner is violent", Crisis.Kind.VIOLENCE,
                "ik wil niet meer leven", Crisis.Kind.DISTRESS,
                "mijn man slaat me en ik wil niet meer leven", Crisis.Kind.DISTRESS_AND_VIOLENCE);
        told.forEach((said, kind) -> assertEquals(Optional.of(kind), Crisis.of(said), said));
        String hit = new Chat(Medium.WHATSAPP).send("mijn man slaat me");
        assertEquals("""
                Dit klinkt ernstig. Is er nu direct gevaar? Bel dan meteen 112.
                Gaat het om geweld of misbruik? Bel Veilig Thuis via 0800-2000 (gratis, dag en nacht). Dat mag ook \
                zonder je naam te noemen.
                Ik stuur je bericht nu met spoed door naar een medewerker.""", hit);
        String both = new Chat(Medium.WHATSAPP).send("mijn man slaat me en ik wil niet meer leven");
        assertTrue(both.contains("0800-0113") && both.contains("0800-2000"), both);
        String english = new Chat(Medium.WHATSAPP).send("my husband hits me");
        assertTrue(english.contains("Call Veilig Thuis on 0800-2000") && !english.contains("0800-0113"), english);
        Chat violence = new Chat(Medium.WHATSAPP);
        violence.send("mijn man slaat me");
        assertEquals(List.of(new Effect.Handoff(Effect.Handoff.Reason.CRISIS),
                new Effect.Handoff(Effect.Handoff.Reason.VIOLENCE)), violence.effects, "staff are told to ask if it is safe");
    }

    @Test
    void aCrisisToldAsTheAnswerToAQuestionGivesEmergencyNumbersAtOnce() {
        Chat chat = atWhoFor();
        chat.send("mijn dochter");
        chat.send("14");
        chat.send("winterswijk");
        String r = chat.send("ze snijdt zichzelf en zegt dat ze dood wil");
        assertTrue(r.contains("112") && r.contains("0800-0113"), r);
        assertEquals(new Effect.Handoff(Effect.Handoff.Reason.CRISIS), chat.effects.getLast());
    }

    @Test
    void anEmergencyHappeningNowGetsTheCallTo112AndAnUrgentHandoff() {
        Chat chat = new Chat(Medium.WHATSAPP);
        String r = chat.send("help mijn moeder is gevallen en ligt op de grond");
        assertTrue(r.startsWith("Dit klinkt als een noodgeval. Bel nu meteen 112."), r);
        assertTrue(r.contains("huisartsenpost"), r);
        assertFalse(r.contains("0800-0113"), "no suicide line for a fall: " + r);
        assertEquals(List.of(new Effect.Handoff(Effect.Handoff.Reason.CRISIS)), chat.effects);
    }

    @Test
    void anEmergencyToldAsTheAnswerToAQuestionIsNoAnswer() {
        Chat chat = atWhoFor();
        chat.send("mijn vader");
        String r = chat.send("hij reageert niet meer en ademt raar");
        assertTrue(r.contains("112"), r);
        assertEquals(new Effect.Handoff(Effect.Handoff.Reason.CRISIS), chat.effects.getLast());
        assertFalse(chat.state.has(Slot.AGE));
    }

    @Test
    void anEmergencyInEnglishIsAnsweredInEnglish() {
        Chat chat = new Chat(Medium.SMS);
        String r = chat.send("my dad is lying on the floor and not breathing");
        assertTrue(r.startsWith("This sounds like an emergency. Call 112 now."), r);
    }

    @Test
    void emergenciesAreToldApartFromTheCareThatFollowsThem() {
        for (String said : List.of("mijn moeder ligt op de grond en kan niet opstaan", "hij is bewusteloos",
                "mijn vader reageert niet meer", "ze ademt niet", "mijn man heeft pijn op de borst",
                "hij bloedt heel erg", "mijn vader met dementie is vermist", "we kunnen haar nergens vinden",
                "oma heeft te veel pillen genomen", "er is brand", "hij slaat haar en nu ligt ze op de grond", "ze ligt al een uur op de vloer",
                "my mum is on the floor", "he is unconscious",
                "hij heeft zijn polsen doorgesneden", "mijn moeder is gestikt", "mijn opa heeft een beroerte",
                "zijn mond hangt scheef", "hij heeft een hartaanval", "ze krijgt nu een epileptische aanval",
                "ze is flauwgevallen en wordt niet wakker", "my dad collapsed", "she's having a stroke",
                "ze heeft zich opgesloten in de badkamer en reageert niet", "hij is van de trap gevallen en bloedt uit zijn hoofd", "she cant breathe", "my father with dementia went missing",
                "mijn vader reageert niet meer!", "he isn't responding",
                "mijn zoon is weggelopen en we weten niet waar hij is", "mijn moeder is gisteravond niet thuisgekomen",
                "I don't know where my dad is, help", "ze is heel verward en loopt op straat in haar nachtjapon",
                "mijn vader dwaalt verward buiten rond, het vriest", "my mum is wandering the streets in her nightgown")) {
            assertEquals(Optional.of(Crisis.Kind.EMERGENCY), Crisis.of(said), said);
        }
        for (String said : List.of("mijn moeder is gevallen en heeft haar heup gebroken", "hij heeft een beroerte gehad",
                "ze valt vaak", "we wonen op de begane grond", "ze vergeet haar pillen in te nemen",
                "hij heeft zijn pillen ingenomen", "ik vermis mijn moeder", "mijn vader vermist mijn moeder",
                "hij kan niet goed ademen door copd", "we live on the ground floor", "she keeps missing appointments",
                "he had a stroke last year", "hij reageert niet meer op zijn naam", "ze reageert nergens meer op",
                "he is not responding to the medication", "we kunnen geen goede plek voor haar vinden",
                "hij krijgt te veel pillen van de dokter", "her flat is on the ground floor",
                "ik weet niet waar hij is ingeschreven", "we weten niet waar ze terecht kan",
                "ze is na het ziekenhuis niet meer thuisgekomen maar naar een verpleeghuis gegaan",
                "hij loopt 's nachts vaak verward buiten", "mijn moeder is verward, ze loopt graag buiten in de tuin",
                "mijn man loopt buiten, hij heeft dementie")) {
            assertEquals(Optional.empty(), Crisis.of(said), said);
        }
    }

    @Test
    void crisisInEnglishIsAnsweredInEnglish() {
        Chat chat = new Chat(Medium.SMS);
        String r = chat.send("my husband hits me and I am scared");
        assertTrue(r.startsWith("This sounds serious."), r);
    }

    @Test
    void crisisWordsReachEvenAnOptedOutClient() {
        Chat chat = new Chat(Medium.SMS);
        chat.send("stop");
        assertTrue(chat.send("zelfmoord").contains("0800-0113"));
    }

    @Test
    void greatIsNotViolence() {
        assertEquals(Optional.empty(), Crisis.of("geweldig dat jullie er zijn"));
    }

    @Test
    void theWaysPeopleReallySayItAreCrisisToo() {
        for (String said : List.of("ik zie het niet meer zitten, ik wil er een eind aan maken",
                "ik zie het echt niet meer zitten", "ik heb zelfmoordgedachten", "mijn zoon deed een suicidepoging",
                "ik denk aan zelfmoort", "ze is mishandelng", "soms wil ik er niet meer zijn", "ik wil uit het leven stappen",
                "ik ben levensmoe", "mijn dochter is misbruikt", "I just want to end it all",
                "i dont want to live anymore",
                // the verb last, as a subordinate clause has it; self-harm
                "ze snijdt zichzelf en zegt dat ze dood wil", "hij zegt dat hij niet meer wil leven",
                "mijn dochter krast zichzelf", "ik doe mezelf pijn", "hij heeft een overdosis genomen",
                "zij denkt erover zichzelf van het leven te beroven", "my daughter is cutting herself",
                "he says he wants to die", "mijn vader slaat haar",
                // someone hit at home, whoever it is
                "mijn vader slaat mijn moeder", "hij schopt de kinderen", "my dad hits my mum",
                "mijn stiefvader sloeg mijn broertje gisteren",
                // threats, a knife, fear of what someone will do, not feeling safe
                "mijn man bedreigt me", "hij heeft een mes", "ik ben bang dat hij me iets aandoet",
                "mijn zoon dreigt zich van kant te maken", "het leven heeft geen zin meer",
                "I don't feel safe at home", "my husband threatened me",
                // a wish to die without its words
                "ik ga springen", "ik heb een afscheidsbrief geschreven", "ik heb pillen verzameld om er een eind aan te maken",
                "niemand zou me missen", "ik zie geen uitweg meer", "ik wil weg uit dit leven",
                "hij zegt dat hij zichzelf wat aan gaat doen",
                // the verb last, a wish to die in one word, a jump threatened
                "ik ben bang dat hij zichzelf iets aandoet", "ze heeft een doodswens", "hij dreigt van de brug te springen",
                "mijn zoon dreigt te springen", "he is threatening to jump",
                "mijn dochter heeft pillen gespaard", "hij zegt dat hij er een einde aan maakt", "I want to end it",
                "I don't want to be here anymore", "mijn vriend heeft een touw gekocht en zegt rare dingen",
                "ik pieker veel over de dood", "mijn stiefvader komt 's nachts aan me", "hij heeft me betast",
                "I feel like ending it all", "he has a gun", "my partner is violent",
                "mijn vader drinkt en wordt dan gewelddadig", "mijn dochter (14) wordt gechanteerd met naaktfoto's",
                // tired of life, never to wake, better off dead
                "het hoeft voor mij niet meer", "ik wil gaan slapen en nooit meer wakker worden", "ik ben het leven zat",
                "mijn vader zegt dat hij klaar is met het leven", "I wish I was dead", "ze zijn beter af zonder mij")) {
            Optional<Crisis.Kind> kind = Crisis.of(said);
            assertTrue(kind.isPresent() && kind.get() != Crisis.Kind.EMERGENCY, said + ": " + kind);
        }
        for (String said : List.of("mijn moeder is gevallen en kan niet meer opstaan", "hij heeft pillen geslikt",
                "ik sta op het spoor")) {
            assertEquals(Optional.of(Crisis.Kind.EMERGENCY), Crisis.of(said), said);
        }
        for (String said : List.of("mijn vader wil niet meer alleen wonen", "ik zoek dagbesteding voor mijn zoon",
                "geweldige mensen werken daar", "hij zit niet meer op school",
                "mijn zoon heeft hulp nodig bij misbruik van alcohol", "ze kan haar eten niet meer zelf snijden",
                "hij is bang voor de dood", "mijn moeder wil niet meer koken", "de dood van mijn vader",
                "dat slaat nergens op", "hij slaat de deur dicht", "de klok slaat twaalf",
                "ze kan niet meer met een mes snijden", "ze is vorig jaar gevallen en kan sindsdien moeilijk opstaan",
                "ze neemt haar pillen niet in", "we gaan springen op de trampoline", "de trein rijdt over het spoor",
                "hij dreigt zichzelf te verwaarlozen", "ze durft niet meer met de trein",
                "hij heeft een beroerte gehad en kan niet meer alleen wonen", "na zijn hartaanval is hij snel moe",
                "ze heeft vorig jaar een hersenbloeding gehad", "hij is bang voor de dood",
                "she had a stroke last year", "after having a stroke he needs help at home",
                "hij reageert niet goed op zijn medicijnen", "ze reageert niet op mijn berichten",
                "hij reageert niet meer op zijn naam", "de thuiszorg hoeft niet meer te komen",
                "ik ben klaar met het formulier", "ze is het wachten zat")) {
            assertEquals(Optional.empty(), Crisis.of(said), said);
        }
    }

    @Test
    void theWelcomeIsNotCheerfulToAClientInGriefOrAtTheEndOfTheirStrength() {
        Map<String, String> opening = Map.of(
                "mijn vader is vanochtend overleden en nu staat mijn moeder er alleen voor", "Gecondoleerd met je verlies.",
                "My husband passed away last month and I need help at home", "I'm so sorry for your loss.",
                "mijn man heeft alzheimer en ik kan niet meer. We wonen in Borculo.", "Hoi. Het klinkt zwaar,",
                "mijn man heeft alzheimer, ik kan het niet meer aan", "Hoi. Het klinkt zwaar,",
                "ik kan niet meer lopen en zoek hulp in huis", "Hoi! Fijn dat je ons een bericht stuurt.",
                "ik ben bang dat ze overlijdt als er niemand komt", "Hoi! Fijn dat je ons een bericht stuurt.",
                "ik ben op, mijn man heeft parkinson", "Hoi. Het klinkt zwaar,",
                "Ons zoontje slaapt niet en we zijn op.", "Hoi. Het klinkt zwaar,",
                "goedemiddag, ik ben op zoek naar thuiszorg voor mijn tante", "Hoi! Fijn dat je ons een bericht stuurt.",
                "ik zoek hulp sinds mijn man dood is, ik kan het huishouden niet aan", "Gecondoleerd met je verlies.");
        for (Map.Entry<String, String> e : opening.entrySet()) {
            String r = new Chat(Medium.WHATSAPP).send(e.getKey());
            assertTrue(r.startsWith(e.getValue()), e.getKey() + ": " + r);
        }
        assertTrue(new Chat(Medium.WHATSAPP).send("I can't go on anymore, my husband has dementia")
                .startsWith("Hi. It sounds hard"));
        assertTrue(new Chat(Medium.WHATSAPP).send("ik heb er geen zin meer in, mijn man heeft alzheimer")
                .startsWith("Hoi. Het klinkt zwaar"));
    }

    @Test
    void aComplaintGoesToStaffAndSymptomsAreNoComplaint() {
        for (String complaint : List.of("ik wil een klacht indienen over de thuiszorg", "Ik heb een klacht",
                "hoe werkt jullie klachtenregeling", "I want to complain about my carer")) {
            Chat chat = askedHowSoon();
            String r = chat.send(complaint);
            assertTrue(r.startsWith("Wat vervelend. Ik geef je door aan een medewerker van het klantenbureau.")
                    || r.startsWith("I'm sorry to hear that. I am passing you to someone"), complaint + ": " + r);
            assertEquals(new Effect.Handoff(Effect.Handoff.Reason.COMPLAINT), chat.effects.getLast(), complaint);
        }
        for (String symptoms : List.of("ze heeft veel klachten", "mijn vader heeft rugklachten en geheugenklachten")) {
            assertEquals(Optional.empty(), Command.of(symptoms), symptoms);
        }
        Chat hours = new Chat(Medium.WHATSAPP);
        assertTrue(hours.send("wat zijn jullie openingstijden?").contains("Je kunt hier altijd een bericht sturen."));
    }

    @Test
    void aClientAskingForTheirDataOrItsErasureIsPassedToStaff() {
        for (String erase : List.of("verwijder mijn gegevens", "ik wil mijn toestemming intrekken",
                "kunnen jullie mijn gegevens verwijderen?", "please delete my data")) {
            Chat chat = askedHowSoon();
            String r = chat.send(erase);
            assertTrue(r.startsWith("Dat kan. Een medewerker van het klantenbureau verwijdert je gegevens.")
                    || r.startsWith("Of course. Someone from the customer office will delete your details."), erase + ": " + r);
            assertEquals(Effect.Handoff.Reason.ERASE, ((Effect.Handoff) chat.effects.getLast()).reason(), erase);
        }
        Chat see = askedHowSoon();
        assertTrue(see.send("ik wil mijn gegevens inzien").startsWith("Dat kan. Een medewerker van het klantenbureau "
                + "zoekt op wat we van je bewaren"));
        assertEquals(new Effect.Handoff(Effect.Handoff.Reason.SEE_DATA), see.effects.getLast());

        // a question about how it goes is answered, and the question of the dialogue stands
        Chat asks = askedHowSoon();
        String r = asks.send("worden mijn gegevens verwijderd na afloop?");
        assertTrue(r.contains("Stuur dan 'mijn gegevens inzien' of 'verwijder mijn gegevens'."), r);
        assertFalse(asks.effects.stream().anyMatch(e -> e instanceof Effect.Handoff), r);
        for (String story : List.of("ze heeft moeite met de details van haar administratie",
                "mijn moeder is haar gegevens kwijt en ze kan haar berichten niet meer zien")) {
            Chat told = askedHowSoon();
            told.send(story);
            assertFalse(told.effects.stream().anyMatch(e -> e instanceof Effect.Handoff), "no right asked for: " + story);
        }
    }

    @Test
    void anotherPersonNamedAtTheSummaryIsAskedTheirOwnAge() {
        Chat chat = atTheSummaryForMotherOf84();
        assertEquals("Dank je, dat heb ik aangepast. Hoe oud is je vader?",
                chat.send("het is niet voor mijn moeder maar voor mijn vader"));
        assertEquals("FATHER", chat.state.value(Slot.CARE_FOR));
        assertTrue(chat.send("87").contains("2. Leeftijd: 87 jaar\n"));

        Chat byLine = atTheSummaryForMotherOf84();
        byLine.send("1");
        assertEquals("Hoe oud is je vader?", byLine.send("mijn vader"));
        assertTrue(byLine.send("86").contains("2. Leeftijd: 86 jaar\n"));

        assertTrue(atTheSummaryForMotherOf84().send("nee, het is voor mijn vader van 86")
                .contains("2. Leeftijd: 86 jaar\n"), "the new age told with the new person");

        Chat yes = atTheSummaryForMotherOf84();
        yes.send("het is voor mijn vader, niet mijn moeder");
        assertTrue(yes.send("ja").startsWith("Sorry, dat begreep ik niet."), "a yes is no age, and ends nothing");
        assertEquals(Step.ASKING, yes.state.step());
        assertTrue(yes.send("88").contains("2. Leeftijd: 88 jaar\n"));

        Chat other = atTheSummaryForMotherOf84();
        other.send("het is voor mijn vader, niet mijn moeder");
        assertEquals("Dank je, dat heb ik aangepast. Hoe oud is je vader?", other.send("aangevraagd"),
                "another answer changed, and the age still asked");
        assertEquals("REQUESTED", other.state.value(Slot.INDICATION));
        assertTrue(other.send("88").contains("2. Leeftijd: 88 jaar\n"));
    }

    private static Chat atTheSummaryForMotherOf84() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.sendAll("mijn moeder van 84 in Eibergen heeft dementie", "ja", "snel", "nee", "Marja", "1");
        assertEquals(Step.SUMMARY, chat.state.step());
        return chat;
    }

    @Test
    void aRegionForWhereOneLivesAsksForThePlaceInIt() {
        Chat chat = askedWhereMotherLives();
        assertEquals("De Achterhoek is groot. In welke plaats precies? Een postcode mag ook.", chat.send("in de achterhoek"));
        assertFalse(chat.state.has(Slot.PLACE));
        chat.send("Vorden");
        assertEquals("Bronckhorst", chat.state.value(Slot.PLACE));
    }

    @Test
    void somebodyAcrossTheBorderIsToldWhoWeHelpAndHowToReachAPerson() {
        for (String abroad : List.of("we wonen net over de grens in Bocholt", "Vreden", "in Duitsland")) {
            Chat chat = askedWhereMotherLives();
            String r = chat.send(abroad);
            assertTrue(r.startsWith("We helpen mensen die in Nederland wonen. Gaat het om iemand over de grens? "
                    + "Stuur dan 'medewerker'"), abroad + ": " + r);
            assertFalse(chat.state.has(Slot.PLACE));
        }
        Chat near = askedWhereMotherLives();
        near.send("vlak bij de grens, in Dinxperlo");
        assertEquals("Aalten", near.state.value(Slot.PLACE));
    }

    @Test
    void aLanguageAskedForInMoreWordsSwitchesTheLanguage() {
        for (String english : List.of("can we speak english please", "do you speak english?", "spreek je engels?")) {
            Chat chat = new Chat(Medium.WHATSAPP);
            chat.send("hoi");
            assertTrue(chat.send(english).startsWith("Sure, let's continue in English."), english);
            assertEquals(Language.EN, chat.state.language(), english);
        }
        Chat dutch = new Chat(Medium.WHATSAPP);
        dutch.send("hello");
        assertTrue(dutch.send("kunnen we in het nederlands verder?").startsWith("Prima, we gaan verder in het Nederlands."));
        assertEquals(Language.NL, dutch.state.language());

        Chat told = atWhoFor();
        told.send("mijn moeder, ze praat alleen engels");
        assertEquals(Language.NL, told.state.language(), "told about someone, no language asked for");
    }

    @Test
    void aSlipInTheAnswerBeforeIsChangedAndTheQuestionStands() {
        Chat age = askedWhereMotherLives();
        assertEquals("Dank je, dat heb ik aangepast. In welke plaats woont je moeder? Een plaatsnaam of postcode is genoeg.",
                age.send("oeps, dat moet 84 zijn"));
        assertEquals("84", age.state.value(Slot.AGE));
        assertEquals("80", age.state.corrections().getLast().before().value());

        Chat choice = askedTheIndication();
        assertTrue(choice.send("foutje, ik bedoelde 1").startsWith("Dank je, dat heb ik aangepast. Is er al een indicatie"));
        assertEquals("SOON", choice.state.value(Slot.URGENCY));

        Chat unsure = askedTheIndication();
        unsure.send("sorry, ik weet het niet");
        assertEquals("WEEKS", unsure.state.value(Slot.URGENCY), "a sorry is no slip: the answer to this question");
        assertEquals("UNKNOWN", unsure.state.value(Slot.INDICATION));

        Chat wrong = askedTheIndication();
        assertTrue(wrong.send("dat klopt niet").startsWith("Hoe snel is de hulp nodig?"), "asked again");
    }

    @Test
    void anOptOutInMoreWordsStopsTheMessages() {
        for (String stop : List.of("ik wil geen berichten meer", "stuur me geen berichten meer", "afmelden aub",
                "stop met die vragen", "please stop sending me messages")) {
            Chat chat = new Chat(Medium.SMS);
            chat.send("hoi");
            chat.send(stop);
            assertTrue(chat.state.optedOut(), stop);
            assertEquals(List.of(new Effect.OptedOut()), chat.effects, stop);
        }
        for (String told : List.of("mijn moeder krijgt geen berichten meer", "ze moet stoppen met roken")) {
            Chat chat = new Chat(Medium.SMS);
            chat.send("hoi");
            chat.send(told);
            assertFalse(chat.state.optedOut(), told);
        }
    }

    @Test
    void backAsksThePreviousQuestionAgain() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hoi");
        chat.send("ja");
        chat.send("mijn dochter");
        assertEquals("Voor wie zoek je zorg of hulp?", chat.send("terug").lines().findFirst().orElseThrow());
        assertNull(chat.state.value(Slot.CARE_FOR));
    }

    @Test
    void backBeforeConsentStaysAtTheConsentQuestion() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hoi");
        chat.send("mijn vader van 80 in Aalten");
        String r = chat.send("terug");
        assertTrue(r.startsWith("Dit is de eerste vraag."), r);
        assertTrue(r.contains("Is dat goed?"), r);
        assertEquals(Step.ASKING, chat.state.step());
        assertEquals(Slot.CONSENT, chat.state.asking());
        assertEquals("FATHER", chat.state.value(Slot.CARE_FOR));
        assertEquals("Aalten", chat.state.value(Slot.PLACE));
    }

    @Test
    void restartForgetsAnswersButNotConsent() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hoi");
        chat.send("ja");
        chat.send("mijn dochter");
        String r = chat.send("opnieuw");
        assertTrue(r.startsWith("We beginnen opnieuw. Voor wie zoek je zorg of hulp?"), r);
        assertEquals(List.of("CONSENT"), List.copyOf(chat.state.answers().keySet()));
    }

    @Test
    void helpListsTheCommandsAndRepeatsTheQuestion() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hoi");
        String r = chat.send("help");
        assertTrue(r.contains("medewerker – praat met een mens") && r.endsWith("2. Nee"), r);
    }

    @Test
    void englishFirstMessageGetsEnglishAndDutchCanBeChosen() {
        Chat chat = new Chat(Medium.WHATSAPP);
        assertTrue(chat.send("Hello, I need help for my mother").startsWith("Hi! Thank you for your message."));
        assertTrue(chat.send("yes").startsWith("How old is your mother?"));
        assertTrue(chat.send("Nederlands").startsWith("Prima, we gaan verder in het Nederlands.\n\nHoe oud is je moeder?"));
    }

    @Test
    void numberWordsAndOptionWordsChooseToo() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hoi");
        chat.send("ja");
        chat.send("twee");
        assertEquals("CHILD", chat.state.value(Slot.CARE_FOR));
        chat.send("zevenentachtig");
        assertEquals("87", chat.state.value(Slot.AGE));
    }

    @Test
    void misunderstoodTwiceOffersAPerson() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hoi");
        chat.send("ja");
        chat.send("mijn zoon");
        assertTrue(chat.send("geen idee").startsWith("Dat geeft niets. Een schatting is ook goed"));
        assertTrue(chat.send("pfff").contains("Stuur 'medewerker'"));
        assertFalse(chat.state.has(Slot.URGENCY), "not knowing the age says nothing about the urgency");
    }

    @Test
    void aPlaceBetweenTwoTownsIsAskedAboutNotGuessed() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.sendAll("we wonen tussen Aalten en Winterswijk, mijn moeder heeft hulp nodig", "ja", "80");
        assertFalse(chat.state.has(Slot.PLACE), "not Aalten");
        assertEquals("Ligt het dichter bij Aalten of bij Winterswijk? Stuur de plaats, of de postcode als je die weet.",
                chat.send("tussen Aalten en Winterswijk"));
        chat.send("Winterswijk");
        assertEquals("Winterswijk", chat.state.value(Slot.PLACE));
        assertEquals("Oost Gelre", new Chat(Medium.WHATSAPP).sendAll("we wonen tussen Lichtenvoorde en Groenlo")
                .state.value(Slot.PLACE), "both in one municipality: that one");
        assertEquals("75", new Chat(Medium.WHATSAPP).sendAll("mijn moeder van tussen de 70 en 80 woont in Aalten")
                .state.value(Slot.AGE), "an age between two, as before");
    }

    @Test
    void placeWithATypoIsUnderstoodAsAnAnswer() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hoi");
        chat.send("ja");
        chat.send("mijn zoon");
        chat.send("15");
        chat.send("lichtevoorde");
        assertEquals("Oost Gelre", chat.state.value(Slot.PLACE));
    }

    @Test
    void mediaOnlyAsksToType() {
        Chat chat = new Chat(Medium.WHATSAPP);
        chat.send("Hoi");
        assertTrue(chat.sendMedia().startsWith("Dank je! Ik kan nog geen foto's, spraakberichten of bestanden bekijken."));
        assertEquals(Step.ASKING, chat.state.step());
    }

    @Test
    void webChatAsksForAPhoneNumberOrEmail() {
        Chat chat = completedUpToContact(Medium.WEBCHAT);
        assertTrue(chat.send("Anna").startsWith("Hoe kan de coördinator je bereiken?"));
        assertTrue(chat.send("maakt niet uit").contains("Stuur een telefoonnummer"));
        chat.send("06-12345678");
        assertEquals("0612345678", chat.state.answer(Slot.CONTACT).said());
        assertEquals(Step.SUMMARY, chat.state.step());
    }

    @Test
    void webChatAsksForTheNumberOrAddressOfTheWayNamed() {
        Chat call = atTheContactQuestion(Medium.WEBCHAT);
        assertEquals("Goed, dan bellen we je. Op welk telefoonnummer?", call.send("bellen graag"));
        call.send("06-12345678");
        assertEquals("0612345678", call.state.answer(Slot.CONTACT).said());

        Map<String, String> without = Map.of("ik heb geen telefoon", "Geen probleem. Stuur dan je e-mailadres.",
                "geen email", "Geen probleem. Stuur dan je telefoonnummer.",
                "ik heb geen telefoon en ook geen e-mail", "Geen telefoon en geen e-mail? Stuur dan 'medewerker'. "
                        + "Iemand van het klantenbureau zoekt met je uit hoe we je kunnen bereiken.");
        without.forEach((said, asked) -> {
            Chat chat = atTheContactQuestion(Medium.WEBCHAT);
            assertEquals(asked, chat.send(said), said);
        });
        Chat mail = atTheContactQuestion(Medium.WEBCHAT);
        assertEquals("Goed, dan mailen we je. Op welk e-mailadres?", mail.send("mail me maar"));
    }

    @Test
    void aNameGivenAsOnThePhoneIsNotAskedAgain() {
        Map<String, String> said = Map.of("Hallo, met Anja de Boer. Mijn vader van 81 heeft dementie.", "Anja de Boer",
                "Goedemiddag, u spreekt met Henk Jansen, ik zoek hulp voor mijn vrouw", "Henk Jansen",
                "Hi, this is Sarah, my mum needs help", "Sarah", "Hoi, Anja hier. Mijn vader heeft hulp nodig.", "Anja",
                "Dag, ik ben mevrouw Jansen en ik zoek hulp", "mevrouw Jansen",
                "ik ben meneer de Vries, mijn vrouw heeft dementie", "meneer de Vries");
        firstMessagesRead(Slot.NAME, said,
                List.of("met mijn moeder gaat het slecht", "Hoi, met spoed hulp nodig", "hallo met wie spreek ik"));
    }

    @Test
    void theNameUnderALettersClosingIsTheWritersName() {
        firstMessagesRead(Slot.NAME, Map.of("Beste, namens mijn cliënt dhr. Bakker (68, Eibergen) zoek ik huishoudelijke "
                        + "hulp. Met vriendelijke groet, Jan de Wit, casemanager dementie", "Jan de Wit",
                "Hoi, mijn moeder van 80 in Aalten heeft hulp nodig bij het douchen. Groetjes, Anja", "Anja",
                "Dear Sir, my father (82) in Winterswijk needs help at home.\nKind regards,\nSarah Jones", "Sarah Jones"),
                List.of("doe de groetjes aan Anna, mijn moeder van 80 heeft hulp nodig",
                        "groeten uit Lichtenvoorde, mijn vader heeft hulp nodig", "Met vriendelijke groet, mijn moeder"));
    }

    @Test
    void aNameSentWithTheNumberIsTheName() {
        Chat chat = completedUpToContact(Medium.WEBCHAT);
        assertTrue(chat.send("Anja 0612345678").startsWith("Dit heb ik genoteerd:"), "nothing asked twice");
        assertEquals("Anja", chat.state.value(Slot.NAME));
        assertEquals("0612345678", chat.state.answer(Slot.CONTACT).said());
        Chat comma = completedUpToContact(Medium.WEBCHAT);
        comma.send("Anja, anja@gmail,com");
        assertEquals("Anja", comma.state.value(Slot.NAME), "an address with a comma for its dot is no part of the name");
    }

    @Test
    void aNumberFromAbroadAndBothANumberAndAnAddressAreKept() {
        Chat abroad = atTheContactQuestion(Medium.WEBCHAT);
        abroad.send("+49 171 1234567");
        assertEquals("+491711234567", abroad.state.answer(Slot.CONTACT).said());
        Chat zeros = atTheContactQuestion(Medium.WHATSAPP);
        zeros.send("0044 7700 900123");
        assertEquals("+447700900123", zeros.state.answer(Slot.CONTACT).said());

        Chat both = atTheContactQuestion(Medium.WEBCHAT);
        String summary = both.send("je mag me mailen op anna@example.nl of bellen 0687654321");
        assertTrue(summary.contains("Contact: per e-mail of telefonisch: anna@example.nl / 0687654321\n"), summary);
    }

    @Test
    void noSuggestionsStillTellsWhatHappensNext() {
        Chat chat = new Chat(Medium.SMS, List.of());
        String first = chat.send("dagbesteding voor mijn zoon van 15 in Ulft, zo snel mogelijk, geen indicatie");
        assertTrue(first.contains("zo snel mogelijk"), first);
        chat.send("ja");
        chat.send("mijn naam is Anna");
        chat.send("2");
        String done = chat.send("ja");
        assertTrue(done.contains("Ik vond nog geen aanbieder die precies past."), done);
        assertTrue(done.contains("contact met je op (telefonisch, op dit nummer)."), done);
        assertTrue(done.contains("krijgt je aanvraag voorrang"), done);
        assertEquals(Step.DONE, chat.state.step());
    }

    @Test
    void choosingAnotherNumberOrMailAsksForItWithoutSayingSorry() {
        Map<String, String> asked = Map.of("3", "Stuur het telefoonnummer of e-mailadres waarop we je kunnen bereiken.",
                "mail", "Goed, dan mailen we je. Op welk e-mailadres?",
                "per e-mail graag", "Goed, dan mailen we je. Op welk e-mailadres?",
                "liever mailen", "Goed, dan mailen we je. Op welk e-mailadres?");
        asked.forEach((other, question) -> {
            Chat chat = atTheContactQuestion(Medium.WHATSAPP);
            assertEquals(question, chat.send(other), other);
            assertEquals(Slot.CONTACT, chat.state.asking());
            chat.send("anna@example.nl");
            assertEquals("anna@example.nl", chat.state.answer(Slot.CONTACT).said());
        });
        for (String here : List.of("maakt niet uit", "niet bellen graag, ik werk")) {
            Chat chat = atTheContactQuestion(Medium.WHATSAPP);
            chat.send(here);
            assertEquals("THIS_CHANNEL", chat.state.value(Slot.CONTACT), here);
        }
    }

    private static Chat completedUpToContact(Medium medium) {
        Chat chat = new Chat(medium);
        chat.send("Hallo, ik zoek dagbesteding op een zorgboerderij voor mijn zoon van 15 met autisme, wij wonen in Lichtenvoorde");
        chat.send("ja");
        chat.send("1");
        chat.send("3");
        return chat;
    }

    /** A chat that has just been asked how the coordinator may reach the client. */
    private static Chat atTheContactQuestion(Medium medium) {
        Chat chat = completedUpToContact(medium);
        chat.send("Anna");
        return chat;
    }

    private static Chat completed(Medium medium) {
        Chat chat = atTheContactQuestion(medium);
        chat.send("1");
        assertEquals(Step.SUMMARY, chat.state.step());
        return chat;
    }
}
