package nl.zorgloket.intake.carecase;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CareCaseRepository extends CrudRepository<CareCase, Long> {

    @Query("SELECT * FROM care_case WHERE conversation_id = :conversationId AND status <> 'CLOSED' ORDER BY id DESC LIMIT 1")
    Optional<CareCase> findOpenByConversation(Long conversationId);

    @Query("UPDATE care_case SET chosen_provider = :externalId, updated_at = :now, version = version + 1 WHERE id = :id")
    void updateChosenProvider(Long id, String externalId, Instant now);

    @Query("UPDATE care_case SET priority = :priority, updated_at = :now, version = version + 1 WHERE id = :id")
    void updatePriority(Long id, String priority, Instant now);
}
