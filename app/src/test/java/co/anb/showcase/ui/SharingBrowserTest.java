package co.anb.showcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.PublicFixtures;
import co.anb.showcase.storage.ObjectStore;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A share page's "Votar" reaching the web UI, the "Compartir" buttons, and the final rankings (#17). */
@IntegrationTest
class SharingBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectStore store;
    @RegisterExtension
    static final Browser browser = new Browser();
    ApiClient api;
    PublicFixtures fixtures;
    UiFixtures media;
    String city;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new PublicFixtures(api, jdbc);
        media = new UiFixtures(fixtures, store);
        city = PublicFixtures.uniqueCity("Cartagena");
        browser.forgetSession();
    }

    @Test
    void aSharePagesVoteLinkTakesAFanThroughTheLoginToTheirVote() {
        UUID video = media.publishedVideo(fixtures.player(city, "Sara", "Ortiz").userId(), "Triple desde la esquina",
                Instant.now(), 2);
        ApiClient.Session fan = fixtures.player(PublicFixtures.uniqueCity("Barranquilla"));

        browser.driver().get(browser.baseUrl() + "/v/" + video);
        assertThat(browser.find("h1").getText()).isEqualTo("Triple desde la esquina");
        assertThat(browser.find(".share-player").getText()).isEqualTo("Sara Ortiz · " + city);
        assertThat(browser.find(".share-votes").getText()).isEqualTo("2 votos");
        browser.waitUntil(driver -> (Boolean) browser.script("const v = document.querySelector('video');"
                + " return v.readyState >= 1 && v.duration > 20;"), Duration.ofSeconds(15), "the video loads");
        browser.screenshots("compartir-pagina-video");
        browser.click("a.vote-link");

        browser.waitForText("#page h1", "Iniciar sesión");
        assertThat(browser.route()).isEqualTo("/login?next=%2Fvotar%2F" + video);
        browser.type("#campo-email", fan.email());
        browser.type("#campo-password", "secreta123");
        browser.click("form button[type=submit]");
        browser.waitForText("#page h1", "Votar por este video");
        assertThat(browser.route()).isEqualTo("/votar/" + video);
        browser.click("button.vote");
        browser.waitForText("#page .message", "Voto registrado exitosamente.");
        assertThat(fixtures.votesCounter(video)).isEqualTo(3);
        assertThat(browser.find("button.vote").isEnabled()).isFalse();
        assertThat(browser.find("button.vote").getText()).isEqualTo("✓ Votaste");
    }

    @Test
    void compartirCopiesTheSharePageLinkWhereTheBrowserHasNoShareSheet() {
        UUID video = media.publishedVideo(fixtures.player(city).userId(), "Bandeja", Instant.now(), 0);
        grantClipboard();
        browser.open("/?city=" + Browser.encode(city));
        String card = ".video-card[data-video-id='" + video + "'] ";
        // desktop Chromium on Linux has no Web Share API; removed anyway, so the test does not depend on it
        browser.script("delete Navigator.prototype.share");
        browser.click(card + "button.share");

        browser.waitForText(card + ".share-status", "Enlace copiado");
        String copied = (String) browser.script("return navigator.clipboard.readText()");
        assertThat(copied).isEqualTo(browser.baseUrl() + "/v/" + video);
        browser.screenshots("compartir-enlace-copiado", card + "button.share");
    }

    @Test
    void compartirOpensTheShareSheetWhereTheBrowserHasOne() {
        ApiClient.Session player = fixtures.player(city);
        UUID video = media.publishedVideo(player.userId(), "Crossover", Instant.now(), 0);
        fixtures.unpublishedVideo(player.userId(), "processing", 0);
        browser.script("localStorage.setItem('anb.session', JSON.stringify({token: arguments[0],"
                + " expiresAt: Date.now() + 3600000, email: arguments[1]}))", player.token(), player.email());
        browser.open("/mis-videos");
        String row = ".video-row[data-video-id='" + video + "'] ";
        browser.find(row + "button.share");
        assertThat(browser.findAll(".video-row button.share")).as("only the published video").hasSize(1);
        browser.script("window.shared = []; Navigator.prototype.share = (data) => {"
                + " window.shared.push(data.url); return Promise.resolve(); }");
        browser.click(row + "button.share");

        browser.waitUntil(driver -> ((List<?>) browser.script("return window.shared")).size() == 1,
                Duration.ofSeconds(5), "navigator.share is called");
        assertThat(browser.script("return window.shared[0]")).isEqualTo(browser.baseUrl() + "/v/" + video);
        assertThat(browser.findAll(row + ".share-status").get(0).getText()).as("nothing copied").isEmpty();
    }

    @Test
    void theRankingSaysItsResultsAreFinalOnceVotingHasClosed() {
        String staff = api.staffToken();
        fixtures.processedVideo(fixtures.player(city, "Tomás", "Reyes").userId(), "uno", Instant.now(), 4);
        browser.open("/ranking?city=" + Browser.encode(city));
        browser.waitForText(".ranking tbody", "Tomás Reyes");
        assertThat(browser.findAll(".ranking-final")).allMatch(element -> !element.isDisplayed());
        // another city after the change: a page the rankings' short cache has not kept from before it
        String later = PublicFixtures.uniqueCity("Cartagena");
        fixtures.processedVideo(fixtures.player(later, "Úrsula", "Vega").userId(), "dos", Instant.now(), 1);
        try {
            setWindow(staff, Instant.now().minusSeconds(60));
            browser.open("/ranking?city=" + Browser.encode(later));
            browser.waitForText(".ranking tbody", "Úrsula Vega");
            browser.waitForText(".ranking-final", "Resultados finales");
            browser.screenshots("ranking-resultados-finales");
        } finally {
            setWindow(staff, null);
        }
    }

    /** Clipboard access without a prompt, as a user who allowed it; the page can then read what it copied. */
    private void grantClipboard() {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.grantPermissions", Map.of(
                "origin", browser.baseUrl(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    private void setWindow(String staff, Instant closesAt) {
        Map<String, Object> rules = new HashMap<>();
        rules.put("verified_voters_only", false);
        rules.put("voting_opens_at", null);
        rules.put("voting_closes_at", closesAt == null ? null : closesAt.toString());
        assertThat(api.putJson("/api/staff/contest", staff, rules).status()).isEqualTo(200);
    }
}
