package co.anb.showcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.PublicFixtures;
import co.anb.showcase.media.TestVideos;
import co.anb.showcase.videos.VideoLifecycle;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Mis videos" without the worker: what the upload form refuses (before sending, or as the server says), failure
 * reasons, delete with its confirmation and its limit (no delete once published), and a video hidden by staff.
 */
@IntegrationTest
class MyVideosBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VideoLifecycle lifecycle;
    @RegisterExtension
    static final Browser browser = new Browser();
    PublicFixtures fixtures;
    ApiClient.Session player;

    @BeforeEach
    void logIn() {
        fixtures = new PublicFixtures(new ApiClient(port), jdbc);
        player = fixtures.player(PublicFixtures.uniqueCity("Armenia"), "Nora", "Vélez");
        browser.forgetSession();
        browser.open("/login");
        browser.type("#campo-email", player.email());
        browser.type("#campo-password", "secreta123");
        browser.click("form button[type=submit]");
        browser.waitForText("h1", "Mis videos");
    }

    @Test
    void uploadFormRefusesWrongFilesBeforeSendingAndShowsTheServersReason() {
        browser.waitForText(".list-status", "Aún no has subido videos.");
        browser.click("form button[type=submit]");
        assertThat(fieldError("title")).isEqualTo("El título es obligatorio.");
        assertThat(fieldError("video_file")).isEqualTo("Selecciona un archivo de video MP4.");

        browser.type("#campo-title", "Mi mejor jugada");
        chooseFile(TestVideos.tooShort10s().toString());
        browser.click("form button[type=submit]");
        assertThat(browser.waitForText("#campo-video_file-error", "dura"))
                .isEqualTo("El video dura 10 s; la duración debe estar entre 20 y 60 segundos.");

        chooseFile(TestVideos.hd720p21s().toString());
        browser.click("form button[type=submit]");
        assertThat(browser.waitForText("#campo-video_file-error", "resolución"))
                .isEqualTo("La resolución del video es 1280×720; se requiere mínimo 1080p "
                        + "(lado corto ≥ 1080 px).");

        chooseFile(TestVideos.quickTime1080p21s().toString());
        browser.click("form button[type=submit]");
        assertThat(browser.waitForText("#campo-video_file-error", "MP4"))
                .isEqualTo("El archivo debe ser un video MP4.");
        assertThat(browser.driver().findElement(By.tagName("progress")).isDisplayed()).as("nothing was sent")
                .isFalse();

        // named .mp4 but not a video: the browser cannot read it, so the server decides
        chooseFile(TestVideos.textNamedMp4().toString());
        browser.click("form button[type=submit]");
        browser.waitForText("form .message", "El archivo no es un video MP4 válido.");
        assertThat(browser.find("progress").getAttribute("value")).isEqualTo("100");
        assertThat(browser.findAll("[aria-invalid=true]")).as("no field is blamed").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM videos WHERE owner_id = ?").param(player.userId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void listShowsFailureReasonsAndDeleteOfUnpublishedVideosAsksForConfirmation() {
        UUID failed = fixtures.unpublishedVideo(player.userId(), "failed", 0);
        UUID waiting = fixtures.unpublishedVideo(player.userId(), "uploaded", 0);
        browser.open("/mis-videos");

        String failedRow = "[data-video-id='" + failed + "']";
        browser.waitForText(failedRow + " [data-status]", "Falló");
        browser.waitForText(failedRow + " .failure", "Motivo del fallo: Formato no soportado.");
        browser.waitForText("[data-video-id='" + waiting + "'] [data-status]", "Subido, en cola");
        browser.screenshots("mis-videos-estados");

        browser.click(failedRow + " a");
        browser.waitForText("h1", "No publicado (failed)");
        assertThat(browser.find(".failure").getText()).isEqualTo("Motivo del fallo: Formato no soportado.");
        browser.assertSound();
        browser.click(".danger-zone > button");
        assertThat(browser.find("dialog[open]").getText()).contains("¿Eliminar este video?",
                "«No publicado (failed)» y sus archivos se borrarán.");
        assertThat(browser.driver().switchTo().activeElement().getText()).as("the safe choice has focus")
                .isEqualTo("Cancelar");
        browser.screenshots("confirmar-eliminacion");
        browser.click("dialog[open] .secondary");
        assertThat(browser.findAll("dialog[open]")).isEmpty();
        assertThat(videoExists(failed)).isTrue();

        browser.click(".danger-zone > button");
        browser.click("dialog[open] .danger");
        browser.waitForText("#notice", "El video ha sido eliminado exitosamente.");
        assertThat(browser.route()).isEqualTo("/mis-videos");
        browser.find("[data-video-id='" + waiting + "']");
        assertThat(browser.findAll(failedRow)).isEmpty();
        assertThat(videoExists(failed)).isFalse();

        // a video still waiting for the worker can be deleted too
        browser.click("[data-video-id='" + waiting + "'] a");
        browser.waitForText("h1", "No publicado (uploaded)");
        browser.click(".danger-zone > button");
        browser.click("dialog[open] .danger");
        browser.waitForText("#notice", "El video ha sido eliminado exitosamente.");
        browser.waitForText(".list-status", "Aún no has subido videos.");
        assertThat(videoExists(waiting)).isFalse();
    }

    @Test
    void aVideoPublishedWhileItsPageIsOpenIsNotDeleted() {
        UUID video = fixtures.unpublishedVideo(player.userId(), "uploaded", 0);
        browser.open("/videos/" + video);
        browser.waitForText("[data-status]", "Subido, en cola");
        assertThat(browser.find(".players").getText()).contains("Estará disponible cuando termine el procesamiento.");

        browser.click(".danger-zone > button");
        browser.find("dialog[open]");
        // a worker publishes it meanwhile
        UUID worker = UUID.randomUUID();
        assertThat(lifecycle.claim(video, worker, Instant.now(), Instant.now().plusSeconds(60)))
                .isEqualTo(VideoLifecycle.Claim.CLAIMED);
        assertThat(lifecycle.markProcessed(video, worker, Instant.now())).isTrue();
        browser.click("dialog[open] .danger");

        browser.waitForText("#page .message", "El video ya fue publicado para votación y no se puede eliminar.");
        browser.waitForText("[data-status]", "Publicado");
        assertThat(browser.findAll(".danger-zone")).isEmpty();
        assertThat(browser.find("#page").getText())
                .contains("Este video ya está publicado para votación y no se puede eliminar.");
        assertThat(videoExists(video)).isTrue();
    }

    @Test
    void aVideoHiddenByStaffShowsTheBadgeAndTheReason() {
        UUID hidden = fixtures.processedVideo(player.userId());
        UUID shown = fixtures.processedVideo(player.userId());
        ApiClient api = new ApiClient(port);
        assertThat(api.postJson("/api/staff/videos/" + hidden + "/hide", api.staffToken(),
                java.util.Map.of("reason", "Contiene publicidad")).status()).isEqualTo(200);
        browser.open("/mis-videos");
        String hiddenRow = "[data-video-id='" + hidden + "']";
        browser.waitForText(hiddenRow + " [data-hidden]", "Oculto");
        assertThat(browser.find(hiddenRow + " .hidden-reason").getText())
                .isEqualTo("Oculto por el equipo ANB: Contiene publicidad");
        browser.find("[data-video-id='" + shown + "']");
        assertThat(browser.findAll("[data-video-id='" + shown + "'] [data-hidden]")).isEmpty();
        browser.screenshots("mis-videos-oculto");
    }

    private void chooseFile(String path) {
        browser.chooseFile("#campo-video_file", path);
    }

    private String fieldError(String name) {
        return browser.find("#campo-" + name + "-error").getText();
    }

    private boolean videoExists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM videos WHERE id = ?").param(id).query(Long.class).single() == 1;
    }
}
