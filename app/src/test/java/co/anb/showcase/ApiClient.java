package co.anb.showcase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running app over real HTTP, as any client of the contract would: JSON bodies, bearer tokens and
 * multipart uploads streamed from disk.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String STAFF_EMAIL = "staff@anb.local";
    public static final String STAFF_PASSWORD = "StaffLocal2026!";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    /** Sent as X-Forwarded-For on every request; null: each bearer token gets an address of its own. */
    private final String clientAddress;

    public ApiClient(int port) {
        this("http://127.0.0.1:" + port, null);
    }

    private ApiClient(String baseUrl, String clientAddress) {
        this.baseUrl = baseUrl;
        this.clientAddress = clientAddress;
    }

    /**
     * The same client behind one address, as the load balancer would report it (X-Forwarded-For, trusted from
     * loopback): many accounts from one place, e.g. a script or a NAT.
     */
    public ApiClient fromAddress(String address) {
        return new ApiClient(baseUrl, address);
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** A GET asking for one representation, e.g. {@code text/csv}. */
    public Response get(String path, String token, String accept) {
        return send(request(path, token).header("Accept", accept).GET());
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    public Response postJson(String path, String token, Object body) {
        String json = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json)));
    }

    public Response putJson(String path, String token, Object body) {
        String json = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(json)));
    }

    public Response postRaw(String path, String token, String contentType, String body) {
        return send(request(path, token).header("Content-Type", contentType).POST(BodyPublishers.ofString(body)));
    }

    /** Any method, a path with its query already encoded, and a body sent as given (none when null). */
    public Response send(String method, String pathAndQuery, String token, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(pathAndQuery, token);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body)));
    }

    /** Multipart upload; the file part is streamed from disk. Null values leave the field out. */
    public Response upload(String token, Path file, String fileName, String title) {
        String boundary = "----anb" + UUID.randomUUID();
        List<BodyPublisher> parts = new ArrayList<>();
        if (title != null) {
            parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + title + "\r\n"));
        }
        if (file != null) {
            parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"video_file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: video/mp4\r\n\r\n"));
            try {
                parts.add(BodyPublishers.ofFile(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            parts.add(text("\r\n"));
        }
        parts.add(text("--" + boundary + "--\r\n"));
        return send(request("/api/videos/upload", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.concat(parts.toArray(BodyPublisher[]::new))));
    }

    /** Signs a new user up (unique email) and returns a logged-in session. */
    public Session newPlayer(String city) {
        String email = "player-" + UUID.randomUUID() + "@example.com";
        Response signup = postJson("/api/auth/signup", null, Map.of(
                "first_name", "Jugador", "last_name", email.substring(7, 15), "email", email,
                "password1", "secreta123", "password2", "secreta123", "city", city, "country", "Colombia"));
        if (signup.status() != 201) {
            throw new IllegalStateException("signup failed: " + signup.body());
        }
        String token = login(email, "secreta123").json().get("access_token").asString();
        return new Session(UUID.fromString(signup.json().get("user_id").asString()), email, token);
    }

    /** A token of the staff account the local profile makes at start ({@code staff@anb.local}). */
    public String staffToken() {
        Response login = login(STAFF_EMAIL, STAFF_PASSWORD);
        if (login.status() != 200) {
            throw new IllegalStateException("staff login failed: " + login.body());
        }
        return login.json().get("access_token").asString();
    }

    public Response login(String email, String password) {
        return postJson("/api/auth/login", null, Map.of("email", email, "password", password));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(2));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        String address = clientAddress != null ? clientAddress : token != null ? addressOf(token) : null;
        if (address != null) {
            builder.header("X-Forwarded-For", address);
        }
        return builder;
    }

    /**
     * Each signed-in session votes from an address of its own (in 198.18.0.0/15, a range for tests), as real fans
     * do: otherwise every test's votes would share the per-address burst limit of 127.0.0.1.
     */
    private static String addressOf(String token) {
        int hash = token.hashCode();
        return "198.%d.%d.%d".formatted(18 + (hash >>> 31), (hash >>> 8) & 0xff, Math.max(1, hash & 0xff));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static BodyPublisher text(String value) {
        return BodyPublishers.ofString(value, StandardCharsets.UTF_8);
    }

    public record Session(UUID userId, String email, String token) {
    }

    public record Response(int status, String body, Map<String, List<String>> headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The problem's Spanish message. */
        public String detail() {
            return json().get("detail").asString();
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }
}
