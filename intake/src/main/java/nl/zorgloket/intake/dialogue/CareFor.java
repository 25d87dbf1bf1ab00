package nl.zorgloket.intake.dialogue;

/** Who needs care, and how the dialogue then speaks about them. */
public enum CareFor {
    SELF("jezelf", "yourself", null, null, 0),
    SON("je zoon", "your son", "is je zoon", "is your son", 0),
    DAUGHTER("je dochter", "your daughter", "is je dochter", "is your daughter", 0),
    CHILD("je kind", "your child", "is je kind", "is your child", 0),
    PARTNER("je partner", "your partner", "is je partner", "is your partner", 16),
    MOTHER("je moeder", "your mother", "is je moeder", "is your mother", 18),
    FATHER("je vader", "your father", "is je vader", "is your father", 18),
    PARENT("je vader of moeder", "your parent", "is je vader of moeder", "is your parent", 18),
    /** Both parents: "mijn ouders", "mijn moeder en vader". */
    PARENTS("je ouders", "your parents", "zijn je ouders", "are your parents", 18),
    MOTHER_IN_LAW("je schoonmoeder", "your mother-in-law", "is je schoonmoeder", "is your mother-in-law", 18),
    FATHER_IN_LAW("je schoonvader", "your father-in-law", "is je schoonvader", "is your father-in-law", 18),
    GRANDCHILD("je kleinkind", "your grandchild", "is je kleinkind", "is your grandchild", 0),
    GRANDMOTHER("je oma", "your grandmother", "is je oma", "is your grandmother", 30),
    GRANDFATHER("je opa", "your grandfather", "is je opa", "is your grandfather", 30),
    BROTHER("je broer", "your brother", "is je broer", "is your brother", 0),
    SISTER("je zus", "your sister", "is je zus", "is your sister", 0),
    RELATIVE("je naaste", "the person you care for", "is je naaste", "is the person you care for", 0),
    CLIENT("je cliënt", "your client", "is je cliënt", "is your client", 0);

    private final String nl;
    private final String en;
    private final String isNl;
    private final String isEn;
    private final int youngest;

    CareFor(String nl, String en, String isNl, String isEn, int youngest) {
        this.nl = nl;
        this.en = en;
        this.isNl = isNl;
        this.isEn = isEn;
        this.youngest = youngest;
    }

    /** Below this age the answer is more likely a slip than the truth: a father of 8. */
    int youngest() {
        return youngest;
    }

    Text label() {
        return new Text(nl, en);
    }

    /** "Hoe oud ..." + this: "ben je" for the client, "is je zoon" for a son. */
    Text howOld() {
        return this == SELF ? new Text("Hoe oud ben je?", "How old are you?")
                : new Text("Hoe oud " + isNl + "?", "How old " + isEn + "?");
    }

    Text whereLives() {
        if (this == SELF) {
            return new Text("In welke plaats woon je?", "Where do you live?");
        }
        if (this == PARENTS) {
            return new Text("In welke plaats wonen " + nl + "?", "Where do " + en + " live?");
        }
        return new Text("In welke plaats woont " + nl + "?", "Where does " + en + " live?");
    }

}
