package co.anb.showcase.contract;

import co.anb.showcase.ApiClient;
import co.anb.showcase.storage.ObjectStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A player with one published ({@code processed}) video, for the collections' vote, own-vote, delete-published and
 * ranking checks. Only the worker publishes videos, so the player signs up through the API and the published video is
 * written straight to the database and the store, as the worker would leave it: row in {@code processed} with its
 * keys, and the original, processed file and thumbnail in the store, so the URLs the API hands out work.
 */
final class PublishedVideoSeeder {

    static final String PASSWORD = "Semilla123!";

    private final JdbcClient jdbc;
    private final ObjectStore store;
    private final Path workDir;

    PublishedVideoSeeder(JdbcClient jdbc, ObjectStore store, Path workDir) {
        this.jdbc = jdbc;
        this.store = store;
        this.workDir = workDir;
    }

    Seeded seed(ApiClient api, String firstName, String city) {
        String lastName = "Publicada" + UUID.randomUUID().toString().substring(0, 8);
        String email = (firstName + "." + lastName + "@example.com").toLowerCase();
        ApiClient.Response signup = api.postJson("/api/auth/signup", null, Map.of(
                "first_name", firstName, "last_name", lastName, "email", email, "password1", PASSWORD,
                "password2", PASSWORD, "city", city, "country", "Colombia"));
        if (signup.status() != 201) {
            throw new IllegalStateException("seed signup failed: " + signup.status() + " " + signup.body());
        }
        UUID userId = UUID.fromString(signup.json().get("user_id").asString());

        UUID videoId = UUID.randomUUID();
        String original = "uploads/" + videoId + ".mp4";
        String processed = "processed/" + videoId + ".mp4";
        String thumbnail = "thumbnails/" + videoId + ".jpg";
        store.put(original, workDir.resolve(ContractTestData.VALID), "video/mp4");
        store.put(processed, workDir.resolve(ContractTestData.VALID), "video/mp4");
        store.put(thumbnail, workDir.resolve(ContractTestData.THUMBNAIL), "image/jpeg");
        jdbc.sql("""
                        INSERT INTO videos (id, owner_id, task_id, title, status, original_key, processed_key,
                                            thumbnail_key, votes, uploaded_at, processed_at)
                        VALUES (?, ?, ?, ?, 'processed', ?, ?, ?, 0, now() - interval '10 minutes',
                                now() - interval '5 minutes')
                        """)
                .params(videoId, userId, UUID.randomUUID(), "Jugada publicada de " + firstName, original, processed,
                        thumbnail)
                .update();
        return new Seeded(email, PASSWORD, userId, firstName + " " + lastName, city, videoId);
    }

    record Seeded(String email, String password, UUID userId, String username, String city, UUID videoId) {

        /** A field by the name peers.json uses for it. */
        String field(String name) {
            return switch (name) {
                case "email" -> email;
                case "password" -> password;
                case "user_id" -> userId.toString();
                case "username" -> username;
                case "city" -> city;
                case "video_id" -> videoId.toString();
                default -> throw new IllegalArgumentException("unknown seed field " + name);
            };
        }
    }
}
