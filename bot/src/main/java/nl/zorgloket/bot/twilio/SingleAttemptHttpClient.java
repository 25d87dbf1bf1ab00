package nl.zorgloket.bot.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import io.micronaut.core.annotation.Nullable;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Twilio SDK's HTTP client with two changes. It makes exactly one attempt per call: the SDK
 * would silently resend a message after a 5xx, which the outbox must decide (a 5xx may mean the
 * message went out). And it can send requests to another base URL than api.twilio.com, for the
 * local Twilio-compatible stub of tests and the demo.
 */
final class SingleAttemptHttpClient extends NetworkHttpClient {
    private final URI apiBase;

    SingleAttemptHttpClient(@Nullable String apiBaseUrl, Duration connectTimeout, Duration responseTimeout) {
        super(HttpClientBuilder.create()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(responseTimeout))
                                .build())
                        .setMaxConnTotal(8)
                        .setMaxConnPerRoute(8)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                        .setResponseTimeout(Timeout.of(responseTimeout))
                        .build())
                // Apache's own retry would resend on some I/O errors; only the outbox decides that.
                .disableAutomaticRetries()
                .useSystemProperties());
        this.apiBase = apiBaseUrl == null || apiBaseUrl.isBlank() ? null
                : URI.create(apiBaseUrl.replaceAll("/+$", ""));
    }

    @Override
    public Response reliableRequest(Request request) {
        return makeRequest(apiBase == null ? request : rebased(request));
    }

    @Override
    public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
        return reliableRequest(request);
    }

    /** The same request against the configured base: scheme, host and port replaced, path kept. */
    private Request rebased(Request original) {
        URI target = URI.create(original.getUrl());
        String url = apiBase + target.getRawPath();
        Request copy = new Request(original.getMethod(), url);
        if (original.getAuthStrategy() != null) {
            copy.setAuth(original.getAuthStrategy());
        } else if (original.getUsername() != null) {
            copy.setAuth(original.getUsername(), original.getPassword());
        }
        copy.setContentType(original.getContentType());
        copy.setUserAgentExtensions(original.getUserAgentExtensions());
        if (original.getBody() != null) {
            copy.setBody(original.getBody());
        }
        if (original.getFormParameters() != null) {
            copy.setFormParameters(original.getFormParameters());
        }
        copyInto(original.getQueryParams(), copy::addQueryParam);
        copyInto(original.getPostParams(), copy::addPostParam);
        copyInto(original.getHeaderParams(), copy::addHeaderParam);
        return copy;
    }

    private static void copyInto(Map<String, List<String>> params, java.util.function.BiConsumer<String, String> add) {
        params.forEach((name, values) -> values.forEach(value -> add.accept(name, value)));
    }
}
