package nl.zorgloket.admin.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces
@Singleton
@Requires(classes = {ProblemException.class, ExceptionHandler.class})
class ProblemHandler implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {
    static final MediaType PROBLEM_JSON = MediaType.of(Problems.PROBLEM_JSON);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProblemException e) {
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(e.status()).body(e.problem())
                .contentType(PROBLEM_JSON);
        e.headers().forEach(response::header);
        return response;
    }
}
