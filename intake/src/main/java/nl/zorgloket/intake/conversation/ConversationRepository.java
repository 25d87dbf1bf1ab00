package nl.zorgloket.intake.conversation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ConversationRepository extends CrudRepository<Conversation, Long> {

    /** Opens a conversation for the address unless one is open; the unique open_key makes it race-free. */
    @Query("""
            INSERT IGNORE INTO conversation (contact_id, open_key, medium, mode, dialogue_state, version, created_at, updated_at)
            VALUES (:contactId, :openKey, :medium, 'BOT', :state, 0, :now, :now)""")
    void insertIgnoreOpen(Long contactId, String openKey, String medium, String state, Instant now);

    @Query("SELECT * FROM conversation WHERE id = :id FOR UPDATE")
    Optional<Conversation> findByIdForUpdate(Long id);

    /** Open conversations in this mode, most recently active first. */
    @Query("SELECT * FROM conversation WHERE mode = :mode ORDER BY updated_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<Conversation> findByModeRecentFirst(String mode, int limit, int offset);

    List<Conversation> findByContactIdOrderById(Long contactId);
}
