package nl.zorgloket.intake.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One provider in the public import format (the body of POST /api/providers/import and the demo
 * directory). Field names are a contract: change them only with a migration note in the README.
 */
@Serdeable
public record ProviderImport(
        String externalId,
        String name,
        @Nullable String description,
        @Nullable List<String> expertise,
        @Nullable List<String> municipalities,
        @Nullable Address address,
        @Nullable Location location,
        @Nullable Integer ageMin,
        @Nullable Integer ageMax,
        @Nullable Boolean acceptingClients,
        @Nullable Contact contact) {

    @Serdeable
    public record Address(@Nullable String street, @Nullable String postcode, @Nullable String city) {
    }

    @Serdeable
    public record Location(@Nullable Double lat, @Nullable Double lon) {
    }

    @Serdeable
    public record Contact(@Nullable String phone, @Nullable String email, @Nullable String website) {
    }

    public ProviderImport {
        // serde leaves out empty arrays when writing; read them back as empty, never null
        expertise = expertise == null ? List.of() : List.copyOf(expertise);
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
    }
}
