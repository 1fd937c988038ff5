package co.anb.showcase.auth;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.storage.ObjectStore;
import co.anb.showcase.videos.StackClients;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The logged-in player's own account: export all data, delete everything. */
@IntegrationTest
class AccountApiTest {

    private static final String PASSWORD = "secreta123";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectStore store;
    ApiClient api;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new Fixtures(api, jdbc);
    }

    @Test
    void theExportHoldsMyAccountVideosAndVotesAndNothingElse() {
        ApiClient.Session player = fixtures.player(Fixtures.uniqueCity("Manizales"), "Luisa", "Export");
        ApiClient.Session other = fixtures.player("Ibagué", "Otro", "Jugador");
        UUID mine = fixtures.video(player.userId())
                .published(java.time.Instant.now()).title("Mi clavada").votes(0).insert();
        fixtures.video(player.userId()).failed().votes(0).insert();
        UUID theirs = fixtures.video(other.userId())
                .published(java.time.Instant.now()).title("Su triple").votes(0).insert();
        assertThat(vote(player, theirs)).isEqualTo(200);
        assertThat(vote(other, mine)).isEqualTo(200);

        ApiClient.Response export = api.get("/api/me/export", player.token());
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).isEqualTo("attachment; filename=\"mis-datos-anb.json\"");
        assertThat(export.header("Content-Type")).startsWith("application/json");
        JsonNode body = export.json();
        JsonNode account = body.get("account");
        assertThat(account.get("email").asString()).isEqualTo(player.email());
        assertThat(account.get("city").asString()).startsWith("Manizales");
        assertThat(account.get("role").asString()).isEqualTo("player");
        assertThat(account.get("email_verified").asBoolean()).isFalse();
        assertThat(account.get("created_at").isNull()).isFalse();
        assertThat(account.get("terms_accepted_at").isNull()).as("consent recorded at signup").isFalse();
        assertThat(export.body()).doesNotContain("password_hash", "email_key", "$2a$", "$argon2id$", other.email());
        assertThat(body.get("videos")).hasSize(2);
        assertThat(body.get("videos").valueStream().map(video -> video.get("status").asString()))
                .containsExactlyInAnyOrder("processed", "failed");
        JsonNode published = body.get("videos").valueStream()
                .filter(video -> video.get("video_id").asString().equals(mine.toString())).findFirst().orElseThrow();
        assertThat(published.get("votes").asInt()).isEqualTo(1);
        assertThat(published.get("processed_url").asString()).endsWith("/media/processed/" + mine + ".mp4");
        assertThat(published.get("thumbnail_url").asString()).endsWith("/media/thumbnails/" + mine + ".jpg");
        assertThat(body.get("votes")).hasSize(1);
        assertThat(body.get("votes").get(0).get("video_id").asString()).isEqualTo(theirs.toString());
        assertThat(body.get("votes").get(0).get("video_title").asString()).isEqualTo("Su triple");
        assertThat(body.get("votes").get(0).get("voted_at").isNull()).isFalse();
        assertThat(body.get("votes").get(0).get("counted").asBoolean()).isTrue();

        assertThat(api.get("/api/me/export", null).status()).isEqualTo(401);
    }

    @Test
    void deletingTheAccountRemovesItsVideosObjectsAndUncountsItsVotes() throws Exception {
        String city = Fixtures.uniqueCity("Armenia");
        ApiClient.Session leaving = fixtures.player(city, "Sara", "Saliendo");
        ApiClient.Session staying = fixtures.player(city, "Tomás", "Quedando");
        ApiClient.Session fan = fixtures.player("Cúcuta", "Fan", "Fiel");
        UUID published = fixtures.video(leaving.userId())
                .published(java.time.Instant.now()).title("Se va").votes(0).insert();
        UUID pending = fixtures.video(leaving.userId()).uploaded().votes(0).insert();
        UUID stayingVideo = fixtures.video(staying.userId())
                .published(java.time.Instant.now()).title("Se queda").votes(4).insert();
        List<String> keys = List.of("uploads/" + published + ".mp4", "processed/" + published + ".mp4",
                "thumbnails/" + published + ".jpg", "uploads/" + pending + ".mp4");
        Path file = Files.writeString(Files.createTempFile("anb-account", ".bin"), "bytes", StandardCharsets.UTF_8);
        keys.forEach(key -> store.put(key, file, "application/octet-stream"));
        assertThat(vote(leaving, stayingVideo)).isEqualTo(200);
        assertThat(vote(fan, published)).isEqualTo(200);
        assertThat(fixtures.votesCounter(stayingVideo)).isEqualTo(5);
        assertThat(rankingVotes(city)).containsEntry("Tomás Quedando", 5L).containsEntry("Sara Saliendo", 1L);

        ApiClient.Response wrong = deleteAccount(leaving.token(), "incorrecta1");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.json().get("code").asString()).isEqualTo("wrong_password");
        assertThat(api.send("DELETE", "/api/me", leaving.token(), "application/json", "{}".getBytes()).status())
                .isEqualTo(400);
        assertThat(deleteAccount(null, PASSWORD).status()).isEqualTo(401);
        assertThat(keys).allMatch(StackClients::exists);
        assertThat(fixtures.votesCounter(stayingVideo)).isEqualTo(5);

        ApiClient.Response deleted = deleteAccount(leaving.token(), PASSWORD);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(rows("SELECT count(*) FROM users WHERE id = :id", leaving.userId())).isZero();
        assertThat(rows("SELECT count(*) FROM videos WHERE owner_id = :id", leaving.userId())).isZero();
        assertThat(rows("SELECT count(*) FROM votes WHERE user_id = :id", leaving.userId())).isZero();
        assertThat(fixtures.voteRows(stayingVideo)).isZero();
        assertThat(fixtures.votesCounter(stayingVideo)).as("the leaving player's vote uncounted").isEqualTo(4);
        assertThat(Stream.of("uploads/", "processed/", "thumbnails/")
                .flatMap(prefix -> StackClients.keysUnder(prefix).stream())
                .filter(key -> key.contains(published.toString()) || key.contains(pending.toString())))
                .as("no object of the deleted player's videos is left in the store").isEmpty();
        assertThat(rankingVotes(city)).as("rankings at once, not after their cache expires")
                .containsExactly(Map.entry("Tomás Quedando", 4L));
        assertThat(api.get("/api/me", leaving.token()).status()).as("the deleted account's token").isEqualTo(401);
        assertThat(api.login(leaving.email(), PASSWORD).status()).isEqualTo(401);
        ApiClient.Response gallery = api.get("/api/public/videos?city="
                + java.net.URLEncoder.encode(city, StandardCharsets.UTF_8), null);
        assertThat(gallery.json().valueStream().map(video -> video.get("video_id").asString()))
                .containsExactly(stayingVideo.toString());
    }

    @Test
    void theStaffAccountIsNotDeletedFromHere() {
        ApiClient.Response refused = deleteAccount(api.staffToken(), ApiClient.STAFF_PASSWORD);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("staff_account");
    }

    private ApiClient.Response deleteAccount(String token, String password) {
        byte[] body = ("{\"password\":\"" + password + "\"}").getBytes(StandardCharsets.UTF_8);
        return api.send("DELETE", "/api/me", token, "application/json", body);
    }

    private int vote(ApiClient.Session voter, UUID video) {
        return api.postJson("/api/public/videos/" + video + "/vote", voter.token(), "").status();
    }

    private long rows(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private Map<String, Long> rankingVotes(String city) {
        ApiClient.Response ranking = api.get("/api/public/rankings?city="
                + java.net.URLEncoder.encode(city, StandardCharsets.UTF_8), null);
        assertThat(ranking.status()).isEqualTo(200);
        Map<String, Long> votes = new java.util.LinkedHashMap<>();
        ranking.json().valueStream().forEach(row -> votes.put(row.get("username").asString(),
                row.get("votes").asLong()));
        return votes;
    }
}
