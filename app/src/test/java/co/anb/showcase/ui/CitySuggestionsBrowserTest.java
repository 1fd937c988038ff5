package co.anb.showcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.PublicFixtures;
import co.anb.showcase.storage.ObjectStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The city fields suggest cities (the filters: cities with players; signup: DANE's catalogue). */
@IntegrationTest
class CitySuggestionsBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectStore store;
    @RegisterExtension
    static final Browser browser = new Browser();
    PublicFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PublicFixtures(new ApiClient(port), jdbc);
        browser.forgetSession();
    }

    @Test
    void theRankingFilterSuggestsCitiesWithPlayersAndTakesAnySpelling() {
        String surname = "Sugerida" + UUID.randomUUID().toString().substring(0, 6);
        var player = fixtures.player("rionegro, santander", "Rosa", surname);
        new UiFixtures(fixtures, store).publishedVideo(player.userId(), "Bandeja", Instant.now(), 5);

        // the list is a public read the browser may keep a few seconds (Cache-Control); start from an empty cache
        ((HasCdp) browser.driver()).executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.open("/ranking");
        waitForOption("#ranking-ciudades option[value='Rionegro, Santander']");
        browser.type("#ranking-ciudad", " RIONEGRO,SANTANDER " + Keys.ENTER);

        browser.waitForText("#page .message", "jugador");
        assertThat(browser.rankingRows()).extracting(row -> row.get(1)).contains("Rosa " + surname);

        browser.open("/");
        waitForOption("#filtro-ciudades option[value='Rionegro, Santander']");
    }

    @Test
    void signupSuggestsTheMunicipalitiesOfTheCatalogue() {
        browser.open("/signup");

        long options = waitForOption("#municipios option[value='Bogotá D.C.']");

        assertThat(options).isGreaterThan(1100);
        assertThat(browser.find("#campo-city").getAttribute("list")).isEqualTo("municipios");
        assertThat(browser.javascriptErrors()).isEmpty();
    }

    /** Datalist options are never visible, so wait for them by count; returns how many options the list has. */
    private long waitForOption(String css) {
        String list = css.substring(0, css.indexOf(' '));
        try {
            browser.waitUntil(driver -> driver.findElements(By.cssSelector(css)).isEmpty()
                    ? null : Boolean.TRUE, WAIT, css + " never appeared");
        } catch (RuntimeException e) {
            Object html = browser.script("const l = document.querySelector(arguments[0]); "
                    + "return l ? l.outerHTML.slice(0, 3000) : 'no list'", list);
            throw new AssertionError(css + " never appeared; list: " + html + "; errors: "
                    + browser.javascriptErrors(), e);
        }
        return ((List<?>) browser.script("return [...document.querySelectorAll(arguments[0] + ' option')]",
                list)).size();
    }
}
