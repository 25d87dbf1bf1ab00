package nl.zorgloket.intake.dialogue;

import nl.zorgloket.search.text.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Whether the municipality (Wmo, Jeugdwet) or CIZ (Wlz) has already decided on care. */
public enum Indication {
    YES, REQUESTED, NO, UNKNOWN;

    // the law or the form the client names, as it is written
    private static final Map<String, String> KINDS = Map.of("wmo", "Wmo", "jeugdwet", "Jeugdwet", "wlz", "Wlz",
            "ciz", "Wlz", "zvw", "Zvw", "zorgverzekeringswet", "Zvw", "pgb", "pgb", "persoonsgebonden", "pgb");

    /** Which law or form the client named with it: "ja, wmo" is "Wmo", "een pgb via het CIZ" is "Wlz, pgb". */
    public static Optional<String> kindIn(String said) {
        List<String> kinds = new ArrayList<>();
        for (String word : Folding.tokens(said)) {
            String kind = KINDS.get(word);
            if (kind != null && !kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        return kinds.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", kinds));
    }
}
