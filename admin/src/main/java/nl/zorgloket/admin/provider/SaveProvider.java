package nl.zorgloket.admin.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.zorgloket.admin.audit.AuditAction;
import nl.zorgloket.admin.audit.AuditObject;
import nl.zorgloket.admin.audit.RecordAudit;
import nl.zorgloket.admin.web.IfMatch;
import nl.zorgloket.admin.web.InvalidField;
import nl.zorgloket.admin.web.ProblemException;
import nl.zorgloket.intake.provider.ProviderDirectory;
import nl.zorgloket.intake.provider.ProviderImport;
import nl.zorgloket.intake.provider.ProviderRecord;
import nl.zorgloket.intake.provider.ProviderRepository;

import java.util.List;

/** An admin creates one provider, replaces one as a whole (which makes it active again), or deactivates one. */
@Singleton
public class SaveProvider {
    private final ProviderRules rules;
    private final ProviderDirectory directory;
    private final ProviderRepository providers;
    private final RecordAudit audit;

    SaveProvider(ProviderRules rules, ProviderDirectory directory, ProviderRepository providers, RecordAudit audit) {
        this.rules = rules;
        this.directory = directory;
        this.providers = providers;
        this.audit = audit;
    }

    @Transactional
    public void create(ProviderImport p, String actor, HttpRequest<?> request) {
        ProviderImport valid = checked(p);
        if (providers.findByExternalIdForUpdate(valid.externalId()).isPresent()) {
            throw ProblemException.conflict("A provider with externalId '" + valid.externalId()
                    + "' exists; change it with PUT /api/providers/" + valid.externalId() + ".");
        }
        directory.upsertImported(List.of(valid), false);
        audit.record(actor, request, AuditAction.CREATE, AuditObject.PROVIDER, valid.externalId(), null, null);
    }

    /** Replaces a provider; with {@code ifMatch} only while it is at a version that names. */
    @Transactional
    public void replace(String externalId, ProviderImport p, @Nullable String ifMatch, String actor,
                        HttpRequest<?> request) {
        if (p.externalId() != null && !p.externalId().equals(externalId)) {
            throw ProblemException.invalid(List.of(InvalidField.of("externalId",
                    "The body's externalId differs from the one in the path.")));
        }
        ProviderImport valid = checked(withId(p, externalId));
        lockedAt(externalId, ifMatch);
        directory.upsertImported(List.of(valid), false);
        audit.record(actor, request, AuditAction.UPDATE, AuditObject.PROVIDER, externalId, null, null);
    }

    /** Takes a provider out of search (its row stays; a replace brings it back); {@code ifMatch} as above. */
    @Transactional
    public void deactivate(String externalId, @Nullable String ifMatch, String actor, HttpRequest<?> request) {
        lockedAt(externalId, ifMatch);
        directory.deactivate(externalId);
        audit.record(actor, request, AuditAction.DEACTIVATE, AuditObject.PROVIDER, externalId, null, null);
    }

    private void lockedAt(String externalId, @Nullable String ifMatch) {
        ProviderRecord locked = providers.findByExternalIdForUpdate(externalId)
                .orElseThrow(() -> ProblemException.notFound("Provider '" + externalId + "'"));
        IfMatch.check(ifMatch, locked.version() == null ? 0 : locked.version(), "Provider '" + externalId + "'");
    }

    private ProviderImport checked(ProviderImport p) {
        ProviderRules.Checked checked = rules.check(p, null);
        if (!checked.valid()) {
            throw ProblemException.invalid(checked.errors());
        }
        return checked.provider();
    }

    private static ProviderImport withId(ProviderImport p, String externalId) {
        return new ProviderImport(externalId, p.name(), p.description(), p.expertise(), p.municipalities(), p.address(),
                p.location(), p.ageMin(), p.ageMax(), p.acceptingClients(), p.contact());
    }
}
