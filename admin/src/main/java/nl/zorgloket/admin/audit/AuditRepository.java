package nl.zorgloket.admin.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** Append-only: there is no update and no delete. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditRepository extends GenericRepository<AuditEntry, Long> {
    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByObjectTypeAndObjectIdOrderByIdAsc(String objectType, String objectId);

    List<AuditEntry> findByActorOrderByIdAsc(String actor);

    /** The rows matching every filter given, newest first. */
    @Query("""
            SELECT * FROM audit_log
            WHERE (:contactId IS NULL OR contact_id = :contactId)
              AND (:actor IS NULL OR actor = :actor)
              AND (:from IS NULL OR occurred_at >= :from)
              AND (:until IS NULL OR occurred_at < :until)
            ORDER BY occurred_at DESC, id DESC
            LIMIT :limit OFFSET :offset""")
    List<AuditEntry> search(@Nullable Long contactId, @Nullable String actor, @Nullable Instant from,
                            @Nullable Instant until, int limit, int offset);
}
