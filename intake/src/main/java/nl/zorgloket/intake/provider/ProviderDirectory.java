package nl.zorgloket.intake.provider;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.zorgloket.search.place.GeoPoint;
import nl.zorgloket.search.provider.Provider;
import nl.zorgloket.search.provider.ProviderIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the provider table and the search index in step: the table is the truth, the index
 * follows. Changes made here are indexed once their transaction commits; changes made by another
 * instance are found by comparing row versions with the index, when the table's fingerprint moved.
 */
@Singleton
public class ProviderDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderDirectory.class);

    /** How many rows an upsert created and updated. */
    public record Upserted(int created, int updated) {
    }

    /** What bringing the index in line with the table changed. */
    public record Synced(int indexed, int removed) {
    }

    private final ProviderRepository providers;
    private final ProviderIndex index;
    private final ObjectMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher<ProvidersChanged> events;
    private final AtomicReference<Fingerprint> lastSeen = new AtomicReference<>();

    ProviderDirectory(ProviderRepository providers, ProviderIndex index, ObjectMapper json, Clock clock,
                      ApplicationEventPublisher<ProvidersChanged> events) {
        this.providers = providers;
        this.index = index;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /** Creates or updates providers by external id; an updated provider is active again. */
    @Transactional
    public Upserted upsert(List<ProviderRecord> records) {
        Instant now = clock.instant();
        int created = 0;
        int updated = 0;
        for (ProviderRecord r : records) {
            var existing = providers.findByExternalIdForUpdate(r.externalId());
            if (existing.isPresent()) {
                ProviderRecord e = existing.get();
                providers.update(withIdentity(r, e.id(), e.version(), e.createdAt(), now));
                updated++;
            } else {
                providers.save(withIdentity(r, null, null, now, now));
                created++;
            }
        }
        events.publishEvent(new ProvidersChanged(records.stream().map(ProviderRecord::externalId)
                .collect(java.util.stream.Collectors.toSet())));
        return new Upserted(created, updated);
    }

    /** Creates or updates providers given in the import format. */
    @Transactional
    public Upserted upsertImported(List<ProviderImport> rows, boolean demo) {
        return upsert(rows.stream().map(row -> toRecord(row, demo)).toList());
    }

    /** Takes a provider out of search; its row stays, and an update makes it active again. */
    @Transactional
    public boolean deactivate(String externalId) {
        var found = providers.findByExternalIdForUpdate(externalId);
        if (found.isEmpty()) {
            return false;
        }
        ProviderRecord r = found.get();
        if (r.active()) {
            providers.update(new ProviderRecord(r.id(), r.externalId(), r.name(), r.description(), r.expertise(),
                    r.municipalities(), r.street(), r.postcode(), r.city(), r.lat(), r.lon(), r.ageMin(), r.ageMax(),
                    r.acceptingClients(), r.phone(), r.email(), r.website(), false, r.demo(), r.version(),
                    r.createdAt(), clock.instant()));
            events.publishEvent(new ProvidersChanged(Set.of(externalId)));
        }
        return true;
    }

    /** Indexes these providers as the table has them now: active ones replaced, others removed. */
    public synchronized void syncIndex(Collection<String> externalIds) {
        List<Provider> upserts = new ArrayList<>();
        Set<String> deletes = new HashSet<>(externalIds);
        for (ProviderRecord r : providers.findByExternalIdIn(externalIds)) {
            if (r.active()) {
                upserts.add(toIndexed(r));
                deletes.remove(r.externalId());
            }
        }
        index.apply(upserts, deletes);
    }

    /**
     * Compares every active row's version with the index and reindexes what differs: a missing
     * index is built whole, an outdated one catches up.
     */
    public synchronized Synced syncIndex() {
        Fingerprint before = providers.fingerprint();
        Map<String, Long> indexed = new HashMap<>(index.versions());
        Set<String> stale = new LinkedHashSet<>();
        for (ProviderVersion row : providers.findActiveVersions()) {
            Long version = indexed.remove(row.externalId());
            if (version == null || version != row.version()) {
                stale.add(row.externalId());
            }
        }
        // what is left in the index is no longer active in the table
        Set<String> gone = indexed.keySet();
        List<Provider> upserts = stale.isEmpty() ? List.of()
                : providers.findByExternalIdIn(stale).stream().filter(ProviderRecord::active).map(this::toIndexed).toList();
        if (!upserts.isEmpty() || !gone.isEmpty()) {
            index.apply(upserts, gone);
        }
        lastSeen.set(before);
        return new Synced(upserts.size(), gone.size());
    }

    /** Throws the index away and builds it again from the table. */
    public synchronized int rebuildIndex() {
        Fingerprint before = providers.fingerprint();
        List<Provider> all = providers.findByActiveTrue().stream().map(this::toIndexed).toList();
        index.replaceAll(all);
        lastSeen.set(before);
        return all.size();
    }

    /** At start-up the index catches up with whatever changed while this instance was down. */
    @EventListener
    void syncOnStartup(StartupEvent event) {
        Synced synced = syncIndex();
        LOG.info("provider index holds {} providers ({} reindexed, {} removed)", index.size(), synced.indexed(),
                synced.removed());
    }

    /** Picks up what other instances changed. */
    @Scheduled(fixedDelay = "${zorgloket.search.refresh-interval:10s}", initialDelay = "${zorgloket.search.refresh-interval:10s}")
    void refreshIfChanged() {
        Fingerprint now = providers.fingerprint();
        if (!now.equals(lastSeen.get())) {
            Synced synced = syncIndex();
            LOG.debug("provider index caught up: {} reindexed, {} removed", synced.indexed(), synced.removed());
        }
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

    /** A stored provider in the import format: what the admin API shows and takes back. */
    public ProviderImport toImport(ProviderRecord r) {
        return new ProviderImport(r.externalId(), r.name(), r.description(), list(r.expertise()), list(r.municipalities()),
                r.street() == null && r.postcode() == null && r.city() == null ? null
                        : new ProviderImport.Address(r.street(), r.postcode(), r.city()),
                r.lat() == null || r.lon() == null ? null : new ProviderImport.Location(r.lat(), r.lon()),
                r.ageMin(), r.ageMax(), r.acceptingClients(),
                r.phone() == null && r.email() == null && r.website() == null ? null
                        : new ProviderImport.Contact(r.phone(), r.email(), r.website()));
    }

    private String write(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Provider toIndexed(ProviderRecord r) {
        return new Provider(r.externalId(), r.name(), r.description(), list(r.expertise()), list(r.municipalities()),
                r.ageMin(), r.ageMax(), r.acceptingClients(), r.version() == null ? 0 : r.version(),
                r.lat() == null || r.lon() == null ? null : new GeoPoint(r.lat(), r.lon()));
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
