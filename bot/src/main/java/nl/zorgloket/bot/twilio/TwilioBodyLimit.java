package nl.zorgloket.bot.twilio;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import nl.zorgloket.admin.web.Problem;

/**
 * Twilio's webhooks are a few KiB: anything over 64 KiB is refused with 413 before its body is
 * read. The service as a whole takes larger bodies (a provider import); this limit is Twilio's.
 */
@ServerFilter("/twilio/**")
class TwilioBodyLimit {
    static final long MAX_BYTES = 64 * 1024;

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        long length = request.getContentLength();
        return length > MAX_BYTES ? tooLarge() : null;
    }

    static HttpResponse<Problem> tooLarge() {
        return HttpResponse.<Problem>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                .body(new Problem("Request too large", 413, "Twilio's webhooks are at most " + MAX_BYTES + " bytes."))
                .contentType("application/problem+json");
    }
}
