package nl.zorgloket.bot.twilio.stub;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Signs a webhook as Twilio does (X-Twilio-Signature): HMAC-SHA1 with the auth token over the full
 * URL followed by every parameter name and value, sorted by name, in base64. For the stub's status
 * reports, the demo's example requests and the benchmark; the service itself only verifies.
 */
public final class WebhookSigner {
    private WebhookSigner() {
    }

    public static String sign(String authToken, String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    /**
     * A POST of these parameters as Twilio sends a webhook: form-encoded and signed over the URL as
     * Twilio sees it ({@code signedUrl}; behind a proxy it differs from {@code url}).
     */
    public static HttpRequest.Builder post(String url, String signedUrl, String authToken, Map<String, String> params) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", sign(authToken, signedUrl, params))
                .POST(HttpRequest.BodyPublishers.ofString(form(params)));
    }

    /** application/x-www-form-urlencoded, in the map's order. */
    public static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
