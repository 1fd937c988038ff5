package co.anb.showcase.rankings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/staff/results}: the tournament roster staff invite players from (#17). */
@IntegrationTest
class TournamentRosterApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;
    Fixtures fixtures;
    String staff;
    String city;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new Fixtures(api, jdbc);
        staff = api.staffToken();
        city = Fixtures.uniqueCity("Tunja");
    }

    @Test
    void topPlayersPerCityWithTheRankingsPositionsTheirEmailAndTheirBestVideo() {
        var ana = fixtures.player(city, "Ana", "Zea");
        UUID anaBest = fixtures.video(ana.userId()).published(Instant.now()).title("mejor").votes(6).insert();
        fixtures.video(ana.userId()).published(Instant.now()).title("otra").votes(3).insert();
        String brunoEmail = "bruno-" + UUID.randomUUID() + "@example.com";
        UUID bruno = fixtures.user().named("Bruno", "Díaz").city(city).email(brunoEmail).insert();
        UUID carla = fixtures.user().named("Carla", "Ríos").city(city).insert();
        UUID dario = fixtures.user().named("Darío", "Paz").city(city).insert();
        fixtures.video(bruno).published(Instant.now()).title("b").votes(4).insert();
        fixtures.video(carla).published(Instant.now()).title("c").votes(4).insert();
        fixtures.video(dario).published(Instant.now()).title("d").votes(1).insert();
        fixtures.video(dario).failed().votes(50).insert();

        var response = api.get("/api/staff/results?top=2", staff);

        assertThat(response.status()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("top").asInt()).isEqualTo(2);
        assertThat(report.get("final").asBoolean()).isFalse();
        assertThat(Instant.parse(report.get("generated_at").asString())).isBeforeOrEqualTo(Instant.now());
        JsonNode players = cityIn(report).get("players");
        // Bruno and Carla tie at 2: both make the roster, as the public ranking gives both position 2
        assertThat(players.valueStream().map(p -> tuple(p.get("position").asLong(), p.get("player").asString(),
                p.get("votes").asLong())).toList()).containsExactly(
                tuple(1L, "Ana Zea", 9L), tuple(2L, "Bruno Díaz", 4L), tuple(2L, "Carla Ríos", 4L));
        JsonNode first = players.get(0);
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("position", "user_id", "player", "email", "city",
                "votes", "video_id", "video_url");
        assertThat(first.get("user_id").asString()).isEqualTo(ana.userId().toString());
        assertThat(first.get("email").asString()).isEqualTo(ana.email());
        assertThat(first.get("city").asString()).isEqualTo(city);
        assertThat(first.get("video_id").asString()).isEqualTo(anaBest.toString());
        assertThat(first.get("video_url").asString()).isEqualTo("http://127.0.0.1:" + port + "/v/" + anaBest);
        assertThat(players.get(1).get("email").asString()).isEqualTo(brunoEmail);
        assertThat(publicRanking()).containsExactly(tuple(1L, "Ana Zea"), tuple(2L, "Bruno Díaz"),
                tuple(2L, "Carla Ríos"), tuple(4L, "Darío Paz"));
    }

    @Test
    void countsOnlyVotesThatStillCount() {
        var player = fixtures.player(city, "Elsa", "Mena");
        UUID video = fixtures.video(player.userId()).published().insert();
        var honest = fixtures.player(Fixtures.uniqueCity("Duitama"));
        var cheat = fixtures.player(Fixtures.uniqueCity("Duitama"));
        for (var voter : List.of(honest, cheat)) {
            assertThat(api.postJson("/api/public/videos/" + video + "/vote", voter.token(), "").status())
                    .isEqualTo(200);
        }
        assertThat(votesOfFirst()).isEqualTo(2);

        assertThat(api.postJson("/api/staff/users/" + cheat.userId() + "/void-votes", staff,
                Map.of("reason", "cuenta de prueba")).status()).isEqualTo(200);

        assertThat(votesOfFirst()).isEqualTo(1);
    }

    @Test
    void csvOpensInASpreadsheetWithAccentsQuotingAndNoFormulas() {
        String quotedEmail = "flaco-" + UUID.randomUUID() + "@example.com";
        String minusEmail = "menos-" + UUID.randomUUID() + "@example.com";
        UUID quoted = fixtures.user().named("Pérez, \"El Flaco\"", "Gómez").city(city).email(quotedEmail).insert();
        UUID formula = fixtures.user().named("=HYPERLINK(\"http://malo\")", "x").city(city).insert();
        UUID minus = fixtures.user().named("-2+3", "y").city(city).email(minusEmail).insert();
        fixtures.video(quoted).published(Instant.now()).title("q").votes(5).insert();
        fixtures.video(formula).published(Instant.now()).title("f").votes(4).insert();
        UUID minusVideo = fixtures.video(minus).published(Instant.now()).title("m").votes(3).insert();

        var response = api.get("/api/staff/results?top=3", staff, "text/csv");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"resultados-top-3.csv\"");
        // decoded as the UTF-8 the header names: the mark is the bytes EF BB BF
        String body = response.body();
        assertThat(body).startsWith("\uFEFFciudad,posicion,jugador,email,votos,video\r\n");
        assertThat(body).contains(city + ",1,\"Pérez, \"\"El Flaco\"\" Gómez\"," + quotedEmail + ",5,");
        assertThat(body).contains(city + ",2,\"'=HYPERLINK(\"\"http://malo\"\") x\",");
        assertThat(body).contains(city + ",3,'-2+3 y," + minusEmail + ",3,http://127.0.0.1:" + port
                + "/v/" + minusVideo + "\r\n");
    }

    @Test
    void topMustBeBetweenOneAndAHundred() {
        assertThat(api.get("/api/staff/results", staff).json().get("top").asInt()).isEqualTo(10);
        assertThat(api.get("/api/staff/results?top=100", staff).status()).isEqualTo(200);
        for (String top : List.of("0", "101", "-1", "diez", "1.5", "99999999999")) {
            var refused = api.get("/api/staff/results?top=" + top, staff);
            assertThat(refused.status()).as(top).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(top).startsWith("application/problem+json");
            assertThat(refused.json().get("code").asString()).as(top).isEqualTo("invalid_parameter");
            assertThat(refused.detail()).as(top).isEqualTo(StaffResultsController.TOP_INVALID);
        }
        var csvRefused = api.get("/api/staff/results?top=0", staff, "text/csv");
        assertThat(csvRefused.status()).isEqualTo(400);
        assertThat(csvRefused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void onlyStaffReadTheRoster() {
        var player = fixtures.player(city);
        var forbidden = api.get("/api/staff/results", player.token());
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("code").asString()).isEqualTo("forbidden");
        var anonymous = api.get("/api/staff/results", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("/api/staff/results", null, "text/csv").status()).isEqualTo(401);
    }

    @Test
    void onceTheVotingWindowHasClosedTheRosterAndThePublicRankingsAreFinal() {
        String rankings = "/api/public/rankings?city=" + city.replace(" ", "%20");
        assertThat(api.get(rankings, null).header("X-Rankings-Final")).isEqualTo("false");
        Instant now = Instant.now();
        try {
            assertThat(setWindow(now.minus(Duration.ofDays(2)), now.minus(Duration.ofMinutes(1))).status())
                    .isEqualTo(200);
            assertThat(api.get("/api/staff/results", staff).json().get("final").asBoolean()).isTrue();
            // another city: a page the rankings' cache has not kept from before the change
            var closed = api.get("/api/public/rankings?city=" + Fixtures.uniqueCity("Sogamoso")
                    .replace(" ", "%20"), null);
            assertThat(closed.header("X-Rankings-Final")).isEqualTo("true");
            assertThat(closed.body()).isEqualTo("[]");
        } finally {
            assertThat(setWindow(null, null).status()).isEqualTo(200);
        }
        assertThat(api.get("/api/staff/results", staff).json().get("final").asBoolean()).isFalse();
    }

    private ApiClient.Response setWindow(Instant opensAt, Instant closesAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("verified_voters_only", false);
        body.put("voting_opens_at", opensAt == null ? null : opensAt.toString());
        body.put("voting_closes_at", closesAt == null ? null : closesAt.toString());
        return api.putJson("/api/staff/contest", staff, body);
    }

    private JsonNode cityIn(JsonNode report) {
        return report.get("cities").valueStream().filter(c -> c.get("city").asString().equals(city)).findFirst()
                .orElseThrow(() -> new AssertionError(city + " is not in the roster"));
    }

    private long votesOfFirst() {
        return cityIn(api.get("/api/staff/results?top=1", staff).json()).get("players").get(0).get("votes").asLong();
    }

    private List<org.assertj.core.groups.Tuple> publicRanking() {
        return api.get("/api/public/rankings?city=" + city.replace(" ", "%20"), null).json().valueStream()
                .map(row -> tuple(row.get("position").asLong(), row.get("username").asString())).toList();
    }
}
