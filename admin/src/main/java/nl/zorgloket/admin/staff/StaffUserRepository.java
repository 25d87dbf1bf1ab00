package nl.zorgloket.admin.staff;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffUserRepository extends CrudRepository<StaffUser, Long> {
    Optional<StaffUser> findByUsername(String username);

    List<StaffUser> findAllOrderByUsername();

    @Query("SELECT * FROM staff_user WHERE id = :id FOR UPDATE")
    Optional<StaffUser> findByIdForUpdate(long id);

    /** Active admins, locked for the change that might remove the last of them. */
    @Query("SELECT * FROM staff_user WHERE active = TRUE AND FIND_IN_SET('ADMIN', roles) > 0 FOR UPDATE")
    List<StaffUser> findActiveAdminsForUpdate();
}
