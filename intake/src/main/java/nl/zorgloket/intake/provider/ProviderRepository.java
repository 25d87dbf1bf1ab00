package nl.zorgloket.intake.provider;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProviderRepository extends PageableRepository<ProviderRecord, Long> {
    Optional<ProviderRecord> findByExternalId(String externalId);

    @Query("SELECT * FROM provider WHERE external_id = :externalId FOR UPDATE")
    Optional<ProviderRecord> findByExternalIdForUpdate(String externalId);

    List<ProviderRecord> findByExternalIdIn(Collection<String> externalIds);

    List<ProviderRecord> findByActiveTrue();

    Page<ProviderRecord> findByActive(boolean active, Pageable pageable);

    /**
     * Those whose name or external id holds {@code pattern}, a LIKE pattern with '!' as its escape
     * ({@link nl.zorgloket.intake.db.Like}); the table's collation ignores case and accents.
     */
    // the alias is the one Micronaut Data gives the entity: the page's ORDER BY names it
    @Query(value = "SELECT provider_record_.* FROM provider provider_record_ WHERE active = :active"
            + " AND (name LIKE :pattern ESCAPE '!' OR external_id LIKE :pattern ESCAPE '!')",
            countQuery = "SELECT COUNT(*) FROM provider WHERE active = :active"
                    + " AND (name LIKE :pattern ESCAPE '!' OR external_id LIKE :pattern ESCAPE '!')")
    Page<ProviderRecord> findByActiveMatching(boolean active, String pattern, Pageable pageable);

    /** The version of every active row: compared with the index's, it names what to reindex. */
    @Query("SELECT external_id, version FROM provider WHERE active = TRUE")
    List<ProviderVersion> findActiveVersions();

    /**
     * Changes whenever any row does: a new row adds to the count, and every update raises a version.
     * Cheap enough to ask every few seconds; the full comparison runs only when it moved.
     */
    @Query("SELECT COUNT(*) AS rows_count, COALESCE(SUM(version), 0) AS version_sum FROM provider")
    Fingerprint fingerprint();
}
