package co.anb.showcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.storage.ObjectStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staff console (#/staff) in Chromium: who may see it, closing the vote, hiding a video, and the roster's CSV.
 * Cities are real names so the guide's screenshots read naturally; each test's players have their own e-mails and
 * vote counts no other test reaches, so what is asserted is theirs.
 */
@IntegrationTest
class StaffConsoleBrowserTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

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

    @AfterEach
    void reopenTheVote() {
        Map<String, Object> rules = new HashMap<>();
        rules.put("verified_voters_only", false);
        rules.put("voting_opens_at", null);
        rules.put("voting_closes_at", null);
        assertThat(api.putJson("/api/staff/contest", api.staffToken(), rules).status()).isEqualTo(200);
    }

    @Test
    void aVisitorIsSentToLogInAndAPlayerIsRefused() {
        browser.open("/staff");
        browser.waitUntil(driver -> browser.route().startsWith("/login"), Duration.ofSeconds(10),
                "a visitor is sent to the login form");
        assertThat(browser.route()).isEqualTo("/login?next=%2Fstaff");
        assertThat(browser.find("#notice").getText()).isEqualTo("Inicia sesión con una cuenta del staff.");
        browser.type("#campo-email", ApiClient.STAFF_EMAIL);
        browser.type("#campo-password", ApiClient.STAFF_PASSWORD);
        browser.click("#page form button[type=submit]");
        browser.waitForText("#page h1", "Consola del staff");
        assertThat(browser.waitForText("#nav", "Staff")).contains("Mis videos");

        ApiClient.Session player = fixtures.player("Yopal");
        screens.logIn(player.token(), player.email());
        browser.open("/staff/resultados");
        browser.waitForText("#page h1", "Solo para el staff");
        assertThat(browser.find("#page [role=alert]").getText())
                .isEqualTo("Esta página es solo para el staff de la ANB. Tu cuenta no tiene ese permiso.");
        assertThat(browser.find("#nav").getText()).contains("Mis videos").doesNotContain("Staff");
        assertThat(browser.findAll(".staff-tabs")).isEmpty();
        screens.guide("staff-solo-staff", null);
    }

    @Test
    void staffClosesTheVotingWindowAndAPlayersVoteIsRefused() {
        String city = "Villavicencio";
        UUID video = published(fixtures.player(city, "Sara", "Mejía").userId(), "Tapón en la pintura",
                Instant.now(), 0);
        screens.logInAsStaff(api);
        browser.open("/staff/concurso");
        browser.waitForText(".staff-contest-state", "Votación abierta");
        screens.guide("staff-concurso", null);

        browser.click("button.close-now");
        browser.waitForText(".contest-message", "Votación cerrada.");
        browser.waitForText(".staff-contest-state", "Votación cerrada (cierra el");
        assertThat(api.get("/api/public/contest", null).json().get("voting_open").asBoolean()).isFalse();
        screens.guide("staff-votacion-cerrada", null);

        ApiClient.Session voter = fixtures.player(city);
        screens.logIn(voter.token(), voter.email());
        browser.open("/?city=" + Browser.encode(city));
        browser.click(".video-card[data-video-id='" + video + "'] button.vote");
        browser.waitForText(".video-card[data-video-id='" + video + "'] .vote-message", "La votación está cerrada.");
        assertThat(fixtures.votesCounter(video)).isZero();
    }

    @Test
    void staffHidesAVideoAndItLeavesThePublicGallery() {
        String city = "Riohacha";
        UUID owner = fixtures.player(city, "Iván", "Pérez").userId();
        UUID hidden = published(owner, "Mate con insultos en la grada", Instant.now(), 2);
        UUID kept = published(owner, "Bandeja de zurda", Instant.now().minusSeconds(30), 1);
        browser.open("/?city=" + Browser.encode(city));
        assertThat(browser.findAll(".video-card[data-video-id='" + hidden + "']")).hasSize(1);

        screens.logInAsStaff(api);
        browser.open("/staff/moderacion");
        String row = "[data-list=published] .row-actions[data-video-id='" + hidden + "']";
        browser.click(row + " .hide-video");
        browser.type("dialog[open] textarea", "Lenguaje ofensivo en el audio del video.");
        screens.guide("staff-ocultar-video", null);
        browser.click("dialog[open] button[type=submit]");
        browser.waitForText("[data-list=hidden]", "Mate con insultos en la grada");
        assertThat(browser.find("[data-list=hidden]").getText()).contains("Lenguaje ofensivo en el audio del video.");
        screens.guide("staff-moderacion", "[data-list=hidden]");

        browser.forgetSession();
        // the public list may be kept by browsers and proxies for 5 s (PublicReadCaching), so the visitor who saw
        // it before may see it for those seconds more
        browser.waitUntil(driver -> {
            browser.open("/?city=" + Browser.encode(city));
            browser.find(".video-card[data-video-id='" + kept + "']");
            return browser.findAll(".video-card[data-video-id='" + hidden + "']").isEmpty();
        }, Duration.ofSeconds(15), "the hidden video leaves the gallery within the public cache's 5 s");
    }

    @Test
    void staffDownloadsTheRosterAsACsvThatExcelOpens(@TempDir Path downloads) throws IOException {
        String city = "Santa Marta";
        var ana = fixtures.player(city, "Ana", "Zea");
        var bruno = fixtures.player(city, "Bruno", "Díaz");
        var carla = fixtures.player(city, "Carla", "Ríos");
        UUID anaVideo = published(ana.userId(), "Crossover y triple", Instant.now(), 940);
        UUID brunoVideo = published(bruno.userId(), "Tapa en la línea de fondo", Instant.now(), 915);
        UUID carlaVideo = published(carla.userId(), "Pase por la espalda", Instant.now(), 915);
        published(fixtures.user().named("Darío", "Paz").city(city).insert(), "Tiro libre", Instant.now(), 3);
        ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));

        screens.logInAsStaff(api);
        browser.open("/staff/resultados?top=2");
        browser.waitForText(".roster", city);
        assertThat(browser.find(".roster").getText()).contains("Ana Zea", ana.email(), "Bruno Díaz", "Carla Ríos")
                .doesNotContain("Darío Paz");
        screens.guide("staff-resultados", null);

        browser.click("button.download-csv");
        browser.waitForText("#page .message[data-kind=success]", "Descargado: resultados-top-2.csv.");
        Path csv = downloads.resolve("resultados-top-2.csv");
        byte[] bytes = browser.waitUntil(driver -> downloaded(csv), Duration.ofSeconds(15), "the CSV is saved");
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte-order mark, for Excel").isEqualTo(BOM);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("ciudad,posicion,jugador,email,votos,video");
        String share = "http://127.0.0.1:" + port + "/v/";
        assertThat(lines.stream().filter(line -> line.startsWith(city + ",")).toList()).containsExactly(
                city + ",1,Ana Zea," + ana.email() + ",940," + share + anaVideo,
                city + ",2,Bruno Díaz," + bruno.email() + ",915," + share + brunoVideo,
                city + ",2,Carla Ríos," + carla.email() + ",915," + share + carlaVideo);
    }

    /** The file's bytes once Chromium has finished writing it (no partial {@code .crdownload} left), else null. */
    private static byte[] downloaded(Path file) {
        try (var partial = Files.list(file.getParent())) {
            if (!Files.exists(file) || partial.anyMatch(p -> p.toString().endsWith(".crdownload"))) {
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** A published video whose files are in the store, so the browser plays it and shows its thumbnail. */
    private UUID published(UUID owner, String title, Instant at, int votes) {
        return fixtures.video(owner).title(title).published(at).votes(votes).playableOutputs().insert();
    }
}
