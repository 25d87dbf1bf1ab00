package nl.zorgloket.bot.webchat;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import nl.zorgloket.admin.web.Problem;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The chat socket answers only pages of this service and of the sites configured in
 * ZORGLOKET_WEBCHAT_ALLOWED_ORIGINS (comma-separated, "https://www.sorg.nl"): a browser always sends
 * its page's origin when it opens a socket, so another site cannot talk to clients' chats.
 */
@ServerFilter("/chat/ws")
class ChatOrigins {
    private final Set<String> allowed;

    ChatOrigins(@Value("${zorgloket.webchat.allowed-origins:}") List<String> allowed) {
        this.allowed = allowed.stream().map(String::strip).filter(o -> !o.isEmpty())
                .map(o -> o.replaceAll("/+$", "")).collect(Collectors.toUnmodifiableSet());
    }

    Set<String> allowed() {
        return allowed;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        String origin = request.getHeaders().get("Origin");
        if (origin == null || permits(origin, request.getHeaders().get("Host"))) {
            // no Origin: not a browser, which could send any origin it liked anyway
            return null;
        }
        return HttpResponse.status(HttpStatus.FORBIDDEN)
                .body(new Problem("Origin not allowed", 403, "This chat does not take connections from " + origin + "."))
                .contentType("application/problem+json");
    }

    boolean permits(String origin, @Nullable String host) {
        String o = origin.replaceAll("/+$", "");
        return allowed.contains(o) || (host != null && (o.equals("http://" + host) || o.equals("https://" + host)));
    }
}
