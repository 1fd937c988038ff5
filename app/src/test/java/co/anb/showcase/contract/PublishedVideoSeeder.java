package co.anb.showcase.contract;

import co.anb.showcase.ApiClient;
import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.storage.ObjectStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A player with one published ({@code processed}) video, for the collections' vote, own-vote, delete-published and
 * ranking checks, made with the shared {@link Fixtures}: the player signs up through the API, and the video is left as
 * the worker would leave it, with its original, processed file and thumbnail in the store, so the URLs the API hands
 * out work. What this class adds is the seed's fields by the names {@code peers.json} uses.
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
        Fixtures fixtures = new Fixtures(api, jdbc, store);
        String lastName = "Publicada" + UUID.randomUUID().toString().substring(0, 8);
        String email = (firstName + "." + lastName + "@example.com").toLowerCase();
        UUID userId = fixtures.user().named(firstName, lastName).email(email).password(PASSWORD).city(city)
                .signUp().userId();
        Path clip = workDir.resolve(ContractTestData.VALID);
        Instant publishedAt = Instant.now().minus(5, ChronoUnit.MINUTES);
        UUID videoId = fixtures.video(userId).published(publishedAt)
                .uploadedAt(publishedAt.minus(5, ChronoUnit.MINUTES)).title("Jugada publicada de " + firstName)
                .original(clip).outputs(clip, workDir.resolve(ContractTestData.THUMBNAIL)).insert();
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
