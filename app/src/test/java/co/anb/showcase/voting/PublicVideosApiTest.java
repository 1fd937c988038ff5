package co.anb.showcase.voting;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Contract of {@code GET /api/public/videos} (#7). */
@IntegrationTest
class PublicVideosApiTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new Fixtures(api, jdbc);
    }

    @Test
    void listsOnlyProcessedVideosWithTheirOwnerAndUrls() {
        String city = Fixtures.uniqueCity("Medellín");
        var owner = fixtures.player(city, "Ana", "Pérez");
        UUID published = fixtures.video(owner.userId()).published(NOW.minusSeconds(30))
                .title("Triple desde la esquina").votes(4).insert();
        fixtures.video(owner.userId()).uploaded().insert();
        fixtures.video(owner.userId()).processing().insert();
        fixtures.video(owner.userId()).failed().votes(9).insert();

        var response = api.get("/api/public/videos?city=" + encode(city), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Total-Count")).isEqualTo("1");
        assertThat(response.json().size()).isEqualTo(1);
        JsonNode video = response.json().get(0);
        assertThat(video.get("video_id").asString()).isEqualTo(published.toString());
        assertThat(video.get("title").asString()).isEqualTo("Triple desde la esquina");
        assertThat(video.get("username").asString()).isEqualTo("Ana Pérez");
        assertThat(video.get("city").asString()).isEqualTo(city);
        assertThat(video.get("country").asString()).isEqualTo("Colombia");
        assertThat(video.get("processed_url").asString()).startsWith("http").contains("processed/" + published + ".mp4");
        assertThat(video.get("thumbnail_url").asString()).startsWith("http").contains("thumbnails/" + published + ".jpg");
        assertThat(video.get("votes").asInt()).isEqualTo(4);
        assertThat(Instant.parse(video.get("processed_at").asString())).isEqualTo(NOW.minusSeconds(30));
        assertThat(video.get("processed_at").asString()).endsWith("Z");
        assertThat(video.has("voted_by_me")).as("anonymous callers get no voted_by_me").isFalse();
    }

    @Test
    void cityFilterIgnoresCaseAndSurroundingSpaces() {
        String city = Fixtures.uniqueCity("Bogotá");
        var owner = fixtures.player(city);
        UUID video = fixtures.video(owner.userId()).published().insert();

        for (String query : List.of(city, city.toUpperCase(), city.toLowerCase(), "  " + city.toUpperCase() + "  ")) {
            var response = api.get("/api/public/videos?city=" + encode(query), null);
            assertThat(response.status()).as(query).isEqualTo(200);
            assertThat(ids(response)).as(query).containsExactly(video.toString());
            assertThat(response.header("X-Total-Count")).as(query).isEqualTo("1");
        }
    }

    @Test
    void blankCityMeansEveryCity() {
        String city = Fixtures.uniqueCity("Pasto");
        fixtures.video(fixtures.user().city(city).insert()).published().insert();
        long all = Long.parseLong(api.get("/api/public/videos", null).header("X-Total-Count"));

        var blank = api.get("/api/public/videos?city=" + encode("   "), null);

        assertThat(blank.status()).isEqualTo(200);
        assertThat(Long.parseLong(blank.header("X-Total-Count"))).isGreaterThanOrEqualTo(all).isPositive();
    }

    @Test
    void unknownCityGivesAnEmptyPage() {
        var response = api.get("/api/public/videos?city=" + encode(Fixtures.uniqueCity("Ninguna")), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().isArray()).isTrue();
        assertThat(response.json().size()).isZero();
        assertThat(response.header("X-Total-Count")).isEqualTo("0");
    }

    @Test
    void sortsByVotesByDefaultWithTiesByMostRecent() {
        String city = Fixtures.uniqueCity("Cali");
        UUID owner = fixtures.user().city(city).insert();
        UUID oldFive = fixtures.video(owner).published(NOW.minus(3, ChronoUnit.DAYS))
                .title("viejo 5").votes(5).insert();
        UUID newFive = fixtures.video(owner).published(NOW.minus(1, ChronoUnit.DAYS))
                .title("nuevo 5").votes(5).insert();
        UUID nine = fixtures.video(owner).published(NOW.minus(5, ChronoUnit.DAYS)).title("nueve").votes(9).insert();
        UUID zero = fixtures.video(owner).published(NOW).title("cero").insert();

        var byDefault = api.get("/api/public/videos?city=" + encode(city), null);
        var byVotes = api.get("/api/public/videos?sort=votes&city=" + encode(city), null);

        List<String> expected = List.of(nine.toString(), newFive.toString(), oldFive.toString(), zero.toString());
        assertThat(ids(byDefault)).containsExactlyElementsOf(expected);
        assertThat(ids(byVotes)).containsExactlyElementsOf(expected);
    }

    @Test
    void sortsByMostRecentlyPublished() {
        String city = Fixtures.uniqueCity("Cartagena");
        UUID owner = fixtures.user().city(city).insert();
        UUID oldest = fixtures.video(owner).published(NOW.minus(2, ChronoUnit.DAYS))
                .title("antiguo").votes(50).insert();
        UUID newest = fixtures.video(owner).published(NOW).title("reciente").insert();
        UUID middle = fixtures.video(owner).published(NOW.minus(1, ChronoUnit.DAYS)).title("medio").votes(7).insert();

        var response = api.get("/api/public/videos?sort=recent&city=" + encode(city), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(ids(response)).containsExactly(newest.toString(), middle.toString(), oldest.toString());
    }

    @Test
    void pagesDoNotOverlapAndReportTheTotal() {
        String city = Fixtures.uniqueCity("Tunja");
        UUID owner = fixtures.user().city(city).insert();
        for (int i = 0; i < 5; i++) {
            fixtures.video(owner).published(NOW.minusSeconds(i)).title("video " + i).votes(10 - i).insert();
        }
        String base = "/api/public/videos?limit=2&city=" + encode(city);

        var first = api.get(base, null);
        var second = api.get(base + "&page=2", null);
        var third = api.get(base + "&page=3", null);
        var beyond = api.get(base + "&page=1000", null);

        assertThat(titles(first)).containsExactly("video 0", "video 1");
        assertThat(titles(second)).containsExactly("video 2", "video 3");
        assertThat(titles(third)).containsExactly("video 4");
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(beyond.json().size()).isZero();
        for (var page : List.of(first, second, third, beyond)) {
            assertThat(page.header("X-Total-Count")).isEqualTo("5");
        }
    }

    @Test
    void defaultLimitIsTwenty() {
        String city = Fixtures.uniqueCity("Neiva");
        UUID owner = fixtures.user().city(city).insert();
        for (int i = 0; i < 21; i++) {
            fixtures.video(owner).published(NOW.minusSeconds(i)).title("video " + i).insert();
        }

        var response = api.get("/api/public/videos?city=" + encode(city), null);

        assertThat(response.json().size()).isEqualTo(20);
        assertThat(response.header("X-Total-Count")).isEqualTo("21");
    }

    @Test
    void votedByMeTellsALoggedInCallerWhatTheyVotedFor() {
        String city = Fixtures.uniqueCity("Manizales");
        UUID owner = fixtures.user().city(city).insert();
        UUID voted = fixtures.video(owner).published(NOW).title("votado").insert();
        UUID notVoted = fixtures.video(owner).published(NOW.minusSeconds(1)).title("sin votar").insert();
        var voter = fixtures.player(Fixtures.uniqueCity("Pereira"));
        assertThat(api.postJson("/api/public/videos/" + voted + "/vote", voter.token(), "").status()).isEqualTo(200);

        var loggedIn = api.get("/api/public/videos?city=" + encode(city), voter.token());
        var anonymous = api.get("/api/public/videos?city=" + encode(city), null);

        assertThat(loggedIn.status()).isEqualTo(200);
        assertThat(byId(loggedIn, voted).get("voted_by_me").asBoolean()).isTrue();
        assertThat(byId(loggedIn, voted).get("votes").asInt()).isEqualTo(1);
        assertThat(byId(loggedIn, notVoted).get("voted_by_me").isBoolean()).isTrue();
        assertThat(byId(loggedIn, notVoted).get("voted_by_me").asBoolean()).isFalse();
        assertThat(anonymous.json().valueStream()).allSatisfy(video -> assertThat(video.has("voted_by_me")).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"popular", "votes desc", "1", "id"})
    void rejectsAnUnknownSort(String sort) {
        var response = api.get("/api/public/videos?sort=" + encode(sort), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.detail()).isEqualTo("El parámetro 'sort' debe ser 'votes' o 'recent'.");
    }

    @Test
    void openApiDescribesThePublicEndpoints() {
        var docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/public/videos")).isTrue();
        assertThat(paths.has("/api/public/videos/{video_id}/vote")).isTrue();
        assertThat(paths.has("/api/public/rankings")).isTrue();
        assertThat(paths.get("/api/public/videos").get("get").get("responses").get("200").get("headers")
                .has("X-Total-Count")).isTrue();
        assertThat(docs.body()).contains("voted_by_me", "processed_url", "thumbnail_url");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<String> ids(ApiClient.Response response) {
        return response.json().valueStream().map(video -> video.get("video_id").asString()).toList();
    }

    private static List<String> titles(ApiClient.Response response) {
        return response.json().valueStream().map(video -> video.get("title").asString()).toList();
    }

    private static JsonNode byId(ApiClient.Response response, UUID id) {
        return response.json().valueStream().filter(video -> video.get("video_id").asString().equals(id.toString()))
                .findFirst().orElseThrow();
    }
}
