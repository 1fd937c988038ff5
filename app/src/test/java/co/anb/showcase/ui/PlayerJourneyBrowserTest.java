package co.anb.showcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.WorkerIntegrationTest;
import co.anb.showcase.media.TestVideos;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WindowType;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A player's whole story in a real browser, against the app running both roles: sign up (a mistake the form
 * catches, an email the server refuses), log in, upload a clip while the progress bar fills, watch the status go
 * from {@code uploaded} to {@code processed}, find the video in the gallery, get a vote from a fan (after a refused
 * own vote, a fan asked to log in, and a refused duplicate from a stale tab), and climb the city's ranking.
 */
@WorkerIntegrationTest
class PlayerJourneyBrowserTest {

    private static final String PASSWORD = "secreta123";
    private static final String TITLE = "Crossover y bandeja";
    private static final Duration PROCESSING = Duration.ofSeconds(120);
    /** Every status a video row shows, in order, per title (installed before the upload). */
    private static final String RECORD_STATUSES = """
            window.statusLog = [];
            const seen = {};
            new MutationObserver(() => document.querySelectorAll('.video-row').forEach(row => {
                const title = row.querySelector('.video-title').textContent;
                const status = row.querySelector('[data-status]').dataset.status;
                if (seen[title] !== status) {
                    seen[title] = status;
                    window.statusLog.push(title + '=' + status);
                }
            })).observe(document.getElementById('page'), {subtree: true, childList: true, attributes: true});
            """;

    @LocalServerPort
    int port;
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aPlayerSignsUpUploadsIsPublishedVotedForAndRanked() {
        ApiClient api = new ApiClient(port);
        String city = Fixtures.uniqueCity("Cali");
        String email = "ana-" + UUID.randomUUID() + "@example.com";

        signUp(api.newPlayer(city).email(), email, city);
        logIn(email, "/mis-videos", "iniciar-sesion");
        UUID videoId = uploadAndWatchItGetPublished();
        detailShowsBothPlayersAndNoDelete(videoId);

        browser.open("/?city=" + Browser.encode(city));
        String card = "[data-video-id='" + videoId + "']";
        assertThat(browser.waitForText(card, TITLE)).contains("Ana Ruiz", city, "0 votos");
        browser.click(card + " .vote");
        browser.waitForText(card + " .vote-message", "No puedes votar por tus propios videos.");

        browser.open("/ranking?city=" + Browser.encode(city));
        browser.waitForText(".ranking tbody", "Ana Ruiz");
        assertThat(browser.rankingRows()).containsExactly(List.of("1", "Ana Ruiz", "0"));

        fanVotesAfterLoggingIn(api, city, card);
        rankingShowsTheVote(city);
    }

    private void signUp(String takenEmail, String email, String city) {
        browser.open("/signup");
        browser.type("#campo-first_name", "Ana");
        browser.type("#campo-last_name", "Ruiz");
        browser.type("#campo-email", "ana.ruiz.example.com");
        browser.type("#campo-password1", PASSWORD);
        browser.type("#campo-password2", "secreta12");
        browser.type("#campo-city", city);
        browser.click("form button[type=submit]");
        browser.waitForText("#campo-email-error", "El correo electrónico no tiene un formato válido.");
        browser.waitForText("#campo-password2-error", "Las contraseñas no coinciden.");

        browser.type("#campo-email", takenEmail);
        browser.type("#campo-password2", PASSWORD);
        browser.click("form button[type=submit]");
        browser.waitForText("form .message", "El correo electrónico ya está registrado.");
        assertThat(browser.findAll("[aria-invalid=true]")).isEmpty();

        browser.type("#campo-email", email);
        browser.click("form button[type=submit]");
        browser.waitForText("#notice", "Usuario creado exitosamente. Ya puedes iniciar sesión.");
        assertThat(browser.route()).isEqualTo("/login");
    }

    private void logIn(String email, String expectedRoute, String screenshot) {
        browser.type("#campo-email", email);
        browser.type("#campo-password", PASSWORD);
        if (screenshot != null) {
            browser.screenshots(screenshot);
        }
        browser.click("form button[type=submit]");
        browser.waitForText("#notice", "Sesión iniciada como " + email);
        assertThat(browser.route()).isEqualTo(expectedRoute);
    }

    private UUID uploadAndWatchItGetPublished() {
        browser.waitForText(".list-status", "Aún no has subido videos.");
        browser.script(RECORD_STATUSES);
        browser.type("#campo-title", TITLE);
        browser.chooseFile("#campo-video_file", TestVideos.landscape1080p21s().toString());
        browser.click("form button[type=submit]");

        browser.waitForText("form .message", "Video subido correctamente. Procesamiento en curso.");
        assertThat(browser.find("progress").isDisplayed()).isTrue();
        assertThat(browser.find("progress").getAttribute("value")).isEqualTo("100");
        assertThat(browser.find(".progress-text").getText()).isEqualTo("100 %");
        String row = ".video-row";
        browser.waitForText(row + " .video-title", TITLE);
        UUID videoId = UUID.fromString(browser.find(row).getAttribute("data-video-id"));
        browser.screenshots("mis-videos-subida");

        // the app's own worker takes the job from the queue and processes the clip with FFmpeg
        browser.waitForText(row + " [data-status]", "Publicado", PROCESSING);
        @SuppressWarnings("unchecked")
        List<String> statuses = ((List<String>) browser.script("return window.statusLog")).stream()
                .filter(entry -> entry.startsWith(TITLE + "=")).map(entry -> entry.substring(TITLE.length() + 1))
                .toList();
        assertThat(statuses).as("statuses the row showed").startsWith("uploaded").endsWith("processed")
                .isSubsetOf("uploaded", "processing", "processed").doesNotHaveDuplicates();
        assertThat(browser.find(row + " .meta").getText()).contains("Publicado el");
        browser.screenshots("mis-videos");
        return videoId;
    }

    private void detailShowsBothPlayersAndNoDelete(UUID videoId) {
        browser.click(".video-row .video-title");
        browser.waitForText("h1", TITLE);
        assertThat(browser.route()).isEqualTo("/videos/" + videoId);
        assertThat(browser.find("video.processed").getAttribute("src")).contains("processed/" + videoId + ".mp4");
        assertThat(browser.find("video.processed").getAttribute("poster")).contains("thumbnails/" + videoId);
        assertThat(browser.find("video.original").getAttribute("src")).contains("uploads/" + videoId + ".mp4");
        assertThat(browser.find(".facts").getText()).contains("Publicado", "0 votos");
        assertThat(browser.findAll(".danger-zone")).as("a published video cannot be deleted").isEmpty();
        assertThat(browser.find("#page").getText())
                .contains("Este video ya está publicado para votación y no se puede eliminar.");
        browser.waitUntil(d -> (Boolean) browser.script(
                "return document.querySelector('video.processed').readyState >= 1"), Duration.ofSeconds(20),
                "the processed video's metadata never loaded");
        browser.assertSound();
        browser.screenshots("detalle");
    }

    private void fanVotesAfterLoggingIn(ApiClient api, String city, String card) {
        browser.click("#nav .link-button");
        browser.waitForText("#notice", "Sesión cerrada.");
        browser.open("/?city=" + Browser.encode(city));
        browser.click(card + " .vote");
        browser.waitForText(card + " .vote-message", "Inicia sesión para votar.");
        browser.click(card + " .vote-message a");
        browser.waitForText("h1", "Iniciar sesión");
        ApiClient.Session fan = api.newPlayer(Fixtures.uniqueCity("Palmira"));
        logIn(fan.email(), "/?city=" + Browser.encode(city), null);

        // the same gallery in a second tab, which will not know about the vote
        String firstTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open("/?city=" + Browser.encode(city));
        browser.waitForText(card + " .vote", "Votar");
        String staleTab = browser.driver().getWindowHandle();

        browser.driver().switchTo().window(firstTab);
        browser.waitForText(card + " .vote", "Votar");
        browser.click(card + " .vote");
        browser.waitForText(card + " .vote-message", "Voto registrado exitosamente.");
        assertThat(browser.find(card + " .votes").getText()).isEqualTo("1 voto");
        assertThat(browser.find(card + " .vote").getText()).isEqualTo("✓ Votaste");
        assertThat(browser.find(card + " .vote").isEnabled()).isFalse();
        browser.screenshots("galeria-voto", card);

        browser.driver().switchTo().window(staleTab);
        browser.click(card + " .vote");
        browser.waitForText(card + " .vote-message", "Ya has votado por este video.");
        assertThat(browser.find(card + " .votes").getText()).isEqualTo("0 votos");
        browser.driver().close();
        browser.driver().switchTo().window(firstTab);

        browser.open("/?city=" + Browser.encode(city));
        assertThat(browser.waitForText(card + " .vote", "Votaste")).isEqualTo("✓ Votaste");
        assertThat(browser.find(card + " .votes").getText()).isEqualTo("1 voto");
    }

    /** The rankings cache (2 s in tests) may still hold the page seen before the vote: reload until it shows. */
    private void rankingShowsTheVote(String city) {
        browser.open("/ranking");
        browser.type("#ranking-ciudad", city);
        browser.click(".filters button[type=submit]");
        browser.waitForText("caption", "Ranking de " + city);
        browser.waitUntil(d -> {
            d.navigate().refresh();
            browser.waitForText(".ranking tbody", "Ana Ruiz");
            return browser.rankingRows().equals(List.of(List.of("1", "Ana Ruiz", "1")));
        }, Duration.ofSeconds(15), "the vote never reached the ranking");
        browser.screenshots("ranking-ciudad");
    }
}
