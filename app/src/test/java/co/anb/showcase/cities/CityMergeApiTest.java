package co.anb.showcase.cities;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.PublicFixtures;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code POST /api/staff/cities/merge}: staff move the players of one city value into another. */
@IntegrationTest
class CityMergeApiTest {

    private static final String MERGE = "/api/staff/cities/merge";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;
    String staff;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        staff = api.staffToken();
    }

    @Test
    void staffMoveAMisspeltCityIntoAKnownOneAndTheMoveIsAudited() {
        String misspelt = PublicFixtures.uniqueCity("Baranquilla");
        var first = api.newPlayer(misspelt);
        api.newPlayer(misspelt.toUpperCase());

        var response = api.postJson(MERGE, staff, Map.of("from", misspelt.toLowerCase(), "into", "barranquilla"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("into").asString()).isEqualTo("Barranquilla");
        assertThat(response.json().get("players_moved").asInt()).isEqualTo(2);
        assertThat(response.json().propertyNames()).containsExactlyInAnyOrder("from", "into", "players_moved");
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE lower(city) = lower(:city)").param("city", misspelt)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT city FROM users WHERE id = :id").param("id", first.userId())
                .query(String.class).single()).isEqualTo("Barranquilla");
        assertThat(jdbc.sql("SELECT details FROM staff_actions WHERE action = 'merge_cities' AND target = :target")
                .param("target", "city:" + response.json().get("from").asString()).query(String.class).single())
                .isEqualTo("into=Barranquilla; players_moved=2");
        assertThat(CitiesApiTest.entry(api.get("/api/public/cities", null).json(), "Barranquilla")
                .get("known").asBoolean()).isTrue();
    }

    @Test
    void staffMayMergeIntoACityOnlyPlayersUse() {
        String from = PublicFixtures.uniqueCity("Vereda Uno");
        String into = PublicFixtures.uniqueCity("Vereda Dos");
        api.newPlayer(from);
        api.newPlayer(into);

        var response = api.postJson(MERGE, staff, Map.of("from", from, "into", into.toLowerCase()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("into").asString()).isEqualTo(into);
        assertThat(response.json().get("players_moved").asInt()).isEqualTo(1);
    }

    @Test
    void badMergesAreRefusedWithTheirCodes() {
        String city = PublicFixtures.uniqueCity("Aldea");
        api.newPlayer(city);

        var noPlayers = api.postJson(MERGE, staff, Map.of("from", PublicFixtures.uniqueCity("Nadie"), "into", "Cali"));
        assertThat(noPlayers.status()).isEqualTo(404);
        assertThat(noPlayers.json().get("code").asString()).isEqualTo("city_not_found");
        assertThat(noPlayers.header("Content-Type")).startsWith("application/problem+json");

        var nowhere = api.postJson(MERGE, staff, Map.of("from", city, "into", PublicFixtures.uniqueCity("Nunca")));
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.json().get("code").asString()).isEqualTo("city_not_found");

        var same = api.postJson(MERGE, staff, Map.of("from", city, "into", " " + city.toUpperCase()));
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.json().get("code").asString()).isEqualTo("city_merge_same");

        var blank = api.postJson(MERGE, staff, Map.of("from", " ", "into", "Cali"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("code").asString()).isEqualTo("validation_failed");
        assertThat(blank.detail()).isNotBlank();
    }

    @Test
    void playersAndAnonymousCallersCannotMerge() {
        var player = api.newPlayer(PublicFixtures.uniqueCity("Aldea"));
        var body = Map.of("from", "Cali", "into", "Palmira");

        assertThat(api.postJson(MERGE, player.token(), body).status()).isEqualTo(403);
        assertThat(api.postJson(MERGE, null, body).status()).isEqualTo(401);
    }
}
