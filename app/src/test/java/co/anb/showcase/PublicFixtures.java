package co.anb.showcase;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Players and published videos for the public endpoints' tests. Players sign up and log in through the API; videos
 * are inserted straight into the {@code videos} table because only the worker (not yet built) publishes them. Give
 * every test its own {@link #uniqueCity city}: all test classes share one database.
 */
public final class PublicFixtures {

    private static final String PASSWORD = "secreta123";

    private final ApiClient api;
    private final JdbcClient jdbc;

    public PublicFixtures(ApiClient api, JdbcClient jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    /** A city no other test uses, e.g. {@code "Cali 3f9a1c2e"}. */
    public static String uniqueCity(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A player signed up and logged in through the API, with a random name. */
    public ApiClient.Session player(String city) {
        return api.newPlayer(city);
    }

    /** A player signed up and logged in through the API, whose username is {@code firstName + " " + lastName}. */
    public ApiClient.Session player(String city, String firstName, String lastName) {
        String email = "player-" + UUID.randomUUID() + "@example.com";
        ApiClient.Response signup = api.postJson("/api/auth/signup", null, Map.of(
                "first_name", firstName, "last_name", lastName, "email", email,
                "password1", PASSWORD, "password2", PASSWORD, "city", city, "country", "Colombia"));
        if (signup.status() != 201) {
            throw new IllegalStateException("signup failed: " + signup.body());
        }
        String token = api.login(email, PASSWORD).json().get("access_token").asString();
        return new ApiClient.Session(UUID.fromString(signup.json().get("user_id").asString()), email, token);
    }

    /** A user row inserted directly (no password that works, no token): for repository tests. */
    public UUID user(String firstName, String lastName, String city) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO users (id, first_name, last_name, email, email_key, password_hash, city, country)
                        VALUES (:id, :firstName, :lastName, :email, :email, 'not-a-hash', :city, 'Colombia')""")
                .param("id", id)
                .param("firstName", firstName)
                .param("lastName", lastName)
                .param("email", "user-" + id + "@example.com")
                .param("city", city)
                .update();
        return id;
    }

    /** A video published for voting now, with no votes. */
    public UUID processedVideo(UUID ownerId) {
        return processedVideo(ownerId, "Video " + UUID.randomUUID().toString().substring(0, 6), Instant.now(), 0);
    }

    /**
     * A video published for voting at {@code processedAt}, with storage keys as in SPEC §5. {@code votes} presets the
     * counter without vote rows (votes counted earlier, by voters the test does not need); use 0 and the API when the
     * test is about voting itself.
     */
    public UUID processedVideo(UUID ownerId, String title, Instant processedAt, int votes) {
        UUID id = UUID.randomUUID();
        Instant published = processedAt.truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                        INSERT INTO videos (id, owner_id, task_id, title, status, original_key, processed_key,
                                            thumbnail_key, votes, uploaded_at, processed_at)
                        VALUES (:id, :ownerId, :taskId, :title, 'processed', :originalKey, :processedKey,
                                :thumbnailKey, :votes, :uploadedAt, :processedAt)""")
                .param("id", id)
                .param("ownerId", ownerId)
                .param("taskId", UUID.randomUUID())
                .param("title", title)
                .param("originalKey", "uploads/" + id + ".mp4")
                .param("processedKey", "processed/" + id + ".mp4")
                .param("thumbnailKey", "thumbnails/" + id + ".jpg")
                .param("votes", votes)
                .param("uploadedAt", published.minusSeconds(60).atOffset(ZoneOffset.UTC))
                .param("processedAt", published.atOffset(ZoneOffset.UTC))
                .update();
        return id;
    }

    /**
     * A video that is not public: {@code uploaded}, {@code processing} or {@code failed}. {@code votes} lets a test
     * check that a stray counter on a non-public video is never shown or summed.
     */
    public UUID unpublishedVideo(UUID ownerId, String status, int votes) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO videos (id, owner_id, task_id, title, status, original_key, failure_reason, votes,
                                            uploaded_at)
                        VALUES (:id, :ownerId, :taskId, :title, :status, :originalKey, :failureReason, :votes, now())""")
                .param("id", id)
                .param("ownerId", ownerId)
                .param("taskId", UUID.randomUUID())
                .param("title", "No publicado (" + status + ")")
                .param("status", status)
                .param("originalKey", "uploads/" + id + ".mp4")
                .param("failureReason", "failed".equals(status) ? "Formato no soportado." : null)
                .param("votes", votes)
                .update();
        return id;
    }

    /** The video's {@code votes} counter. */
    public int votesCounter(UUID videoId) {
        return jdbc.sql("SELECT votes FROM videos WHERE id = :id").param("id", videoId).query(Integer.class).single();
    }

    /** How many vote rows the video has. */
    public long voteRows(UUID videoId) {
        return jdbc.sql("SELECT count(*) FROM votes WHERE video_id = :id").param("id", videoId)
                .query(Long.class).single();
    }
}
