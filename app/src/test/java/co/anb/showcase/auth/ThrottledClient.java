package co.anb.showcase.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signup and login as a client behind the trusted proxy: the test connects from loopback, which the app trusts to
 * tell the client's address in {@code X-Forwarded-For}, so one test can act as many clients.
 */
final class ThrottledClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ThrottledClient() {
    }

    static HttpResponse<String> login(int port, String clientIp, String email, String password) {
        return post(port, "/api/auth/login", clientIp, Map.of("email", email, "password", password));
    }

    static HttpResponse<String> signup(int port, String clientIp, String email) {
        Map<String, Object> body = AuthApiTest.signup(email);
        return post(port, "/api/auth/signup", clientIp, body);
    }

    private static HttpResponse<String> post(int port, String path, String clientIp, Map<String, ?> body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", clientIp)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
