package nl.zorgloket.intake.carecase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CareCaseRepository extends CrudRepository<CareCase, Long> {

    @Query("SELECT * FROM care_case WHERE conversation_id = :conversationId AND status <> 'CLOSED' ORDER BY id DESC LIMIT 1")
    Optional<CareCase> findOpenByConversation(Long conversationId);

    /** Records the provider the client chose in the conversation's open case, if it has one. */
    @Query("""
            UPDATE care_case SET chosen_provider = :externalId, updated_at = :now, version = version + 1
            WHERE conversation_id = :conversationId AND status <> 'CLOSED' ORDER BY id DESC LIMIT 1""")
    void updateChosenProviderOfOpenCase(Long conversationId, String externalId, Instant now);

    /** A handoff to a case that is open already: its priority and the reasons a person was asked for. */
    @Query("""
            UPDATE care_case SET priority = :priority, handoff_reasons = :reasons, updated_at = :now,
                version = version + 1
            WHERE id = :id""")
    void updateHandoff(Long id, String priority, String reasons, Instant now);

    /**
     * The customer office's queue: waiting cases first (crisis, then urgent, then the rest, oldest
     * first), then assigned, then closed. With a coordinator: the waiting cases and their own.
     */
    @Query("""
            SELECT * FROM care_case
            WHERE (:status IS NULL OR status = :status)
              AND (:coordinatorId IS NULL OR status IN ('NEEDS_STAFF', 'WAITING_FOR_COORDINATOR')
                   OR coordinator_id = :coordinatorId)
            ORDER BY CASE WHEN status IN ('NEEDS_STAFF', 'WAITING_FOR_COORDINATOR') THEN 0
                          WHEN status = 'ASSIGNED' THEN 1 ELSE 2 END,
                     FIELD(priority, 'CRISIS', 'URGENT', 'NORMAL'), created_at, id
            LIMIT :limit OFFSET :offset""")
    List<CareCase> queue(@Nullable String status, @Nullable Long coordinatorId, int limit, int offset);

    @Query("SELECT * FROM care_case WHERE id = :id FOR UPDATE")
    Optional<CareCase> findByIdForUpdate(Long id);

    Optional<CareCase> findFirstByConversationIdOrderByIdDesc(Long conversationId);

    /**
     * The coordinator of the household's open case: one household, one plan, one coordinator. The
     * same household is the same contact, the same phone number on another channel (WhatsApp and SMS
     * are two contacts of one person), or the same address (postcode and house number).
     */
    @Query("""
            SELECT cc.coordinator_id FROM care_case cc JOIN contact k ON k.id = cc.contact_id
            WHERE cc.status = 'ASSIGNED' AND cc.coordinator_id IS NOT NULL
              AND (cc.contact_id = :contactId
                   OR k.phone = (SELECT me.phone FROM contact me WHERE me.id = :contactId AND me.phone IS NOT NULL)
                   OR cc.address = :address)
            ORDER BY cc.updated_at DESC LIMIT 1""")
    Optional<Long> householdCoordinator(Long contactId, @Nullable String address);

    List<CareCase> findByContactIdOrderById(Long contactId);
}
