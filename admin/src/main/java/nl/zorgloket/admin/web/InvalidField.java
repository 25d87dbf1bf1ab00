package nl.zorgloket.admin.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One invalid value in a request body.
 *
 * @param row the position in a submitted JSON array (0 is the first) or the line in a submitted CSV
 *            file (1 is the first), or null for a single object
 * @param field the field's path in the submitted JSON, "address.postcode"; "" for the row as a whole
 * @param message what is wrong, in words an admin can act on
 */
@Serdeable
public record InvalidField(@Nullable Integer row, @JsonInclude(JsonInclude.Include.ALWAYS) String field, String message) {
    public static InvalidField of(String field, String message) {
        return new InvalidField(null, field, message);
    }
}
