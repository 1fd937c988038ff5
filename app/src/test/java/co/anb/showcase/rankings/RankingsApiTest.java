package co.anb.showcase.rankings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Contract of {@code GET /api/public/rankings} (#9). */
@IntegrationTest
class RankingsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RankingsProperties properties;
    ApiClient api;
    Fixtures fixtures;
    String city;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new Fixtures(api, jdbc);
        city = Fixtures.uniqueCity("Popayán");
    }

    @Test
    void ranksPlayersByVotesWithCompetitionPositionsAndTiesByName() {
        var ana = fixtures.player(city, "Ana", "Zea");
        var carlos = fixtures.player(city, "Carlos", "Ruiz");
        var bruno = fixtures.player(city, "Bruno", "Díaz");
        var diana = fixtures.player(city, "Diana", "Mora");
        var elena = fixtures.player(city, "Elena", "Gil");
        fixtures.video(ana.userId()).published().title("a1").votes(4).insert();
        fixtures.video(ana.userId()).published().title("a2").votes(3).insert();
        fixtures.video(carlos.userId()).published().title("c1").votes(2).insert();
        UUID brunoVideo = fixtures.video(bruno.userId()).published().title("b1").votes(1).insert();
        fixtures.video(diana.userId()).published().title("d1").votes(1).insert();
        fixtures.video(elena.userId()).published().title("e1").insert();
        fixtures.video(elena.userId()).failed().votes(40).insert();
        fixtures.player(city, "Fabio", "Sin Videos");
        // one real vote through the API: Bruno ties Carlos at 2
        assertThat(api.postJson("/api/public/videos/" + brunoVideo + "/vote", diana.token(), "").status())
                .isEqualTo(200);

        var response = api.get("/api/public/rankings?city=" + encode(city), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Total-Count")).isEqualTo("5");
        assertThat(rows(response)).containsExactly(
                tuple(1L, "Ana Zea", city, 7L),
                tuple(2L, "Bruno Díaz", city, 2L),
                tuple(2L, "Carlos Ruiz", city, 2L),
                tuple(4L, "Diana Mora", city, 1L),
                tuple(5L, "Elena Gil", city, 0L));
        assertThat(response.json().get(0).propertyNames()).containsExactlyInAnyOrder(
                "position", "username", "city", "votes");
    }

    @Test
    void pagingKeepsTheTruePositions() {
        for (String[] player : List.of(new String[] {"A", "9"}, new String[] {"B", "5"}, new String[] {"C", "5"},
                new String[] {"D", "5"}, new String[] {"E", "0"})) {
            UUID id = fixtures.user().named(player[0], "Jugador").city(city).insert();
            fixtures.video(id).published().title("video").votes(Integer.parseInt(player[1])).insert();
        }
        String base = "/api/public/rankings?limit=2&city=" + encode(city);

        var second = api.get(base + "&page=2", null);
        var third = api.get(base + "&page=3", null);
        var beyond = api.get(base + "&page=1000", null);

        assertThat(rows(second)).extracting(row -> row.toList().get(0), row -> row.toList().get(1))
                .containsExactly(tuple(2L, "C Jugador"), tuple(2L, "D Jugador"));
        assertThat(rows(third)).extracting(row -> row.toList().get(0), row -> row.toList().get(1))
                .containsExactly(tuple(5L, "E Jugador"));
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(beyond.json().size()).isZero();
        for (var page : List.of(second, third, beyond)) {
            assertThat(page.header("X-Total-Count")).isEqualTo("5");
        }
    }

    @Test
    void cityFilterIgnoresCaseAndSurroundingSpaces() {
        UUID local = fixtures.user().named("Gloria", "Paz").city(city).insert();
        fixtures.video(local).published().title("local").votes(1).insert();
        UUID outsider = fixtures.user().named("Hugo", "Lara").city(Fixtures.uniqueCity("Bucaramanga")).insert();
        fixtures.video(outsider).published().title("fuera").votes(99).insert();

        for (String query : List.of(city.toUpperCase(), "   " + city.toLowerCase() + "  ")) {
            var response = api.get("/api/public/rankings?city=" + encode(query), null);
            assertThat(response.status()).as(query).isEqualTo(200);
            assertThat(rows(response)).as(query).containsExactly(tuple(1L, "Gloria Paz", city, 1L));
        }
    }

    @Test
    void withoutACityRanksEveryPlayerAndNeedsNoLogin() {
        UUID player = fixtures.user().named("Iván", "Cruz").city(city).insert();
        fixtures.video(player).published().title("uno").votes(1).insert();

        for (String path : List.of("/api/public/rankings", "/api/public/rankings?city=%20%20",
                "/api/public/rankings?limit=100&page=1")) {
            var response = api.get(path, null);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(Long.parseLong(response.header("X-Total-Count"))).as(path).isPositive();
            assertThat(response.json().get(0).get("position").asLong()).isEqualTo(1);
        }
        var session = fixtures.player(city);
        assertThat(api.get("/api/public/rankings", session.token()).status()).isEqualTo(200);
    }

    @Test
    void servesTheCachedRankingWithinTheTtlAndANewVoteAfterIt() {
        Duration ttl = properties.cacheTtl();
        assertThat(ttl).as("the test profile shortens the cache").isLessThanOrEqualTo(Duration.ofSeconds(5));
        var player = fixtures.player(city, "Rosa", "Caicedo");
        UUID video = fixtures.video(player.userId()).published().insert();
        var voter = fixtures.player(Fixtures.uniqueCity("Girón"));
        String path = "/api/public/rankings?city=" + encode(city);

        long start = System.nanoTime();
        assertThat(votesOfFirst(api.get(path, null))).isZero();
        assertThat(api.postJson("/api/public/videos/" + video + "/vote", voter.token(), "").status()).isEqualTo(200);
        long cachedVotes = votesOfFirst(api.get(path, null));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        await().atMost(ttl.plusSeconds(5)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(votesOfFirst(api.get(path, null))).isEqualTo(1));
        // The entry was written after `start` and read before `elapsed` ran out: within the TTL it must be the old one.
        assumeTrue(elapsed.compareTo(ttl) < 0, "the machine was too slow to observe the cache (" + elapsed + ")");
        assertThat(cachedVotes).as("answered from the cache within the TTL").isZero();
    }

    private static List<org.assertj.core.groups.Tuple> rows(ApiClient.Response response) {
        return response.json().valueStream().map(row -> tuple(row.get("position").asLong(),
                row.get("username").asString(), row.get("city").asString(), row.get("votes").asLong())).toList();
    }

    private static long votesOfFirst(ApiClient.Response response) {
        JsonNode first = response.json().get(0);
        return first.get("votes").asLong();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
