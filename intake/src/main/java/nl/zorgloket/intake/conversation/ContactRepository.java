package nl.zorgloket.intake.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ContactRepository extends CrudRepository<Contact, Long> {

    /** Creates the contact unless it exists; safe when two first messages race. */
    @Query("""
            INSERT IGNORE INTO contact (channel_address, medium, phone, display_name, created_at, updated_at)
            VALUES (:address, :medium, :phone, :displayName, :now, :now)""")
    void insertIgnore(String address, String medium, @Nullable String phone, @Nullable String displayName, Instant now);

    Optional<Contact> findByChannelAddress(String channelAddress);

    @Query("SELECT * FROM contact WHERE id = :id FOR UPDATE")
    Optional<Contact> findByIdForUpdate(Long id);

    @Query("UPDATE contact SET opted_out_at = :at, updated_at = :now WHERE id = :id")
    void updateOptedOutAt(Long id, @Nullable Instant at, Instant now);

    @Query("UPDATE contact SET language = :language WHERE id = :id")
    void updateLanguage(Long id, String language);

    @Query("UPDATE contact SET display_name = NULL, updated_at = :now WHERE id = :id")
    void forgetDisplayName(Long id, Instant now);
}
