package nl.zorgloket.intake.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A provider as stored: the source of truth the search index is built from. */
@MappedEntity("provider")
public record ProviderRecord(
        @Id @GeneratedValue @Nullable Long id,
        String externalId,
        String name,
        @Nullable String description,
        String expertise,
        String municipalities,
        @Nullable String street,
        @Nullable String postcode,
        @Nullable String city,
        @Nullable Double lat,
        @Nullable Double lon,
        @Nullable Integer ageMin,
        @Nullable Integer ageMax,
        boolean acceptingClients,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String website,
        boolean active,
        boolean demo,
        @Version @Nullable Long version,
        Instant createdAt,
        Instant updatedAt) {
}
