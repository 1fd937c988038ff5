package co.anb.showcase.storage;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.local.LocalStack;
import co.anb.showcase.videos.StackClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.core.sync.RequestBody;
import tools.jackson.databind.JsonNode;

/** Published media at stable URLs: the same on every listing, served with Range and a long cache lifetime. */
@IntegrationTest
class PublishedMediaTest {

    private static final String CONTENT = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;
    String city;
    UUID videoId;

    @BeforeEach
    void publishAVideoWithItsFiles() {
        api = new ApiClient(port);
        Fixtures fixtures = new Fixtures(api, jdbc);
        city = Fixtures.uniqueCity("Pasto");
        videoId = fixtures.video(fixtures.user().city(city).insert()).published().insert();
        put("processed/" + videoId + ".mp4", CONTENT);
        put("thumbnails/" + videoId + ".jpg", "jpeg-bytes");
        put("uploads/" + videoId + ".mp4", "original");
    }

    @Test
    void listingsGiveTheSameUrlEveryTimeAndItServesTheWholeFileForAYear() throws Exception {
        String first = listed().get("processed_url").asString();
        String second = listed().get("processed_url").asString();
        assertThat(first).isEqualTo(second).startsWith("http").endsWith("/media/processed/" + videoId + ".mp4");

        HttpResponse<String> file = get(first, null);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(CONTENT);
        assertThat(file.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "immutable");
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("video/mp4");
        assertThat(file.headers().firstValue("Accept-Ranges")).hasValue("bytes");

        HttpResponse<String> thumbnail = get(listed().get("thumbnail_url").asString(), null);
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(thumbnail.body()).isEqualTo("jpeg-bytes");
    }

    @Test
    void aRangeRequestGetsJustThoseBytes() throws Exception {
        HttpResponse<String> part = get(listed().get("processed_url").asString(), "bytes=10-19");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).isEqualTo("abcdefghij");
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 10-19/" + CONTENT.length());
    }

    @Test
    void onlyPublishedShapesAreReachable() throws Exception {
        String base = "http://127.0.0.1:" + port + "/media/";
        assertThat(get(base + "uploads/" + videoId + ".mp4", null).statusCode()).isEqualTo(404);
        assertThat(get(base + "processed/" + UUID.randomUUID() + ".mp4", null).statusCode()).isEqualTo(404);
        assertThat(get(base + "processed/..%2Fuploads%2F" + videoId + ".mp4", null).statusCode())
                .isBetween(400, 404);
        assertThat(get(base + "processed/" + videoId + ".mp4", "lines=1-2").statusCode()).isEqualTo(404);
        assertThat(get(base + "processed/" + videoId + ".mp4", "bytes=-").statusCode()).isEqualTo(404);
    }

    private JsonNode listed() {
        ApiClient.Response listing = api.get("/api/public/videos?city=" + city.replace(" ", "%20"), null);
        assertThat(listing.status()).isEqualTo(200);
        return listing.json().get(0);
    }

    private static HttpResponse<String> get(String url, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void put(String key, String content) {
        StackClients.s3().putObject(put -> put.bucket(LocalStack.BUCKET).key(key), RequestBody.fromString(content));
    }
}
