package co.anb.showcase.voting;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Public reads are cacheable by clients and the CDN: a short shared lifetime, ETags and 304s; personal ones not. */
@IntegrationTest
class PublicReadCachingTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;
    Fixtures fixtures;
    String city;
    UUID videoId;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new Fixtures(api, jdbc);
        city = Fixtures.uniqueCity("Neiva");
        videoId = fixtures.video(fixtures.user().city(city).insert()).published().insert();
    }

    @Test
    void anUnchangedListingOrRankingRevalidatesWithA304() throws Exception {
        for (String path : new String[] {"/api/public/videos?city=", "/api/public/rankings?city="}) {
            HttpResponse<String> first = get(path + city.replace(" ", "%20"), null, null);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control").orElseThrow())
                    .contains("public", "max-age=5", "stale-while-revalidate=30");
            String etag = first.headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> again = get(path + city.replace(" ", "%20"), etag, null);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
    }

    @Test
    void aVoteShowsInTheCachedListingAtOnceAndTheEtagChanges() throws Exception {
        ApiClient.Session fan = fixtures.player(city);
        HttpResponse<String> before = get("/api/public/videos?city=" + city.replace(" ", "%20"), null, null);
        assertThat(api.postJson("/api/public/videos/" + videoId + "/vote", fan.token(), null).status())
                .isEqualTo(200);

        HttpResponse<String> after = get("/api/public/videos?city=" + city.replace(" ", "%20"),
                before.headers().firstValue("ETag").orElseThrow(), null);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("\"votes\":1");
    }

    @Test
    void aListingWithTheViewersOwnVotesIsPrivate() throws Exception {
        ApiClient.Session fan = fixtures.player(city);
        api.postJson("/api/public/videos/" + videoId + "/vote", fan.token(), null);

        HttpResponse<String> mine = get("/api/public/videos?city=" + city.replace(" ", "%20"), null, fan.token());
        assertThat(mine.headers().firstValue("Cache-Control").orElseThrow()).contains("private", "no-cache");
        assertThat(mine.body()).contains("\"voted_by_me\":true");
        HttpResponse<String> anonymous = get("/api/public/videos?city=" + city.replace(" ", "%20"), null, null);
        assertThat(anonymous.body()).doesNotContain("voted_by_me");
    }

    private HttpResponse<String> get(String path, String ifNoneMatch, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
