package nl.zorgloket.admin.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Every error Micronaut answers itself (a route that does not exist, a body that is not JSON, a
 * missing parameter, a refused login) as application/problem+json, like the errors of our own.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class Problems implements JsonErrorResponseBodyProvider<Problem> {
    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        List<InvalidField> errors = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> InvalidField.of(e.getPath().get(), e.getMessage()))
                .toList();
        String detail = context.getErrors().stream().map(Error::getMessage).findFirst()
                .orElse(response.getStatus().getReason());
        return new Problem("about:blank", response.getStatus().getReason(), response.code(), detail,
                errors.isEmpty() ? null : errors);
    }

    @Override
    public String contentType() {
        return PROBLEM_JSON;
    }
}
