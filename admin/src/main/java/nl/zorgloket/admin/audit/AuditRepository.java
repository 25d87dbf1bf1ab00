package nl.zorgloket.admin.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Append-only: there is no update and no delete. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditRepository extends GenericRepository<AuditEntry, Long> {
    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByObjectTypeAndObjectIdOrderByIdAsc(String objectType, String objectId);

    List<AuditEntry> findByActorOrderByIdAsc(String actor);
}
