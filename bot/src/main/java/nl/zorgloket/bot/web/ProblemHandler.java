package nl.zorgloket.bot.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces
@Singleton
@Requires(classes = {ProblemException.class, ExceptionHandler.class})
class ProblemHandler implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {
    static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProblemException e) {
        return HttpResponse.<Problem>status(e.status())
                .body(new Problem("about:blank", e.title(), e.status().getCode(), e.getMessage()))
                .contentType(PROBLEM_JSON);
    }
}
