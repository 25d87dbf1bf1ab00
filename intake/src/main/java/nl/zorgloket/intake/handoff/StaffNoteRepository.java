package nl.zorgloket.intake.handoff;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffNoteRepository extends CrudRepository<StaffNote, Long> {
    List<StaffNote> findByConversationIdOrderById(Long conversationId);
}
