package nl.zorgloket.intake.provider;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;

/**
 * Indexes changed providers after their transaction commits: a rolled-back change never reaches
 * the index, and a slow index never holds database locks.
 */
@Singleton
class IndexChangedProviders {
    private final ProviderDirectory directory;

    IndexChangedProviders(ProviderDirectory directory) {
        this.directory = directory;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onChanged(ProvidersChanged event) {
        directory.syncIndex(event.externalIds());
    }
}
