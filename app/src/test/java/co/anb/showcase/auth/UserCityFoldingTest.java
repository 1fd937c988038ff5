package co.anb.showcase.auth;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.PublicFixtures;
import java.sql.Connection;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Migration 25 on rows written before signup folded cities (inserted raw, as the old signup stored them). */
@IntegrationTest
class UserCityFoldingTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void foldsEveryKnownSpellingAndKeepsUnknownCitiesAsTypedTrimmed() throws Exception {
        var fixtures = new PublicFixtures(new ApiClient(port), jdbc);
        String unknown = PublicFixtures.uniqueCity("Corregimiento");
        UUID bogota = fixtures.user("Ana", "Uno", "BOGOTA DC");
        UUID bogotaAccented = fixtures.user("Ana", "Dos", "Bogotá, D.C.");
        UUID medellin = fixtures.user("Ana", "Tres", "  medellin ");
        UUID rionegro = fixtures.user("Ana", "Cuatro", "rionegro, santander");
        UUID elsewhere = fixtures.user("Ana", "Cinco", "  " + unknown + "  ");

        try (Connection connection = dataSource.getConnection()) {
            assertThat(UserCityFolding.fold(connection)).isGreaterThanOrEqualTo(5);
        }

        assertThat(cityOf(bogota)).isEqualTo("Bogotá D.C.");
        assertThat(cityOf(bogotaAccented)).isEqualTo("Bogotá D.C.");
        assertThat(cityOf(medellin)).isEqualTo("Medellín");
        assertThat(cityOf(rionegro)).isEqualTo("Rionegro, Santander");
        assertThat(cityOf(elsewhere)).isEqualTo(unknown);
    }

    @Test
    void flywayRanTheMigration() {
        assertThat(jdbc.sql("SELECT description FROM flyway_schema_history WHERE version = '25' AND success")
                .query(String.class).single()).isEqualTo("auth fold user cities");
    }

    private String cityOf(UUID userId) {
        return jdbc.sql("SELECT city FROM users WHERE id = :id").param("id", userId).query(String.class).single();
    }
}
