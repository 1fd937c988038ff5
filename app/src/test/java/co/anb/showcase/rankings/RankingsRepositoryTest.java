package co.anb.showcase.rankings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import co.anb.showcase.IntegrationTest;
import co.anb.showcase.PublicFixtures;
import co.anb.showcase.shared.CityFilter;
import co.anb.showcase.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ranking query on PostgreSQL, without the HTTP layer or the cache. */
@IntegrationTest
class RankingsRepositoryTest {

    @Autowired
    Rankings rankings;
    @Autowired
    JdbcClient jdbc;
    PublicFixtures fixtures;
    String city;

    @BeforeEach
    void setUp() {
        fixtures = new PublicFixtures(null, jdbc);
        city = PublicFixtures.uniqueCity("Armenia");
    }

    @Test
    void tiedPlayersShareAPositionAndTheNextOneSkips() {
        published("Ana", "Zea", 7);
        published("Carlos", "Ruiz", 3);
        published("Bruno", "Díaz", 3);
        published("Diana", "Mora", 1);

        assertThat(rankings.page(filter(city), PageRequest.of("1", "20")))
                .extracting(Ranking::position, Ranking::username, Ranking::city, Ranking::votes)
                .containsExactly(
                        tuple(1L, "Ana Zea", city, 7L),
                        tuple(2L, "Bruno Díaz", city, 3L),
                        tuple(2L, "Carlos Ruiz", city, 3L),
                        tuple(4L, "Diana Mora", city, 1L));
    }

    @Test
    void sumsVotesOverEveryPublishedVideoOfAPlayerOnly() {
        UUID player = published("Elena", "Rojas", 4);
        fixtures.processedVideo(player, "segundo", Instant.now(), 6);
        // a counter on a video that is not (or no longer) public never counts
        fixtures.unpublishedVideo(player, "failed", 100);
        published("Felipe", "Soto", 9);

        assertThat(rankings.page(filter(city), PageRequest.of(null, null)))
                .extracting(Ranking::position, Ranking::username, Ranking::votes)
                .containsExactly(tuple(1L, "Elena Rojas", 10L), tuple(2L, "Felipe Soto", 9L));
    }

    @Test
    void playersWithoutAPublishedVideoAreLeftOutAndZeroVotesComeLast() {
        published("Zoe", "Uribe", 0);
        published("Andrés", "Vega", 0);
        published("Mario", "León", 2);
        UUID onlyUploads = fixtures.user("Pedro", "Sin Video", city);
        fixtures.unpublishedVideo(onlyUploads, "uploaded", 0);
        fixtures.user("Lucía", "Sin Nada", city);

        assertThat(rankings.page(filter(city), PageRequest.of(null, null)))
                .extracting(Ranking::position, Ranking::username, Ranking::votes)
                .containsExactly(tuple(1L, "Mario León", 2L), tuple(2L, "Andrés Vega", 0L),
                        tuple(2L, "Zoe Uribe", 0L));
        assertThat(rankings.count(filter(city))).isEqualTo(3);
    }

    @Test
    void pagingKeepsTheTruePositions() {
        published("A", "Uno", 9);
        published("B", "Dos", 5);
        published("C", "Tres", 5);
        published("D", "Cuatro", 5);
        published("E", "Cinco", 2);

        List<Ranking> second = rankings.page(filter(city), PageRequest.of("2", "2"));
        List<Ranking> third = rankings.page(filter(city), PageRequest.of("3", "2"));

        assertThat(second).extracting(Ranking::position, Ranking::username)
                .containsExactly(tuple(2L, "C Tres"), tuple(2L, "D Cuatro"));
        assertThat(third).extracting(Ranking::position, Ranking::username).containsExactly(tuple(5L, "E Cinco"));
        assertThat(rankings.page(filter(city), PageRequest.of("4", "2"))).isEmpty();
        assertThat(rankings.count(filter(city))).isEqualTo(5);
    }

    @Test
    void cityFilterRanksWithinTheCityIgnoringCaseAndSpaces() {
        String otherCity = PublicFixtures.uniqueCity("Armenia");
        published("Gloria", "Paz", 1);
        UUID outsider = fixtures.user("Hugo", "Lara", otherCity);
        fixtures.processedVideo(outsider, "fuera", Instant.now(), 50);

        for (String query : List.of(city, "  " + city.toUpperCase() + " ", city.toLowerCase())) {
            assertThat(rankings.page(filter(query), PageRequest.of(null, null)))
                    .as(query)
                    .extracting(Ranking::position, Ranking::username, Ranking::city)
                    .containsExactly(tuple(1L, "Gloria Paz", city));
            assertThat(rankings.count(filter(query))).isEqualTo(1);
        }
    }

    @Test
    void withoutACityEveryPlayerIsRankedOnce() {
        UUID player = published("Iván", "Cruz", 3);
        fixtures.processedVideo(player, "otro", Instant.now(), 3);

        List<Ranking> all = rankings.page(filter(null), PageRequest.of("1", "100"));
        long total = rankings.count(filter(null));

        assertThat(total).isGreaterThanOrEqualTo(1);
        assertThat(all).extracting(Ranking::position).isSorted();
        assertThat(all).extracting(Ranking::votes).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(all.get(0).position()).isEqualTo(1);
        assertThat(total).isEqualTo(jdbc.sql("SELECT count(DISTINCT owner_id) FROM videos WHERE status = 'processed'")
                .query(Long.class).single());
    }

    private UUID published(String firstName, String lastName, int votes) {
        UUID player = fixtures.user(firstName, lastName, city);
        fixtures.processedVideo(player, "video de " + firstName, Instant.now(), votes);
        return player;
    }

    private static CityFilter filter(String city) {
        return CityFilter.of(city);
    }
}
