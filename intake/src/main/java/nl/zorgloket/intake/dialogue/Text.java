package nl.zorgloket.intake.dialogue;

/** A text for the client in both languages. */
record Text(String nl, String en) {
    String in(Language language) {
        return language == Language.EN ? en : nl;
    }

    Text then(Text next) {
        return new Text(nl + next.nl, en + next.en);
    }
}
