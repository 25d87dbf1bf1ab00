package nl.zorgloket.admin.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import nl.zorgloket.admin.web.Problem;

import java.util.Optional;

/**
 * Refuses a token whose account was disabled, or whose password or roles changed after the token
 * was issued. A signed token is otherwise valid until it expires; this one database read per API
 * request is what makes revocation immediate, on every instance.
 */
@ServerFilter("/api/**")
class CurrentTokenFilter implements Ordered {
    private final StaffUserRepository users;

    CurrentTokenFilter(StaffUserRepository users) {
        this.users = users;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return null;
        }
        Authentication auth = authentication.get();
        boolean current = users.findById(Tokens.userId(auth)).map(u -> u.accepts(Tokens.tokenVersion(auth)))
                .orElse(false);
        if (current && Tokens.enrolling(auth) && !request.getPath().startsWith("/api/users/me")) {
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .body(new Problem("Two-factor login needed", 403, "Set up two-factor login first:"
                            + " POST /api/users/me/totp, then confirm a code with POST /api/users/me/totp/confirm."))
                    .contentType("application/problem+json");
        }
        if (current) {
            return null;
        }
        return HttpResponse.status(HttpStatus.UNAUTHORIZED)
                .body(new Problem("Token revoked", 401,
                        "This token is no longer valid: the account changed after it was issued. Log in again."))
                .contentType("application/problem+json");
    }
}
