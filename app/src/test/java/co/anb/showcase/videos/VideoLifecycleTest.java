package co.anb.showcase.videos;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.local.MigratedDatabase;
import co.anb.showcase.nodecache.NodeCaches;
import co.anb.showcase.videos.VideoLifecycle.Claim;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The guarded status changes and the lease the worker works under, against the real database and without an
 * application context. {@code VideoPublished} goes to no listener here: who reacts to it is other modules' business.
 */
class VideoLifecycleTest {

    final JdbcClient jdbc = MigratedDatabase.jdbc();
    final VideoCopies copies = new VideoCopies(new NodeCaches(jdbc));
    final VideoLifecycle lifecycle = new VideoLifecycle(jdbc, event -> { }, copies);
    final VideoRepository repository = new VideoRepository(jdbc, copies);

    UUID ownerId;

    @BeforeEach
    void setUp() {
        ownerId = new Fixtures(jdbc).user().city("Pasto").insert();
    }

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final Instant LEASE_END = NOW.plusSeconds(60);

    @Test
    void theHolderPublishesWithDeterministicKeys() {
        UUID id = newVideo();
        UUID holder = UUID.randomUUID();

        assertThat(lifecycle.claim(id, holder, NOW, LEASE_END)).isEqualTo(Claim.CLAIMED);
        assertThat(lifecycle.markProcessed(id, holder, NOW)).isTrue();

        Video video = repository.findById(id).orElseThrow();
        assertThat(video.status()).isEqualTo(VideoStatus.PROCESSED);
        assertThat(video.processedKey()).isEqualTo("processed/" + id + ".mp4");
        assertThat(video.thumbnailKey()).isEqualTo("thumbnails/" + id + ".jpg");
        assertThat(video.processedAt()).isEqualTo(NOW);
        cleanUp(id);
    }

    @Test
    void aSecondDeliveryWaitsWhileTheLeaseIsLiveAndTakesOverOnceItLapses() {
        UUID id = newVideo();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        lifecycle.claim(id, first, NOW, LEASE_END);

        assertThat(lifecycle.claim(id, second, NOW.plusSeconds(30), LEASE_END.plusSeconds(30)))
                .isEqualTo(Claim.HELD_ELSEWHERE);
        assertThat(lifecycle.markProcessed(id, second, NOW)).as("only the holder publishes").isFalse();

        assertThat(lifecycle.claim(id, second, LEASE_END.plusSeconds(1), LEASE_END.plusSeconds(61)))
                .as("the first worker died: its lease lapsed").isEqualTo(Claim.CLAIMED);
        assertThat(lifecycle.renew(id, first, LEASE_END.plusSeconds(90))).as("the old holder lost it").isFalse();
        assertThat(lifecycle.markProcessed(id, first, NOW)).isFalse();
        assertThat(lifecycle.markProcessed(id, second, NOW)).isTrue();
        assertThat(jdbc.sql("SELECT attempts FROM videos WHERE id = :id").param("id", id).query(Integer.class)
                .single()).isEqualTo(2);
        cleanUp(id);
    }

    @Test
    void aReleasedVideoCanBeClaimedAtOnceAndFailsWithItsLastError() {
        UUID id = newVideo();
        UUID holder = UUID.randomUUID();
        lifecycle.claim(id, holder, NOW, LEASE_END);
        assertThat(lifecycle.markFailed(id, "Se rindió.", NOW)).as("not while a worker holds it").isFalse();

        lifecycle.release(id, holder, "FFmpeg no pudo procesar el video.");

        assertThat(lifecycle.status(id)).contains(VideoStatus.PROCESSING);
        assertThat(lifecycle.markFailed(id, "Se rindió.", NOW)).isTrue();
        Video video = repository.findById(id).orElseThrow();
        assertThat(video.status()).isEqualTo(VideoStatus.FAILED);
        assertThat(video.failureReason()).isEqualTo("Se rindió. Último error: FFmpeg no pudo procesar el video.");
        assertThat(lifecycle.claim(id, holder, NOW, LEASE_END)).as("failed is final").isEqualTo(Claim.FINISHED);
        cleanUp(id);
    }

    @Test
    void aPublishedVideoStaysPublished() {
        UUID id = newVideo();
        UUID holder = UUID.randomUUID();
        lifecycle.claim(id, holder, NOW, LEASE_END);
        lifecycle.markProcessed(id, holder, NOW);

        assertThat(lifecycle.claim(id, UUID.randomUUID(), NOW, LEASE_END)).isEqualTo(Claim.FINISHED);
        assertThat(lifecycle.markFailed(id, "tarde", LEASE_END.plusSeconds(600))).isFalse();
        assertThat(lifecycle.markProcessed(id, holder, NOW)).isFalse();
        assertThat(repository.findById(id).orElseThrow().status()).isEqualTo(VideoStatus.PROCESSED);
        cleanUp(id);
    }

    @Test
    void aDeletedVideoIsGone() {
        UUID gone = UUID.randomUUID();
        UUID holder = UUID.randomUUID();

        assertThat(lifecycle.claim(gone, holder, NOW, LEASE_END)).isEqualTo(Claim.GONE);
        assertThat(lifecycle.renew(gone, holder, LEASE_END)).isFalse();
        assertThat(lifecycle.markProcessed(gone, holder, NOW)).isFalse();
        assertThat(lifecycle.markFailed(gone, "x", NOW)).isFalse();
        assertThat(lifecycle.status(gone)).isEmpty();
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
