package nl.zorgloket.intake.dialogue;

import nl.zorgloket.search.text.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Whether the municipality (Wmo, Jeugdwet) or CIZ (Wlz) has already decided on care. */
public enum Indication {
    YES, REQUESTED, NO, UNKNOWN;

    // the law or the form the client names, as it is written; a care package (zzp, vpt, mpt) is the Wlz's
    private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("wmo", "Wmo"),
            Map.entry("jeugdwet", "Jeugdwet"), Map.entry("wlz", "Wlz"), Map.entry("ciz", "Wlz"),
            Map.entry("zzp", "Wlz"), Map.entry("zorgzwaartepakket", "Wlz"), Map.entry("vpt", "Wlz"),
            Map.entry("mpt", "Wlz"), Map.entry("zvw", "Zvw"), Map.entry("zorgverzekeringswet", "Zvw"),
            Map.entry("pgb", "pgb"), Map.entry("persoonsgebonden", "pgb"));

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
