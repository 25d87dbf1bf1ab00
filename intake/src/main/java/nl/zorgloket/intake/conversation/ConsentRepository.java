package nl.zorgloket.intake.conversation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ConsentRepository extends CrudRepository<Consent, Long> {
    List<Consent> findByConversationId(Long conversationId);

    List<Consent> findByContactIdOrderById(Long contactId);
}
