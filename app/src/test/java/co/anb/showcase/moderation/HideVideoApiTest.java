package co.anb.showcase.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.PublicFixtures;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Staff hide a video: it leaves the gallery, the rankings and the published view at once (the caches are evicted,
 * not left to expire), cannot be voted on, and its owner sees it hidden with the reason; unhiding brings it all back.
 */
@IntegrationTest
class HideVideoApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    PublicFixtures fixtures;
    StaffCalls staff;

    @BeforeEach
    void setUp() {
        ApiClient api = new ApiClient(port);
        fixtures = new PublicFixtures(api, jdbc);
        staff = new StaffCalls(api, api.staffToken());
    }

    @Test
    void aHiddenVideoLeavesEveryPublicReadAndComesBackWhenShown() {
        String city = PublicFixtures.uniqueCity("Pasto");
        ApiClient.Session owner = fixtures.player(city, "Dueña", "Oculta");
        UUID hidden = fixtures.processedVideo(owner.userId(), "Clavada", Instant.now(), 4);
        UUID other = fixtures.processedVideo(fixtures.player(city, "Otro", "Jugador").userId(), "Triple",
                Instant.now(), 1);
        String voter = fixtures.player(city).token();
        assertThat(staff.gallery(city)).containsOnlyKeys(hidden.toString(), other.toString());
        assertThat(staff.ranking(city)).containsEntry("Dueña Oculta", 4L);

        ApiClient.Response hide = staff.hide(hidden, "  Contenido que no es del jugador  ");
        assertThat(hide.status()).isEqualTo(200);
        assertThat(hide.json().get("video_id").asString()).isEqualTo(hidden.toString());
        assertThat(hide.json().get("hidden").asBoolean()).isTrue();
        assertThat(hide.json().get("hidden_reason").asString()).isEqualTo("Contenido que no es del jugador");
        assertThat(Instant.parse(hide.json().get("hidden_at").asString())).isBeforeOrEqualTo(Instant.now());

        assertThat(staff.gallery(city)).as("gallery cache evicted").containsOnlyKeys(other.toString());
        assertThat(staff.ranking(city)).as("rankings cache evicted").doesNotContainKey("Dueña Oculta");
        assertThat(publishedViewHas(hidden)).isFalse();
        ApiClient.Response vote = staff.vote(hidden, voter);
        assertThat(vote.status()).isEqualTo(404);
        assertThat(vote.json().get("code").asString()).isEqualTo("not_found");
        assertThat(fixtures.votesCounter(hidden)).isEqualTo(4);

        JsonNode mine = find(staff.api().get("/api/videos", owner.token()).json(), hidden);
        assertThat(mine.get("hidden").asBoolean()).isTrue();
        assertThat(mine.get("hidden_reason").asString()).isEqualTo("Contenido que no es del jugador");
        assertThat(mine.get("status").asString()).isEqualTo("processed");
        JsonNode detail = staff.api().get("/api/videos/" + hidden, owner.token()).json();
        assertThat(detail.get("hidden").asBoolean()).isTrue();
        assertThat(detail.get("hidden_reason").asString()).isEqualTo("Contenido que no es del jugador");
        JsonNode queued = find(staff.api().get("/api/staff/videos?hidden=true&limit=100", staff.staff()).json()
                .get("items"), hidden);
        assertThat(queued.get("player").asString()).isEqualTo("Dueña Oculta");
        assertThat(queued.get("email").asString()).isEqualTo(owner.email());
        assertThat(queued.get("city").asString()).isEqualTo(city);
        assertThat(queued.get("votes").asInt()).isEqualTo(4);
        assertThat(queued.get("processed_url").asString()).endsWith("/media/processed/" + hidden + ".mp4");

        ApiClient.Response unhide = staff.unhide(hidden);
        assertThat(unhide.status()).isEqualTo(200);
        assertThat(unhide.json().get("hidden").asBoolean()).isFalse();
        assertThat(unhide.json().get("hidden_reason").isNull()).isTrue();
        assertThat(staff.gallery(city)).containsOnlyKeys(hidden.toString(), other.toString());
        assertThat(staff.ranking(city)).containsEntry("Dueña Oculta", 4L);
        assertThat(staff.vote(hidden, voter).status()).isEqualTo(200);
        assertThat(fixtures.votesCounter(hidden)).isEqualTo(5);
        assertThat(find(staff.api().get("/api/videos", owner.token()).json(), hidden).get("hidden").asBoolean())
                .isFalse();

        List<JsonNode> audit = staff.audit("video:" + hidden);
        assertThat(audit).extracting(entry -> entry.get("action").asString())
                .containsExactly("unhide_video", "hide_video");
        assertThat(audit.get(1).get("reason").asString()).isEqualTo("Contenido que no es del jugador");
    }

    @Test
    void theQueueListsProcessedVideosNewestFirstAndFiltersByHidden() {
        String city = PublicFixtures.uniqueCity("Tunja");
        UUID owner = fixtures.player(city).userId();
        UUID shown = fixtures.processedVideo(owner);
        UUID hidden = fixtures.processedVideo(owner);
        fixtures.unpublishedVideo(owner, "processing", 0);
        assertThat(staff.hide(hidden, "Spam").status()).isEqualTo(200);

        JsonNode visible = staff.api().get("/api/staff/videos?hidden=false&limit=100", staff.staff()).json();
        assertThat(ids(visible.get("items"))).contains(shown.toString()).doesNotContain(hidden.toString());
        JsonNode all = staff.api().get("/api/staff/videos?page=1&limit=2", staff.staff()).json();
        assertThat(all.get("page").asInt()).isEqualTo(1);
        assertThat(all.get("limit").asInt()).isEqualTo(2);
        assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(all.get("items").size()).isEqualTo(2);
        assertThat(all.get("items").get(0).get("uploaded_at").asString())
                .isGreaterThanOrEqualTo(all.get("items").get(1).get("uploaded_at").asString());
        assertThat(staff.api().get("/api/staff/videos?hidden=quizas", staff.staff()).json().get("code").asString())
                .isEqualTo("invalid_parameter");
        assertThat(staff.api().get("/api/staff/videos?limit=1000", staff.staff()).status()).isEqualTo(400);
    }

    private boolean publishedViewHas(UUID video) {
        return jdbc.sql("SELECT count(*) FROM published_videos WHERE id = :id").param("id", video)
                .query(Long.class).single() > 0;
    }

    private static JsonNode find(JsonNode videos, UUID id) {
        return StreamSupport.stream(videos.spliterator(), false)
                .filter(video -> video.get("video_id").asString().equals(id.toString()))
                .findFirst().orElseThrow(() -> new AssertionError(id + " not in " + videos));
    }

    private static List<String> ids(JsonNode videos) {
        return StreamSupport.stream(videos.spliterator(), false).map(v -> v.get("video_id").asString()).toList();
    }
}
