package co.anb.showcase.videos;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.local.LocalStack;
import co.anb.showcase.media.TestVideos;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.core.sync.RequestBody;

/** Endpoint 6 over real HTTP, plus the conditional delete that respects a concurrent publication. */
@IntegrationTest
class VideoDeleteApiTest {

    private static final UUID HOLDER = UUID.randomUUID();

    @LocalServerPort
    int port;
    @Autowired
    VideoLifecycle lifecycle;
    @Autowired
    VideoRepository repository;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    ApiClient.Session player;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        player = api.newPlayer("Cartagena");
    }

    @Test
    void deletesUploadedVideoWithItsFiles() {
        UUID videoId = upload();

        var response = api.delete("/api/videos/" + videoId, player.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("message").asString()).isEqualTo("El video ha sido eliminado exitosamente.");
        assertThat(response.json().get("video_id").asString()).isEqualTo(videoId.toString());
        assertThat(count("SELECT count(*) FROM videos WHERE id = :id", videoId)).isZero();
        assertThat(StackClients.exists(VideoKeys.original(videoId))).isFalse();
        assertThat(api.get("/api/videos/" + videoId, player.token()).status()).isEqualTo(404);
        assertThat(api.delete("/api/videos/" + videoId, player.token()).status()).isEqualTo(404);
    }

    @Test
    void deletesWhileProcessingAndTheWorkersOutputsToo() {
        UUID videoId = upload();
        assertThat(claim(videoId)).isEqualTo(VideoLifecycle.Claim.CLAIMED);
        // a worker that already wrote its outputs before the row went away
        StackClients.s3().putObject(put -> put.bucket(LocalStack.BUCKET)
                .key(VideoKeys.processed(videoId)), RequestBody.fromString("x"));
        StackClients.s3().putObject(put -> put.bucket(LocalStack.BUCKET)
                .key(VideoKeys.thumbnail(videoId)), RequestBody.fromString("x"));

        assertThat(api.delete("/api/videos/" + videoId, player.token()).status()).isEqualTo(200);

        assertThat(StackClients.exists(VideoKeys.original(videoId))).isFalse();
        assertThat(StackClients.exists(VideoKeys.processed(videoId))).isFalse();
        assertThat(StackClients.exists(VideoKeys.thumbnail(videoId))).isFalse();
    }

    @Test
    void deletesFailedVideoAndItsVotes() {
        UUID videoId = upload();
        assertThat(lifecycle.markFailed(videoId, "no se pudo procesar", Instant.now())).isTrue();
        ApiClient.Session voter = api.newPlayer("Cali");
        new Fixtures(jdbc).vote(voter.userId(), videoId);

        assertThat(api.delete("/api/videos/" + videoId, player.token()).status()).isEqualTo(200);

        assertThat(count("SELECT count(*) FROM votes WHERE video_id = :id", videoId)).isZero();
    }

    @Test
    void publishedVideoCannotBeDeleted() {
        UUID videoId = upload();
        claim(videoId);
        lifecycle.markProcessed(videoId, HOLDER, Instant.now());

        var response = api.delete("/api/videos/" + videoId, player.token());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.detail()).isEqualTo("El video ya fue publicado para votación y no se puede eliminar.");
        assertThat(count("SELECT count(*) FROM videos WHERE id = :id", videoId)).isOne();
        assertThat(StackClients.exists(VideoKeys.original(videoId))).isTrue();
        removeBehindTheApi(videoId);
    }

    @Test
    void conditionalDeleteLeavesAVideoPublishedMeanwhile() {
        UUID videoId = upload();
        claim(videoId);
        // the service read it as "processing"; a worker publishes it before the DELETE runs
        lifecycle.markProcessed(videoId, HOLDER, Instant.now());

        assertThat(repository.deleteUnlessPublished(videoId)).isEmpty();
        assertThat(count("SELECT count(*) FROM videos WHERE id = :id", videoId)).isOne();
        removeBehindTheApi(videoId);
    }

    @Test
    void someoneElsesVideoIsForbiddenAndKept() {
        UUID videoId = upload();
        ApiClient.Session stranger = api.newPlayer("Cali");

        var response = api.delete("/api/videos/" + videoId, stranger.token());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.detail()).isEqualTo("No tienes permiso para acceder a este video.");
        assertThat(count("SELECT count(*) FROM videos WHERE id = :id", videoId)).isOne();
        assertThat(api.delete("/api/videos/" + videoId, player.token()).status()).isEqualTo(200);
    }

    @Test
    void unknownOrMalformedIdIsNotFound() {
        assertThat(api.delete("/api/videos/" + UUID.randomUUID(), player.token()).status()).isEqualTo(404);
        var malformed = api.delete("/api/videos/..%2F..%2Fetc%2Fpasswd", player.token());
        assertThat(malformed.status()).isIn(400, 404);
        assertThat(api.delete("/api/videos/123", player.token()).detail()).isEqualTo("Video no encontrado.");
    }

    @Test
    void withoutTokenIsUnauthorized() {
        UUID videoId = upload();

        assertThat(api.delete("/api/videos/" + videoId, null).status()).isEqualTo(401);
        assertThat(count("SELECT count(*) FROM videos WHERE id = :id", videoId)).isOne();
        assertThat(api.delete("/api/videos/" + videoId, player.token()).status()).isEqualTo(200);
    }

    private UUID upload() {
        var response = api.upload(player.token(), TestVideos.landscape1080p21s(), "v.mp4", "Para borrar");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        UUID videoId = UUID.fromString(response.json().get("video_id").asString());
        JobQueue.take(videoId);
        return videoId;
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private void removeBehindTheApi(UUID videoId) {
        jdbc.sql("DELETE FROM videos WHERE id = :id").param("id", videoId).update();
        StackClients.s3().deleteObject(delete -> delete.bucket(LocalStack.BUCKET)
                .key(VideoKeys.original(videoId)));
    }

    /** Starts processing the way a worker does, under a lease held by {@link #HOLDER}. */
    private VideoLifecycle.Claim claim(UUID videoId) {
        return lifecycle.claim(videoId, HOLDER, Instant.now(), Instant.now().plusSeconds(60));
    }
}
