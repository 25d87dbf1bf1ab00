package nl.zorgloket.admin.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;

/**
 * Guards a change against a lost update: a row's version is its strong ETag ({@code "7"}), and a
 * change sent with {@code If-Match} goes through only while the row is still at a version it names
 * (RFC 9110, 13.1.1). A change without the header goes through as before.
 */
public final class IfMatch {
    private IfMatch() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Throws 412 when {@code header} is given and names neither {@code *} nor the current version. */
    public static void check(@Nullable String header, long current, String what) {
        if (header == null) {
            return;
        }
        String now = etag(current);
        for (String tag : header.split(",")) {
            String t = tag.strip();
            // a weak tag never matches: If-Match compares strongly
            if (t.equals("*") || t.equals(now)) {
                return;
            }
        }
        throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "Changed meanwhile",
                what + " was changed by someone else after you read it; read it again and make your change there.")
                .withHeader("ETag", now);
    }
}
