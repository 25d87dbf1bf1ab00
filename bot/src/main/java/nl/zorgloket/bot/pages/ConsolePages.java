package nl.zorgloket.bot.pages;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * The staff console: a page of plain JavaScript on the admin API, which checks every call. The
 * page itself holds nothing; it may not be framed by anyone.
 */
@Controller("/console")
@Secured(SecurityRule.IS_ANONYMOUS)
class ConsolePages {
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final PageFiles files;

    ConsolePages(ResourceResolver resources) {
        this.files = new PageFiles(resources, "console", "console.html", "console.js", "console.css");
    }

    @Get
    HttpResponse<byte[]> page() {
        return files.serve("console.html").header("Content-Security-Policy", POLICY);
    }

    @Get("/console.js")
    HttpResponse<byte[]> script() {
        return files.serve("console.js");
    }

    @Get("/console.css")
    HttpResponse<byte[]> style() {
        return files.serve("console.css");
    }
}
