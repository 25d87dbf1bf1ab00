package nl.zorgloket.intake.place;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A postcode area as an admin imported it. */
@MappedEntity("postcode_area")
public record PostcodeAreaRecord(@Id String pc4, String municipality, @Nullable Double lat, @Nullable Double lon,
                                 Instant updatedAt) {
}
