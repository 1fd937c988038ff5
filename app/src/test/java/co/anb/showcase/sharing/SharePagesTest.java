package co.anb.showcase.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.local.LocalStack;
import co.anb.showcase.videos.StackClients;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.core.sync.RequestBody;

/** The share pages as a link preview reads them: their meta tags, parsed from the served HTML (#17). */
@IntegrationTest
class SharePagesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;
    Fixtures fixtures;
    String city;
    String origin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new Fixtures(api, jdbc);
        city = Fixtures.uniqueCity("Santa Marta");
        origin = "http://127.0.0.1:" + port;
    }

    @Test
    void aVideoPageCarriesThePreviewTagsAndItsImageIsAJpeg() throws Exception {
        UUID player = fixtures.user().named("Luz <b>Marina</b>", "O'Neil & \"Co\"").city(city).insert();
        UUID video = fixtures.video(player)
                .published(Instant.now()).title("Triple <script>alert(1)</script>").votes(1234).insert();
        storeFiles(video);

        var response = api.get("/v/" + video, null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(response.header("Cache-Control")).isEqualTo("max-age=60, public");
        Document page = Jsoup.parse(response.body(), origin);
        String name = "Luz <b>Marina</b> O'Neil & \"Co\"";
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.selectFirst("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(page.title()).isEqualTo("Triple <script>alert(1)</script> · " + name);
        assertThat(meta(page, "og:title")).isEqualTo(page.title());
        assertThat(meta(page, "og:description")).contains(name, city, "1.234 votos");
        assertThat(meta(page, "og:type")).isEqualTo("video.other");
        assertThat(meta(page, "og:url")).isEqualTo(origin + "/v/" + video);
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(origin + "/v/" + video);
        assertThat(meta(page, "og:video")).isEqualTo(origin + "/media/processed/" + video + ".mp4");
        assertThat(meta(page, "og:image")).isEqualTo(origin + "/media/thumbnails/" + video + ".jpg");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        // what players typed stays text: no element comes out of it
        assertThat(page.select("script, b")).isEmpty();
        assertThat(page.selectFirst("video[controls]").attr("src")).isEqualTo(meta(page, "og:video"));
        assertThat(page.selectFirst(".share-player").text()).isEqualTo(name + " · " + city);
        assertThat(page.selectFirst(".votes").text()).isEqualTo("1.234 votos");
        assertThat(page.selectFirst("a.vote-link").text()).isEqualTo("Votar");
        assertThat(page.selectFirst("a.vote-link").attr("href")).isEqualTo("/#/votar/" + video);

        HttpResponse<byte[]> image = HTTP.send(HttpRequest.newBuilder(URI.create(meta(page, "og:image"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertThat(decoded.getWidth()).isEqualTo(640);
        HttpResponse<Void> clip = HTTP.send(HttpRequest.newBuilder(URI.create(meta(page, "og:video"))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(clip.statusCode()).isEqualTo(200);
    }

    @Test
    void aPlayerPageListsTheirPublishedVideosAndTotalVotes() {
        UUID player = fixtures.user().named("Nico", "Vélez").city(city).insert();
        UUID best = fixtures.video(player).published(Instant.now()).title("Clavada").votes(7).insert();
        UUID other = fixtures.video(player).published(Instant.now()).title("Robo").votes(1).insert();
        fixtures.video(player).processing().votes(40).insert();

        var response = api.get("/jugadores/" + player, null);

        assertThat(response.status()).isEqualTo(200);
        Document page = Jsoup.parse(response.body(), origin);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Nico Vélez");
        assertThat(page.selectFirst(".total-votes").text()).isEqualTo("8 votos");
        assertThat(page.select(".share-video h2").eachText()).containsExactly("Clavada", "Robo");
        assertThat(page.select(".share-video a.vote-link").eachAttr("href"))
                .containsExactly("/#/votar/" + best, "/#/votar/" + other);
        assertThat(meta(page, "og:url")).isEqualTo(origin + "/jugadores/" + player);
        assertThat(meta(page, "og:description")).contains("Nico Vélez", city, "8 votos", "2 videos");
        assertThat(meta(page, "og:image")).isEqualTo(origin + "/media/thumbnails/" + best + ".jpg");
        assertThat(meta(page, "og:type")).isEqualTo("video.other");
    }

    @Test
    void unknownMalformedOrUnpublishedIdsGetASpanishHtmlNotFoundPage() {
        UUID owner = fixtures.user().named("Olga", "Ruiz").city(city).insert();
        UUID failed = fixtures.video(owner).failed().votes(0).insert();
        UUID withoutVideos = fixtures.user().named("Pablo", "Sin Videos").city(city).insert();
        for (String path : List.of("/v/" + UUID.randomUUID(), "/v/abc", "/v/" + failed, "/v/" + owner,
                "/jugadores/" + UUID.randomUUID(), "/jugadores/xyz", "/jugadores/" + withoutVideos,
                "/jugadores/" + owner)) {
            var response = api.get(path, null);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.header("Content-Type")).as(path).isEqualTo("text/html;charset=UTF-8");
            Document page = Jsoup.parse(response.body());
            assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("es");
            assertThat(page.selectFirst("h1").text()).as(path).isEqualTo("Página no encontrada");
            assertThat(page.select("meta[property^=og:]")).as(path).isEmpty();
        }
    }

    @Test
    void aVideoStaffHideLeavesItsSharePagesAndComesBackWhenShown() {
        UUID player = fixtures.user().named("Rita", "Mora").city(city).insert();
        UUID video = fixtures.video(player).published(Instant.now()).title("Bandeja").votes(3).insert();
        String staff = api.staffToken();
        assertThat(api.get("/v/" + video, null).status()).isEqualTo(200);

        assertThat(api.postJson("/api/staff/videos/" + video + "/hide", staff,
                java.util.Map.of("reason", "Publicidad")).status()).isEqualTo(200);
        assertThat(api.get("/v/" + video, null).status()).isEqualTo(404);
        assertThat(api.get("/jugadores/" + player, null).status()).as("their only video is hidden").isEqualTo(404);

        assertThat(api.postJson("/api/staff/videos/" + video + "/unhide", staff, java.util.Map.of()).status())
                .isEqualTo(200);
        assertThat(api.get("/v/" + video, null).status()).isEqualTo(200);
    }

    private static String meta(Document page, String property) {
        var tag = page.selectFirst("meta[property=" + property + "]");
        assertThat(tag).as(property).isNotNull();
        return tag.attr("content");
    }

    /** The processed clip and a real 640×360 JPEG thumbnail at the video's keys, as the worker leaves them. */
    private static void storeFiles(UUID video) throws Exception {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
        StackClients.s3().putObject(put -> put.bucket(LocalStack.BUCKET).key("thumbnails/" + video + ".jpg")
                .contentType("image/jpeg"), RequestBody.fromBytes(jpeg.toByteArray()));
        StackClients.s3().putObject(put -> put.bucket(LocalStack.BUCKET).key("processed/" + video + ".mp4")
                .contentType("video/mp4"), RequestBody.fromString("not really an mp4"));
    }
}
