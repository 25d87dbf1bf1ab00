package nl.zorgloket.intake.dialogue;

/** Who needs care, and how the dialogue then speaks about them. */
public enum CareFor {
    SELF("jezelf", "yourself", null, null, 0),
    SON("je zoon", "your son", "is je zoon", "is your son", 0),
    DAUGHTER("je dochter", "your daughter", "is je dochter", "is your daughter", 0),
    CHILD("je kind", "your child", "is je kind", "is your child", 0),
    PARTNER("je partner", "your partner", "is je partner", "is your partner", 16),
    /** The partner by the client's own word: "mijn man", "my wife". */
    HUSBAND("je man", "your husband", "is je man", "is your husband", 16),
    WIFE("je vrouw", "your wife", "is je vrouw", "is your wife", 16),
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
    /** Both grandparents: "mijn opa en oma", "mijn grootouders". */
    GRANDPARENTS("je opa en oma", "your grandparents", "zijn je opa en oma", "are your grandparents", 30),
    BROTHER("je broer", "your brother", "is je broer", "is your brother", 0),
    SISTER("je zus", "your sister", "is je zus", "is your sister", 0),
    PARENTS_IN_LAW("je schoonouders", "your parents-in-law", "zijn je schoonouders", "are your parents-in-law", 18),
    SON_IN_LAW("je schoonzoon", "your son-in-law", "is je schoonzoon", "is your son-in-law", 0),
    DAUGHTER_IN_LAW("je schoondochter", "your daughter-in-law", "is je schoondochter", "is your daughter-in-law", 0),
    BROTHER_IN_LAW("je zwager", "your brother-in-law", "is je zwager", "is your brother-in-law", 0),
    SISTER_IN_LAW("je schoonzus", "your sister-in-law", "is je schoonzus", "is your sister-in-law", 0),
    UNCLE("je oom", "your uncle", "is je oom", "is your uncle", 0),
    AUNT("je tante", "your aunt", "is je tante", "is your aunt", 0),
    /** "neef": a nephew or a male cousin, one word in Dutch. */
    NEPHEW("je neef", "your nephew or cousin", "is je neef", "is your nephew or cousin", 0),
    NIECE("je nicht", "your niece or cousin", "is je nicht", "is your niece or cousin", 0),
    NEIGHBOUR_MAN("je buurman", "your neighbour", "is je buurman", "is your neighbour", 0),
    NEIGHBOUR_WOMAN("je buurvrouw", "your neighbour", "is je buurvrouw", "is your neighbour", 0),
    /** A neighbour not said to be a man or a woman: "my neighbour", "ik ben de buurvrouw van ...". */
    NEIGHBOUR("je buurman of buurvrouw", "your neighbour", "is je buurman of buurvrouw", "is your neighbour", 0),
    FRIEND_MAN("je vriend", "your friend", "is je vriend", "is your friend", 0),
    FRIEND_WOMAN("je vriendin", "your friend", "is je vriendin", "is your friend", 0),
    FRIEND("je vriend of vriendin", "your friend", "is je vriend of vriendin", "is your friend", 0),
    /** Someone close, not named by a relation we know: "de zoon van mijn zus", a carer's "Henk". */
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

    /**
     * Whether this says less than {@code other} about the same person: "je vader of moeder" for a mother,
     * "je naaste" for anyone close. Read later, it is no correction of what was said before.
     */
    boolean vaguerThan(CareFor other) {
        return switch (this) {
            case RELATIVE -> other != SELF && other != CLIENT && other != RELATIVE;
            case PARENT -> other == MOTHER || other == FATHER;
            case CHILD -> other == SON || other == DAUGHTER;
            case PARTNER -> other == HUSBAND || other == WIFE;
            case NEIGHBOUR -> other == NEIGHBOUR_MAN || other == NEIGHBOUR_WOMAN;
            case FRIEND -> other == FRIEND_MAN || other == FRIEND_WOMAN;
            default -> false;
        };
    }

    Text whereLives() {
        if (this == SELF) {
            return new Text("In welke plaats woon je?", "Where do you live?");
        }
        if (this == PARENTS || this == PARENTS_IN_LAW || this == GRANDPARENTS) {
            return new Text("In welke plaats wonen " + nl + "?", "Where do " + en + " live?");
        }
        return new Text("In welke plaats woont " + nl + "?", "Where does " + en + " live?");
    }

}
