package nl.zorgloket.bot.webchat;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ChatSessionRepository extends CrudRepository<ChatSession, Long> {
    Optional<ChatSession> findByTokenHash(String tokenHash);

    @Query("UPDATE chat_session SET last_seen_at = :now WHERE id = :id")
    void touch(long id, Instant now);
}
