package nl.zorgloket.bot.pages;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The files of a page the service serves itself (no CDN): read once from the classpath, answered
 * with the headers every page of ours has.
 */
public final class PageFiles {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");

    private record File(byte[] bytes, String contentType) {
    }

    private final Map<String, File> files = new HashMap<>();

    /** @param folder the classpath folder, "webchat" */
    public PageFiles(ResourceResolver resources, String folder, String... names) {
        for (String name : names) {
            String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
            try (InputStream in = resources.getResourceAsStream("classpath:" + folder + "/" + name)
                    .orElseThrow(() -> new IllegalStateException(folder + "/" + name + " is missing from the build"))) {
                files.put(name, new File(in.readAllBytes(), type));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public MutableHttpResponse<byte[]> serve(String name) {
        File f = files.get(name);
        return HttpResponse.ok(f.bytes()).contentType(f.contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache");
    }
}
