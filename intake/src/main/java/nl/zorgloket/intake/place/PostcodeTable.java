package nl.zorgloket.intake.place;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import nl.zorgloket.search.place.Gazetteer;
import nl.zorgloket.search.place.GeoPoint;
import nl.zorgloket.search.place.PostcodeArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.StreamSupport;

/**
 * The postcode areas admins import, kept in the database and laid over the gazetteer's bundled
 * table on every instance: at start-up, after an import commits, and when another instance's
 * import shows in the table's fingerprint.
 */
@Singleton
public class PostcodeTable {
    private static final Logger LOG = LoggerFactory.getLogger(PostcodeTable.class);

    /** Published when an import changed the table. */
    public record Changed() {
    }

    private final PostcodeAreaRepository areas;
    private final Gazetteer gazetteer;
    private final Clock clock;
    private final ApplicationEventPublisher<Changed> events;
    private final AtomicReference<String> loaded = new AtomicReference<>();

    PostcodeTable(PostcodeAreaRepository areas, Gazetteer gazetteer, Clock clock, ApplicationEventPublisher<Changed> events) {
        this.areas = areas;
        this.gazetteer = gazetteer;
        this.clock = clock;
        this.events = events;
    }

    /** Creates or replaces these areas by their four digits; the gazetteer follows after the commit. */
    @Transactional
    public int upsert(List<PostcodeArea> imported) {
        Instant now = clock.instant();
        for (PostcodeArea a : imported) {
            PostcodeAreaRecord r = new PostcodeAreaRecord(a.pc4(), a.municipality(),
                    a.centre() == null ? null : a.centre().lat(), a.centre() == null ? null : a.centre().lon(), now);
            if (areas.existsById(a.pc4())) {
                areas.update(r);
            } else {
                areas.save(r);
            }
        }
        events.publishEvent(new Changed());
        return imported.size();
    }

    /** Lays the table over the bundled areas. */
    public synchronized void load() {
        String fingerprint = areas.fingerprint();
        List<PostcodeArea> all = StreamSupport.stream(areas.findAll().spliterator(), false)
                .map(r -> new PostcodeArea(r.pc4(), r.municipality(),
                        r.lat() == null || r.lon() == null ? null : new GeoPoint(r.lat(), r.lon())))
                .toList();
        gazetteer.usePostcodes(all);
        loaded.set(fingerprint);
        LOG.debug("{} imported postcode areas laid over the bundled table", all.size());
    }

    @EventListener
    void loadOnStartup(StartupEvent event) {
        load();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onChanged(Changed event) {
        load();
    }

    @Scheduled(fixedDelay = "${zorgloket.search.refresh-interval:10s}", initialDelay = "${zorgloket.search.refresh-interval:10s}")
    void refreshIfChanged() {
        if (!Objects.equals(areas.fingerprint(), loaded.get())) {
            load();
        }
    }
}
