package nl.zorgloket.intake.place;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PostcodeAreaRepository extends CrudRepository<PostcodeAreaRecord, String> {
    /** Changes whenever an import does: the rows and the latest change, as one text. */
    @Query("SELECT CONCAT(COUNT(*), '/', COALESCE(MAX(updated_at), '')) FROM postcode_area")
    String fingerprint();
}
