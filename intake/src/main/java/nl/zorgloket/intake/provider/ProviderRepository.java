package nl.zorgloket.intake.provider;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProviderRepository extends CrudRepository<ProviderRecord, Long> {
    Optional<ProviderRecord> findByExternalId(String externalId);

    List<ProviderRecord> findByActiveTrue();
}
