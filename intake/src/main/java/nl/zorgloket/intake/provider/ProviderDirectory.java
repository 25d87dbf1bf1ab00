package nl.zorgloket.intake.provider;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.zorgloket.search.provider.Provider;
import nl.zorgloket.search.provider.ProviderIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Keeps the provider table and the search index in step: the table is the truth, the index follows. */
@Singleton
public class ProviderDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderDirectory.class);

    private final ProviderRepository providers;
    private final ProviderIndex index;
    private final ObjectMapper json;
    private final Clock clock;

    ProviderDirectory(ProviderRepository providers, ProviderIndex index, ObjectMapper json, Clock clock) {
        this.providers = providers;
        this.index = index;
        this.json = json;
        this.clock = clock;
    }

    /** Creates or updates providers by external id, then indexes them. */
    @Transactional
    public void upsert(List<ProviderRecord> records) {
        Instant now = clock.instant();
        for (ProviderRecord r : records) {
            ProviderRecord toSave = providers.findByExternalId(r.externalId())
                    .map(existing -> withIdentity(r, existing.id(), existing.version(), existing.createdAt(), now))
                    .orElse(withIdentity(r, null, null, now, now));
            if (toSave.id() == null) {
                providers.save(toSave);
            } else {
                providers.update(toSave);
            }
        }
        index.upsertAll(records.stream().filter(ProviderRecord::active).map(this::toIndexed).toList());
    }

    /** Creates or updates providers given in the import format. */
    @Transactional
    public void upsertImported(List<ProviderImport> rows, boolean demo) {
        upsert(rows.stream().map(row -> toRecord(row, demo)).toList());
    }

    private ProviderRecord toRecord(ProviderImport p, boolean demo) {
        ProviderImport.Address address = p.address();
        ProviderImport.Location location = p.location();
        ProviderImport.Contact contact = p.contact();
        return new ProviderRecord(null, p.externalId(), p.name(), p.description(), write(p.expertise()),
                write(p.municipalities()),
                address == null ? null : address.street(), address == null ? null : address.postcode(),
                address == null ? null : address.city(),
                location == null ? null : location.lat(), location == null ? null : location.lon(),
                p.ageMin(), p.ageMax(), p.acceptingClients() == null || p.acceptingClients(),
                contact == null ? null : contact.phone(), contact == null ? null : contact.email(),
                contact == null ? null : contact.website(), true, demo, null, null, null);
    }

    private String write(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index is rebuilt from the table at start-up, so it can never drift from the truth for long. */
    @EventListener
    void rebuildOnStartup(StartupEvent event) {
        List<Provider> all = providers.findByActiveTrue().stream().map(this::toIndexed).toList();
        index.replaceAll(all);
        LOG.info("provider index built with {} providers", all.size());
    }

    Provider toIndexed(ProviderRecord r) {
        return new Provider(r.externalId(), r.name(), r.description(), list(r.expertise()), list(r.municipalities()),
                r.ageMin(), r.ageMax(), r.acceptingClients());
    }

    private List<String> list(String jsonArray) {
        try {
            return List.of(json.readValue(jsonArray, String[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProviderRecord withIdentity(ProviderRecord r, Long id, Long version, Instant createdAt, Instant now) {
        return new ProviderRecord(id, r.externalId(), r.name(), r.description(), r.expertise(), r.municipalities(),
                r.street(), r.postcode(), r.city(), r.lat(), r.lon(), r.ageMin(), r.ageMax(), r.acceptingClients(),
                r.phone(), r.email(), r.website(), r.active(), r.demo(), version, createdAt, now);
    }
}
