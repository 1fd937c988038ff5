package co.anb.showcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.WorkerIntegrationTest;
import co.anb.showcase.media.TestVideos;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The upload form sends the file's parts straight to the store (s3proxy), and survives what a player's connection
 * does: it drops mid-upload and comes back, or the page is left and opened again. Either way the upload resumes and
 * the video ends {@code processed} by the app's own worker.
 */
@WorkerIntegrationTest
class DirectUploadBrowserTest {

    private static final Duration PROCESSING = Duration.ofSeconds(150);
    /**
     * Four parts: three of 8 MiB sent side by side, then the last (4.8 MB) once one of them is done. Three parts
     * are 84 % of the file, and the last one waits {@link #LATENCY_MS} before it starts: the moment to act.
     */
    private static final long FILE_BYTES = 30_000_000;
    private static final int PARTS_BEFORE_THE_LAST_PERCENT = 80;
    private static final int LATENCY_MS = 4000;
    /** Counts the part PUTs this page sends (installed after a reload, before the upload resumes). */
    private static final String COUNT_PART_PUTS = """
            window.partPuts = 0;
            const open = XMLHttpRequest.prototype.open;
            XMLHttpRequest.prototype.open = function (method, ...rest) {
                if (method === 'PUT') { window.partPuts++; }
                return open.call(this, method, ...rest);
            };""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @RegisterExtension
    static final Browser browser = new Browser();
    SlowNetwork network;
    ApiClient.Session player;

    @BeforeEach
    void logIn() {
        Fixtures fixtures = new Fixtures(new ApiClient(port), jdbc);
        player = fixtures.player(Fixtures.uniqueCity("Pasto"), "Luz", "Ortega");
        browser.forgetSession();
        browser.open("/login");
        browser.type("#campo-email", player.email());
        browser.type("#campo-password", "secreta123");
        browser.click("form button[type=submit]");
        browser.waitForText("h1", "Mis videos");
        network = new SlowNetwork(browser, LATENCY_MS);
        network.online();
    }

    @AfterEach
    void restoreNetwork() {
        network.normal();
    }

    @Test
    void aConnectionThatDropsMidUploadResumesAndTheVideoIsProcessed() throws InterruptedException {
        String title = "Sin conexión a mitad";
        startUpload(title);
        waitForProgressAtLeast(PARTS_BEFORE_THE_LAST_PERCENT);

        network.offline();
        browser.waitForText("form .message", "Sin conexión. La subida continuará cuando vuelva la conexión");
        int progressWhileOffline = progress();
        Thread.sleep(3000);
        assertThat(progress()).as("nothing is sent while offline").isLessThanOrEqualTo(progressWhileOffline);
        assertThat(progressWhileOffline).isLessThan(100);
        network.online();

        browser.waitForText("form .message", "Video subido correctamente. Procesamiento en curso.",
                Duration.ofSeconds(60));
        assertProcessed(title);
    }

    @Test
    void aPageReopenedMidUploadResumesFromThePartsTheStoreHolds() {
        String title = "Recargada a mitad";
        startUpload(title);
        waitForProgressAtLeast(PARTS_BEFORE_THE_LAST_PERCENT);
        Object uploadId = browser.script("return JSON.parse(localStorage.getItem('anb.pending-upload')).uploadId");
        ApiClient api = new ApiClient(port);
        browser.waitUntil(d -> api.get("/api/videos/uploads/" + uploadId, player.token()).json()
                .get("uploaded_parts").size() == 3, Duration.ofSeconds(10), "the first three parts never got stored");

        // leaving for about:blank drops the page (and its waiting part) at once; a reload would keep the old page
        // running until the new one arrives, time enough for the last part to get through
        browser.driver().get("about:blank");
        network.normal();
        browser.open("/mis-videos");
        browser.waitForText(".resume-note", "Tienes una subida sin terminar: «" + title + "»");
        assertThat(browser.find("#campo-title").getAttribute("value")).isEqualTo(title);
        assertThat(browser.script("return JSON.parse(localStorage.getItem('anb.pending-upload')).uploadId"))
                .isEqualTo(uploadId);
        browser.script(COUNT_PART_PUTS);
        browser.chooseFile("#campo-video_file", TestVideos.padded(FILE_BYTES).toString());
        browser.click("form button[type=submit]");

        browser.waitForText("form .message", "Video subido correctamente. Procesamiento en curso.",
                Duration.ofSeconds(60));
        // a fresh start would send all four parts again
        assertThat(browser.script("return window.partPuts")).as("parts sent after reopening the page")
                .isEqualTo(1L);
        assertProcessed(title);
    }

    private void startUpload(String title) {
        browser.waitForText(".list-status", "Aún no has subido videos.");
        browser.type("#campo-title", title);
        browser.chooseFile("#campo-video_file", TestVideos.padded(FILE_BYTES).toString());
        browser.click("form button[type=submit]");
    }

    private void assertProcessed(String title) {
        assertThat(browser.find("progress").getAttribute("value")).isEqualTo("100");
        browser.waitForText(".video-row .video-title", title);
        UUID videoId = UUID.fromString(browser.find(".video-row").getAttribute("data-video-id"));
        browser.waitForText(".video-row [data-status]", "Publicado", PROCESSING);
        assertThat(jdbc.sql("SELECT status FROM videos WHERE id = :id").param("id", videoId)
                .query(String.class).single()).isEqualTo("processed");
        assertThat(jdbc.sql("SELECT count(*) FROM direct_uploads WHERE owner_id = :owner")
                .param("owner", player.userId()).query(Long.class).single()).isZero();
        assertThat(browser.script("return localStorage.getItem('anb.pending-upload')")).isNull();
    }

    private void waitForProgressAtLeast(int percent) {
        browser.waitUntil(d -> progress() >= percent, Duration.ofSeconds(30), "the upload never reached " + percent
                + " %");
    }

    private int progress() {
        return ((Number) browser.script("return Number(document.querySelector('#progreso-subida').value)"))
                .intValue();
    }
}
