package nl.zorgloket.admin.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The admin API as a client sees it: answers of every status are returned, never thrown. */
public final class Api {
    private final BlockingHttpClient http;
    private final ObjectMapper json;

    public Api(HttpClient http, ObjectMapper json) {
        this.http = http.toBlocking();
        this.json = json;
    }

    /** A status, its content type, and the body parsed as JSON (a map or a list), or null. */
    public record Answer(int status, String contentType, Object body, HttpResponse<?> response) {
        @SuppressWarnings("unchecked")
        public Map<String, Object> map() {
            return (Map<String, Object>) body;
        }

        @SuppressWarnings("unchecked")
        public java.util.List<Map<String, Object>> list() {
            return (java.util.List<Map<String, Object>>) body;
        }

        public String text(String field) {
            return String.valueOf(map().get(field));
        }
    }

    public String login(String username, String password) {
        Answer a = send(HttpRequest.POST("/login", Map.of("username", username, "password", password)), null);
        if (a.status() != 200) {
            throw new AssertionError("login as " + username + " gave " + a.status() + ": " + a.body());
        }
        return a.text("access_token");
    }

    public Answer get(String path, String token) {
        return send(HttpRequest.GET(path), token);
    }

    public Answer post(String path, Object body, String token) {
        return send(HttpRequest.POST(path, body), token);
    }

    public Answer put(String path, Object body, String token) {
        return send(HttpRequest.PUT(path, body), token);
    }

    public Answer patch(String path, Object body, String token) {
        return send(HttpRequest.PATCH(path, body), token);
    }

    public Answer delete(String path, String token) {
        return send(HttpRequest.DELETE(path), token);
    }

    public Answer send(MutableHttpRequest<?> request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            HttpResponse<String> response = http.exchange(request, Argument.STRING, Argument.STRING);
            return answer(response, response.body());
        } catch (HttpClientResponseException e) {
            return answer(e.getResponse(), e.getResponse().getBody(String.class).orElse(null));
        }
    }

    private Answer answer(HttpResponse<?> response, String body) {
        Object parsed = null;
        if (body != null && !body.isBlank()) {
            try {
                parsed = json.readValue(body, Object.class);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
        return new Answer(response.code(), response.getContentType().map(Object::toString).orElse(null), parsed,
                response);
    }
}
