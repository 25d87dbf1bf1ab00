package nl.zorgloket.search.provider;

import java.util.List;

/** One suggested provider and, in words a client understands, why it fits. */
public record ProviderHit(String externalId, String name, float score, List<String> reasons) {
    public ProviderHit {
        reasons = List.copyOf(reasons);
    }
}
