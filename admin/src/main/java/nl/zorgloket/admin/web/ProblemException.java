package nl.zorgloket.admin.web;

import io.micronaut.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A client mistake with a clear reason, answered as application/problem+json. */
public class ProblemException extends RuntimeException {
    private final HttpStatus status;
    private final String title;
    private final List<InvalidField> errors;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(HttpStatus status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public ProblemException(HttpStatus status, String title, String detail, List<InvalidField> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** A request body with invalid fields: 400, each field named. */
    public static ProblemException invalid(List<InvalidField> errors) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "Invalid request",
                errors.size() == 1 ? "One field is invalid." : errors.size() + " fields are invalid.", errors);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "Not found", what + " does not exist.");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "Conflict", detail);
    }

    /** Adds a header to the answer, such as Retry-After. */
    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Problem problem() {
        return new Problem("about:blank", title, status.getCode(), getMessage(), errors.isEmpty() ? null : errors);
    }
}
