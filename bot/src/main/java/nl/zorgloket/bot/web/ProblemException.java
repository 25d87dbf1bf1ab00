package nl.zorgloket.bot.web;

import io.micronaut.http.HttpStatus;

/** A client mistake with a clear reason, answered as application/problem+json. */
public class ProblemException extends RuntimeException {
    private final HttpStatus status;
    private final String title;

    public ProblemException(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
