package co.anb.showcase.videos;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.media.TestVideos;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Endpoints 4 and 5 over real HTTP. */
@IntegrationTest
class VideoQueryApiTest {

    private static final UUID HOLDER = UUID.randomUUID();

    @LocalServerPort
    int port;
    @Autowired
    VideoLifecycle lifecycle;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    ApiClient.Session player;
    final List<UUID> uploaded = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        player = api.newPlayer("Barranquilla");
    }

    @AfterEach
    void cleanUp() {
        JobQueue.takeAll(uploaded);
        uploaded.forEach(id -> api.delete("/api/videos/" + id, player.token()));
    }

    @Test
    void listsOnlyMyVideosNewestFirst() {
        UUID first = upload(player, "Primero");
        UUID second = upload(player, "Segundo");
        ApiClient.Session other = api.newPlayer("Cali");
        UUID others = upload(other, "De otro");

        var response = api.get("/api/videos", player.token());

        assertThat(response.status()).isEqualTo(200);
        JsonNode list = response.json();
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0).get("video_id").asString()).isEqualTo(second.toString());
        assertThat(list.get(1).get("video_id").asString()).isEqualTo(first.toString());
        JsonNode item = list.get(0);
        // the contract's fields, and whether staff hid the video (docs/moderation.md)
        assertThat(names(item)).containsExactlyInAnyOrder("video_id", "title", "status", "uploaded_at",
                "processed_at", "processed_url", "hidden", "hidden_reason");
        assertThat(item.get("hidden").asBoolean()).isFalse();
        assertThat(item.get("title").asString()).isEqualTo("Segundo");
        assertThat(item.get("status").asString()).isEqualTo("uploaded");
        assertThat(Instant.parse(item.get("uploaded_at").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(item.get("uploaded_at").asString()).endsWith("Z");
        assertThat(item.get("processed_at").isNull()).isTrue();
        assertThat(item.get("processed_url").isNull()).isTrue();
        api.delete("/api/videos/" + others, other.token());
    }

    @Test
    void newPlayerHasNoVideos() {
        var response = api.get("/api/videos", player.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().isArray()).isTrue();
        assertThat(response.json().size()).isZero();
    }

    @Test
    void processedVideoShowsItsUrlsAndDate() {
        UUID videoId = upload(player, "Publicado");
        assertThat(claim(videoId)).isEqualTo(VideoLifecycle.Claim.CLAIMED);
        assertThat(lifecycle.markProcessed(videoId, HOLDER, Instant.parse("2026-11-23T10:00:00Z"))).isTrue();

        JsonNode item = api.get("/api/videos", player.token()).json().get(0);
        JsonNode detail = api.get("/api/videos/" + videoId, player.token()).json();

        assertThat(item.get("status").asString()).isEqualTo("processed");
        assertThat(item.get("processed_at").asString()).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(item.get("processed_url").asString()).contains("processed/" + videoId + ".mp4");
        assertThat(detail.get("thumbnail_url").asString()).contains("thumbnails/" + videoId + ".jpg");
        // published videos cannot be deleted through the API: unpublish it for the clean-up
        unpublish(videoId);
    }

    @Test
    void showsMyVideoInFull() {
        UUID videoId = upload(player, "Detalle");

        var response = api.get("/api/videos/" + videoId, player.token());

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(names(body)).containsExactlyInAnyOrder("video_id", "title", "status", "uploaded_at",
                "processed_at", "original_url", "processed_url", "thumbnail_url", "votes", "failure_reason", "hidden",
                "hidden_reason");
        assertThat(body.get("video_id").asString()).isEqualTo(videoId.toString());
        assertThat(body.get("title").asString()).isEqualTo("Detalle");
        assertThat(body.get("status").asString()).isEqualTo("uploaded");
        assertThat(body.get("original_url").asString()).contains("uploads/" + videoId + ".mp4")
                .contains("X-Amz-Signature=");
        assertThat(body.get("processed_url").isNull()).isTrue();
        assertThat(body.get("thumbnail_url").isNull()).isTrue();
        assertThat(body.get("votes").asInt()).isZero();
        assertThat(body.get("failure_reason").isNull()).isTrue();
    }

    @Test
    void failedVideoSaysWhy() {
        UUID videoId = upload(player, "Fallido");
        assertThat(lifecycle.markFailed(videoId, "El video no se pudo procesar.", Instant.now())).isTrue();

        JsonNode body = api.get("/api/videos/" + videoId, player.token()).json();

        assertThat(body.get("status").asString()).isEqualTo("failed");
        assertThat(body.get("failure_reason").asString()).isEqualTo("El video no se pudo procesar.");
    }

    @Test
    void unknownVideoIsNotFound() {
        var response = api.get("/api/videos/" + UUID.randomUUID(), player.token());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).isEqualTo("Video no encontrado.");
    }

    @Test
    void idThatIsNotAUuidIsNotFound() {
        var response = api.get("/api/videos/no-es-un-uuid", player.token());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).isEqualTo("Video no encontrado.");
    }

    @Test
    void someoneElsesVideoIsForbidden() {
        UUID videoId = upload(player, "Privado");
        ApiClient.Session stranger = api.newPlayer("Cali");

        var response = api.get("/api/videos/" + videoId, stranger.token());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.detail()).isEqualTo("No tienes permiso para acceder a este video.");
    }

    @Test
    void withoutTokenIsUnauthorized() {
        assertThat(api.get("/api/videos", null).status()).isEqualTo(401);
        assertThat(api.get("/api/videos/" + UUID.randomUUID(), null).status()).isEqualTo(401);
        assertThat(api.get("/api/videos/" + UUID.randomUUID(), "not.a.token").status()).isEqualTo(401);
    }

    private UUID upload(ApiClient.Session owner, String title) {
        var response = api.upload(owner.token(), TestVideos.landscape1080p21s(), "v.mp4", title);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        UUID videoId = UUID.fromString(response.json().get("video_id").asString());
        uploaded.add(videoId);
        return videoId;
    }

    private void unpublish(UUID videoId) {
        jdbc.sql("UPDATE videos SET status = 'failed', processed_key = NULL, thumbnail_key = NULL,"
                + " processed_at = NULL WHERE id = :id").param("id", videoId).update();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    /** Starts processing the way a worker does, under a lease held by {@link #HOLDER}. */
    private VideoLifecycle.Claim claim(UUID videoId) {
        return lifecycle.claim(videoId, HOLDER, Instant.now(), Instant.now().plusSeconds(60));
    }
}
