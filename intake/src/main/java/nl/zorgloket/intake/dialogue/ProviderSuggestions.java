package nl.zorgloket.intake.dialogue;

import nl.zorgloket.search.provider.ProviderHit;
import nl.zorgloket.search.provider.ProviderQuery;

import java.util.List;

/** Where the dialogue gets its provider suggestions: the provider index, or a fixed list in tests. */
@FunctionalInterface
public interface ProviderSuggestions {
    List<ProviderHit> suggest(ProviderQuery query);
}
