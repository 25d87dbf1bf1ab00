package nl.zorgloket.intake.provider;

import java.util.Set;

/** Providers whose rows changed in a transaction: the index follows once it commits. */
public record ProvidersChanged(Set<String> externalIds) {
    public ProvidersChanged {
        externalIds = Set.copyOf(externalIds);
    }
}
