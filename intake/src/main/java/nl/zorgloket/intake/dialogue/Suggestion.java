package nl.zorgloket.intake.dialogue;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A provider the dialogue suggested, and why. */
@Serdeable
public record Suggestion(String externalId, String name, List<String> reasons) {
    public Suggestion {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
