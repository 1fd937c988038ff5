package co.anb.showcase.videos;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The guarded status changes the worker will make, against the real database. */
@IntegrationTest
class VideoLifecycleTest {

    @LocalServerPort
    int port;
    @Autowired
    VideoLifecycle lifecycle;
    @Autowired
    VideoRepository repository;
    @Autowired
    JdbcClient jdbc;

    UUID ownerId;

    @BeforeEach
    void setUp() {
        ownerId = new ApiClient(port).newPlayer("Pasto").userId();
    }

    @Test
    void happyPathPublishesWithDeterministicKeys() {
        UUID id = newVideo();
        Instant at = Instant.parse("2026-11-23T12:00:00Z");

        assertThat(lifecycle.markProcessing(id)).isTrue();
        assertThat(lifecycle.markProcessing(id)).as("a redelivered job starts again").isTrue();
        assertThat(lifecycle.markProcessed(id, at)).isTrue();

        Video video = repository.findById(id).orElseThrow();
        assertThat(video.status()).isEqualTo(VideoStatus.PROCESSED);
        assertThat(video.processedKey()).isEqualTo("processed/" + id + ".mp4");
        assertThat(video.thumbnailKey()).isEqualTo("thumbnails/" + id + ".jpg");
        assertThat(video.processedAt()).isEqualTo(at);
        cleanUp(id);
    }

    @Test
    void publishedVideoStaysPublished() {
        UUID id = newVideo();
        lifecycle.markProcessing(id);
        lifecycle.markProcessed(id, Instant.now());

        assertThat(lifecycle.markProcessing(id)).isFalse();
        assertThat(lifecycle.markFailed(id, "tarde")).isFalse();
        assertThat(lifecycle.markProcessed(id, Instant.now())).isFalse();
        assertThat(repository.findById(id).orElseThrow().status()).isEqualTo(VideoStatus.PROCESSED);
        cleanUp(id);
    }

    @Test
    void onlyAVideoBeingProcessedCanBePublished() {
        UUID id = newVideo();

        assertThat(lifecycle.markProcessed(id, Instant.now())).isFalse();
        assertThat(lifecycle.markFailed(id, "ffmpeg falló")).isTrue();
        assertThat(lifecycle.markProcessing(id)).as("failed is final").isFalse();
        Video video = repository.findById(id).orElseThrow();
        assertThat(video.status()).isEqualTo(VideoStatus.FAILED);
        assertThat(video.failureReason()).isEqualTo("ffmpeg falló");
        cleanUp(id);
    }

    @Test
    void aDeletedVideoCannotMove() {
        UUID gone = UUID.randomUUID();

        assertThat(lifecycle.markProcessing(gone)).isFalse();
        assertThat(lifecycle.markProcessed(gone, Instant.now())).isFalse();
        assertThat(lifecycle.markFailed(gone, "x")).isFalse();
    }

    private UUID newVideo() {
        UUID id = UUID.randomUUID();
        repository.insert(Video.uploaded(id, ownerId, UUID.randomUUID(), "Ciclo de vida", Instant.now()));
        return id;
    }

    /** These rows have no stored files; published ones cannot go through the API, so they go here. */
    private void cleanUp(UUID id) {
        jdbc.sql("DELETE FROM videos WHERE id = :id").param("id", id).update();
    }
}
