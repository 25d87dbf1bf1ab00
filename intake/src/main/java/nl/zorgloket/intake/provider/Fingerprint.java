package nl.zorgloket.intake.provider;

import io.micronaut.core.annotation.Introspected;

/** A summary of the provider table that changes whenever a row does. */
@Introspected
public record Fingerprint(long rowsCount, long versionSum) {
}
