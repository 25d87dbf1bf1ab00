package nl.zorgloket.admin.provider;

import io.micronaut.serde.annotation.Serdeable;
import nl.zorgloket.intake.provider.ProviderImport;

import java.time.Instant;

/** A provider as the API shows it: the import format, whether it is in search, and when it changed. */
@Serdeable
public record ProviderView(ProviderImport provider, boolean active, boolean demo, long version, Instant updatedAt) {
}
