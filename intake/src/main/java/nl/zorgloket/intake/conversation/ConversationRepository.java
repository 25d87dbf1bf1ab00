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

    /**
     * Conversations in this mode, those with an open case in crisis first, then urgent ones, then the
     * rest; most recently active first within each.
     */
    @Query("""
            SELECT * FROM conversation c WHERE c.mode = :mode
            ORDER BY COALESCE((SELECT MIN(FIELD(k.priority, 'CRISIS', 'URGENT', 'NORMAL')) FROM care_case k
                               WHERE k.conversation_id = c.id AND k.status <> 'CLOSED'), 3),
                     c.updated_at DESC, c.id DESC
            LIMIT :limit OFFSET :offset""")
    List<Conversation> findByModeMostPressingFirst(String mode, int limit, int offset);

    List<Conversation> findByContactIdOrderById(Long contactId);

    /** The conversations of the clients who write from one of these numbers (E.164), most recent first. */
    @Query("""
            SELECT c.* FROM conversation c JOIN contact ct ON ct.id = c.contact_id
            WHERE ct.phone IN (:phones)
            ORDER BY c.updated_at DESC, c.id DESC LIMIT :limit""")
    List<Conversation> findByClientPhone(List<String> phones, int limit);

    /**
     * The conversations whose client's name, as the channel gave it or as they told it in the dialogue,
     * holds {@code pattern} (a LIKE pattern, '!' its escape); most recent first.
     */
    @Query("""
            SELECT c.* FROM conversation c JOIN contact ct ON ct.id = c.contact_id
            WHERE ct.display_name LIKE :pattern ESCAPE '!'
               OR c.id IN (SELECT k.conversation_id FROM care_case k WHERE k.contact_name LIKE :pattern ESCAPE '!')
            ORDER BY c.updated_at DESC, c.id DESC LIMIT :limit""")
    List<Conversation> findByClientName(String pattern, int limit);
}
