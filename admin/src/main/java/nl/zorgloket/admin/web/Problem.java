package nl.zorgloket.admin.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem detail: the body of every 4xx this service gives.
 *
 * @param errors what was wrong, field by field, when a request body was invalid; left out otherwise
 */
@Serdeable
public record Problem(String type, String title, int status, String detail, @Nullable List<InvalidField> errors) {
    public Problem(String title, int status, String detail) {
        this("about:blank", title, status, detail, null);
    }
}
