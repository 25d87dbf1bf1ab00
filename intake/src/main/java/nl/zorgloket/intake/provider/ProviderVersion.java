package nl.zorgloket.intake.provider;

import io.micronaut.core.annotation.Introspected;

@Introspected
public record ProviderVersion(String externalId, long version) {
}
