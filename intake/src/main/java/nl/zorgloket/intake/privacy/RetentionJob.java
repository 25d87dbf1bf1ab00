package nl.zorgloket.intake.privacy;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Removes what closed conversations said once they have been closed for the retention period
 * (ZORGLOKET_RETENTION_CLOSED_CONVERSATIONS, 365 days): texts, media, notes and the dialogue's
 * memory. Their rows, times and cases stay.
 */
@Singleton
public class RetentionJob {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
    private static final int BATCH = 500;

    private final ClientDataRepository data;
    private final Clock clock;
    private final Duration keep;

    RetentionJob(ClientDataRepository data, Clock clock,
                 @Value("${zorgloket.retention.closed-conversations:365d}") Duration keep) {
        this.data = data;
        this.clock = clock;
        this.keep = keep;
    }

    @Scheduled(fixedDelay = "${zorgloket.retention.interval:1h}", initialDelay = "1m")
    void scheduled() {
        int removed = 0;
        int batch;
        do {
            batch = removeExpired();
            removed += batch;
        } while (batch == BATCH);
        if (removed > 0) {
            LOG.info("retention: removed the texts of {} conversations closed more than {} ago", removed, keep);
        }
    }

    /** @return how many conversations' texts were removed */
    @Transactional
    public int removeExpired() {
        List<Long> expired = data.closedBefore(clock.instant().minus(keep), BATCH);
        if (!expired.isEmpty()) {
            data.dropUnsent(expired);
            data.redactMessages(expired);
            data.forgetDialogues(expired);
            data.deleteNotes(expired);
        }
        return expired.size();
    }
}
