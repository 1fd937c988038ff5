package co.anb.showcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.fixtures.UserBuilder;
import co.anb.showcase.storage.ObjectStore;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The rest of the staff guide's walk through the console, each step checked against the API: a cluster of votes
 * from one address voided account by account, an account suspended, a misspelt city merged into the catalogue's,
 * and the audit log that keeps all of it.
 */
@IntegrationTest
class StaffGuideBrowserTest {

        private static final int SCRIPTED_VOTES = 6;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectStore store;
    @RegisterExtension
    static final Browser browser = new Browser();
    final StaffScreens screens = new StaffScreens(browser);
    ApiClient api;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new Fixtures(api, jdbc, store);
        browser.forgetSession();
    }

    @Test
    void staffFindAClusterOfVotesFromOneAddressAndVoidThemWithAReasonTheLogKeeps() {
        String city = "Pasto";
        UUID video = published(fixtures.player(city, "Lucía", "Benavides").userId(),
                "Doble paso y bandeja", Instant.now(), 0);
        ApiClient script = api.fromAddress(Fixtures.uniqueAddress());
        for (int i = 0; i < SCRIPTED_VOTES; i++) {
            String voter = fixtures.player(city).token();
            assertThat(script.postJson("/api/public/videos/" + video + "/vote", voter, "").status()).isEqualTo(200);
        }

        screens.logInAsStaff(api);
        browser.open("/staff/votos");
        browser.find("#votos-video option[value='" + video + "']");
        new Select(browser.find("#votos-video")).selectByValue(video.toString());
        browser.click("#page form[aria-label='Elegir el video a revisar'] button[type=submit]");
        String cluster = ".cluster[data-kind=ip]";
        assertThat(browser.waitForText(cluster, "Misma dirección IP")).contains(SCRIPTED_VOTES + " (0 anulados)");
        screens.guide("staff-votos-sospechosos", null);

        browser.click(cluster + " .void-votes");
        browser.type("dialog[open] textarea", "Cuentas creadas en ráfaga desde una misma dirección.");
        screens.guide("staff-anular-votos", null);
        browser.click("dialog[open] button[type=submit]");
        browser.waitForText("#page .message[data-kind=success]", "Votos anulados de la cuenta: 1.");
        browser.waitForText(cluster, "(1 anulados)");
        assertThat(fixtures.votesCounter(video)).isEqualTo(SCRIPTED_VOTES - 1);

        browser.open("/staff/registro");
        assertThat(browser.waitForText(".audit-log tbody tr:first-child", "Anuló votos"))
                .contains("Cuentas creadas en ráfaga desde una misma dirección.");
        screens.guide("staff-registro", null);
    }

    @Test
    void staffSuspendAnAccountThatThenCannotLogIn() {
        ApiClient.Session player = fixtures.player("Tumaco", "Kevin", "Angulo");
        screens.logInAsStaff(api);
        browser.open("/staff/moderacion");
        browser.type("#cuentas-q", player.email());
        browser.click("form[aria-label='Buscar cuentas'] button[type=submit]");
        String row = ".row-actions[data-user-id='" + player.userId() + "']";
        browser.click(row + " .suspend-user");
        browser.type("dialog[open] textarea", "Suplantación de otro jugador.");
        browser.click("dialog[open] button[type=submit]");
        browser.find(row + " .reinstate-user");
        String accounts = ".staff-panel[aria-labelledby=moderacion-cuentas]";
        assertThat(browser.find(accounts).getText()).contains("Suspendida: Suplantación de otro jugador.");
        screens.guide("staff-suspender-cuenta", accounts);
        assertThat(api.login(player.email(), UserBuilder.PASSWORD).status()).isEqualTo(403);
    }

    @Test
    void staffMergeAMisspeltCityIntoTheCataloguesOne() {
        // a spelling no other test types, in a database each test run starts afresh
        String misspelt = "Barranquiya";
        fixtures.player(misspelt, "Jhon", "Ospino");
        fixtures.player(misspelt, "Yeison", "Charris");
        screens.logInAsStaff(api);
        browser.open("/staff/ciudades");
        assertThat(browser.waitForText(".cities", misspelt)).contains("Desconocida");
        browser.type("#campo-from", misspelt);
        browser.type("#campo-into", "Barranquilla");
        screens.guide("staff-ciudades", "form[aria-labelledby=ciudades-unir]");
        browser.click("form[aria-labelledby=ciudades-unir] button[type=submit]");
        browser.waitForText("form[aria-labelledby=ciudades-unir] .message",
                "«" + misspelt + "» unida a «Barranquilla»: 2 jugadores movidos.");

        JsonNode cities = api.get("/api/public/cities", null).json();
        assertThat(cities.valueStream().map(city -> city.get("city").asString())).doesNotContain(misspelt)
                .contains("Barranquilla");
        assertThat(browser.find(".cities").getText()).doesNotContain(misspelt);
    }

    /** A published video whose files are in the store, so the browser plays it and shows its thumbnail. */
    private UUID published(UUID owner, String title, Instant at, int votes) {
        return fixtures.video(owner).title(title).published(at).votes(votes).playableOutputs().insert();
    }
}
