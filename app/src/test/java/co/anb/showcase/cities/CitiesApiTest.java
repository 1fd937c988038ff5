package co.anb.showcase.cities;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.PublicFixtures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Signup and the public filters fold city spellings; {@code GET /api/public/cities} counts players per city. */
@IntegrationTest
class CitiesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;
    PublicFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new PublicFixtures(api, jdbc);
    }

    @Test
    void signupStoresTheCanonicalNameOfAKnownCityAndAnUnknownOneAsTyped() {
        assertThat(cityOf(api.newPlayer("  BOGOTA dc ").userId())).isEqualTo("Bogotá D.C.");
        assertThat(cityOf(api.newPlayer("rionegro, santander").userId())).isEqualTo("Rionegro, Santander");
        assertThat(cityOf(api.newPlayer("Medellin").userId())).isEqualTo("Medellín");
        String unknown = PublicFixtures.uniqueCity("Pueblo Inventado");
        assertThat(cityOf(api.newPlayer("  " + unknown + " ").userId())).isEqualTo(unknown);
    }

    @Test
    void theGalleryAndRankingFiltersAcceptAnySpellingOfTheCity() {
        String surname = "Filtro" + UUID.randomUUID().toString().substring(0, 8);
        var player = fixtures.player("Rionegro, Santander", "Rosa", surname);
        UUID video = fixtures.processedVideo(player.userId(), "Bandeja", Instant.now(), 3);

        for (String spelling : List.of("Rionegro, Santander", "  rionegro,santander ", "RIONEGRO, SANTANDER")) {
            assertThat(ids(api.get("/api/public/videos?limit=100&city=" + encode(spelling), null).json()))
                    .as(spelling).contains(video.toString());
            assertThat(usernames(api.get("/api/public/rankings?limit=100&city=" + encode(spelling), null).json()))
                    .as(spelling).contains("Rosa " + surname);
        }
        // the bare name means Antioquia's Rionegro, the larger one
        assertThat(ids(api.get("/api/public/videos?limit=100&city=rionegro", null).json()))
                .doesNotContain(video.toString());
    }

    @Test
    void theCityListCountsPlayersPerCityWithTheCatalogueDataAndListsUnknownCitiesApart() {
        int before = playersIn("Vigía del Fuerte");
        api.newPlayer("vigia del fuerte");
        api.newPlayer("VIGÍA DEL FUERTE");
        String unknown = PublicFixtures.uniqueCity("Caserío");
        api.newPlayer(unknown);

        var response = api.get("/api/public/cities", null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode vigia = entry(response.json(), "Vigía del Fuerte");
        assertThat(vigia.get("players").asInt()).as("the list was evicted at each signup").isEqualTo(before + 2);
        assertThat(vigia.get("department").asString()).isEqualTo("Antioquia");
        assertThat(vigia.get("dane_code").asString()).isEqualTo("05873");
        assertThat(vigia.get("known").asBoolean()).isTrue();
        JsonNode caserio = entry(response.json(), unknown);
        assertThat(caserio.get("players").asInt()).isEqualTo(1);
        assertThat(caserio.get("known").asBoolean()).isFalse();
        assertThat(caserio.get("dane_code").isNull()).isTrue();
        List<Boolean> known = new ArrayList<>();
        response.json().forEach(city -> known.add(city.get("known").asBoolean()));
        assertThat(known).as("known cities first, unknown ones after").isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void theCatalogueListsEveryMunicipalityForTheSignupForm() {
        var response = api.get("/api/public/cities/catalogue", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().size()).isGreaterThan(1100);
        assertThat(response.json().get(0).propertyNames()).containsExactlyInAnyOrder("city", "department", "dane_code");
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String cityOf(UUID userId) {
        return jdbc.sql("SELECT city FROM users WHERE id = :id").param("id", userId).query(String.class).single();
    }

    private int playersIn(String city) {
        for (JsonNode entry : api.get("/api/public/cities", null).json()) {
            if (entry.get("city").asString().equals(city)) {
                return entry.get("players").asInt();
            }
        }
        return 0;
    }

    static JsonNode entry(JsonNode cities, String city) {
        for (JsonNode entry : cities) {
            if (entry.get("city").asString().equals(city)) {
                return entry;
            }
        }
        throw new AssertionError("no entry for " + city + " in " + cities);
    }

    private static List<String> ids(JsonNode videos) {
        List<String> ids = new ArrayList<>();
        videos.forEach(video -> ids.add(video.get("video_id").asString()));
        return ids;
    }

    private static List<String> usernames(JsonNode rankings) {
        List<String> names = new ArrayList<>();
        rankings.forEach(row -> names.add(row.get("username").asString()));
        return names;
    }
}
