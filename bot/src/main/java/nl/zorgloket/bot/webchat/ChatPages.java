package nl.zorgloket.bot.webchat;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The web chat's page and its files, served by the service itself (no CDN). The page may be framed
 * only by this service and the allowed sites; it runs only its own script and talks only to its
 * own origin.
 */
@Controller("/chat")
@Secured(SecurityRule.IS_ANONYMOUS)
class ChatPages {
    private record File(byte[] bytes, String contentType) {
    }

    private final Map<String, File> files;
    private final String policy;

    ChatPages(ResourceResolver resources, ChatOrigins origins) {
        this.files = Map.of(
                "chat.html", read(resources, "chat.html", "text/html; charset=utf-8"),
                "chat.js", read(resources, "chat.js", "text/javascript; charset=utf-8"),
                "chat.css", read(resources, "chat.css", "text/css; charset=utf-8"),
                "widget.js", read(resources, "widget.js", "text/javascript; charset=utf-8"));
        String ancestors = String.join(" ", origins.allowed());
        this.policy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'" + (ancestors.isEmpty() ? "" : " " + ancestors);
    }

    @Get
    HttpResponse<byte[]> page() {
        return serve("chat.html").header("Content-Security-Policy", policy);
    }

    @Get("/chat.js")
    HttpResponse<byte[]> script() {
        return serve("chat.js");
    }

    @Get("/chat.css")
    HttpResponse<byte[]> style() {
        return serve("chat.css");
    }

    /** Loaded by other sites' pages: it only adds a button and a frame of the page above. */
    @Get("/widget.js")
    HttpResponse<byte[]> widget() {
        return serve("widget.js").header("Access-Control-Allow-Origin", "*");
    }

    private MutableHttpResponse<byte[]> serve(String name) {
        File f = files.get(name);
        return HttpResponse.ok(f.bytes()).contentType(f.contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache");
    }

    private static File read(ResourceResolver resources, String name, String contentType) {
        try (InputStream in = resources.getResourceAsStream("classpath:webchat/" + name)
                .orElseThrow(() -> new IllegalStateException("webchat/" + name + " is missing from the build"))) {
            return new File(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
