package co.anb.showcase.rankings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.local.MigratedDatabase;
import co.anb.showcase.shared.CityFilter;
import co.anb.showcase.shared.PageRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ranking query on PostgreSQL, without the HTTP layer, the cache or an application context. */
class RankingsRepositoryTest {

    final JdbcClient jdbc = MigratedDatabase.jdbc();
    final Rankings rankings = new Rankings(jdbc);
    Fixtures fixtures;
    String city;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc);
        city = Fixtures.uniqueCity("Armenia");
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
        fixtures.video(player).published().title("segundo").votes(6).insert();
        // a counter on a video that is not (or no longer) public never counts
        fixtures.video(player).failed().votes(100).insert();
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
        UUID onlyUploads = fixtures.user().named("Pedro", "Sin Video").city(city).insert();
        fixtures.video(onlyUploads).uploaded().insert();
        fixtures.user().named("Lucía", "Sin Nada").city(city).insert();

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
        String otherCity = Fixtures.uniqueCity("Armenia");
        published("Gloria", "Paz", 1);
        UUID outsider = fixtures.user().named("Hugo", "Lara").city(otherCity).insert();
        fixtures.video(outsider).published().title("fuera").votes(50).insert();

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
        fixtures.video(player).published().title("otro").votes(3).insert();

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
        UUID player = fixtures.user().named(firstName, lastName).city(city).insert();
        fixtures.video(player).published().title("video de " + firstName).votes(votes).insert();
        return player;
    }

    private static CityFilter filter(String city) {
        return CityFilter.of(city);
    }
}
