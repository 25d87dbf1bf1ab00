package nl.zorgloket.bot.twilio;

import com.twilio.security.RequestValidator;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import nl.zorgloket.admin.web.ProblemException;

import java.util.Map;

/**
 * Checks X-Twilio-Signature over the public URL Twilio called (configured base URL + path + query,
 * so it holds behind a proxy) and every form parameter. Twilio's validator also accepts the URL
 * with or without an explicit port.
 */
@Singleton
class TwilioSignature {
    private final RequestValidator validator;
    private final String publicBaseUrl;

    TwilioSignature(TwilioProperties properties) {
        this.validator = new RequestValidator(properties.authToken());
        this.publicBaseUrl = properties.publicBaseUrl().replaceAll("/+$", "");
    }

    void verify(HttpRequest<?> request, Map<String, String> params) {
        String signature = request.getHeaders().get("X-Twilio-Signature");
        String query = request.getUri().getRawQuery();
        String url = publicBaseUrl + request.getUri().getRawPath() + (query == null ? "" : "?" + query);
        if (signature == null || !validator.validate(url, params, signature)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Invalid signature",
                    "The X-Twilio-Signature header is missing or does not match this request.");
        }
    }
}
