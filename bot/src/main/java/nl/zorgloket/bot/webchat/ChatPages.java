package nl.zorgloket.bot.webchat;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.zorgloket.bot.pages.PageFiles;

/**
 * The web chat's page and its files, served by the service itself (no CDN). The page may be framed
 * only by this service and the allowed sites; it runs only its own script and talks only to its
 * own origin.
 */
@Controller("/chat")
@Secured(SecurityRule.IS_ANONYMOUS)
class ChatPages {
    private final PageFiles files;
    private final String policy;

    ChatPages(ResourceResolver resources, ChatOrigins origins) {
        this.files = new PageFiles(resources, "webchat", "chat.html", "chat.js", "chat.css", "widget.js");
        String ancestors = String.join(" ", origins.allowed());
        this.policy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'" + (ancestors.isEmpty() ? "" : " " + ancestors);
    }

    @Get
    HttpResponse<byte[]> page() {
        return files.serve("chat.html").header("Content-Security-Policy", policy);
    }

    @Get("/chat.js")
    HttpResponse<byte[]> script() {
        return files.serve("chat.js");
    }

    @Get("/chat.css")
    HttpResponse<byte[]> style() {
        return files.serve("chat.css");
    }

    /** Loaded by other sites' pages: it only adds a button and a frame of the page above. */
    @Get("/widget.js")
    HttpResponse<byte[]> widget() {
        return files.serve("widget.js").header("Access-Control-Allow-Origin", "*");
    }
}
