package co.anb.showcase.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.anb.showcase.WorkerIntegrationTest;
import co.anb.showcase.fixtures.Fixtures;
import co.anb.showcase.local.LocalStack;
import co.anb.showcase.media.TestVideos;
import co.anb.showcase.storage.ObjectStore;
import co.anb.showcase.videos.StackClients;
import co.anb.showcase.videos.VideoKeys;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Worker processes that die or are stopped mid-job. Each test runs workers in JVMs of their own on a queue no
 * other worker reads, so which process holds the job is certain. The app context only lends its database access.
 */
@WorkerIntegrationTest
class WorkerProcessTest {

    private static final Duration STARTUP_AND_CLAIM = Duration.ofSeconds(120);
    private static final Duration PROCESSING = Duration.ofSeconds(120);
    private static final String QUEUE_URL = LocalStack.shared().workerProcessProperties().get("anb.queue.url");
    private static final String DLQ_URL = LocalStack.shared().workerProcessProperties().get("anb.queue.dlq-url");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectStore store;

    UUID ownerId;
    QueuedVideos videos;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        videos = new QueuedVideos(jdbc);
        fixtures = new Fixtures(null, jdbc, store);
        ownerId = fixtures.user().named("Proceso", "Trabajador").city("Tunja").insert();
    }

    @Test
    void aJobWhoseWorkerWasKilledIsRedeliveredAndEndsProcessedOnce() throws Exception {
        UUID videoId = queuedVideo();
        try (WorkerProcess first = WorkerProcess.start("killed")) {
            awaitStatus(videoId, "processing", STARTUP_AND_CLAIM, first);
            first.kill();
        }
        assertThat(videos.status(videoId)).as("the dead worker left it half done").isEqualTo("processing");

        try (WorkerProcess second = WorkerProcess.start("after-kill")) {
            // the message reappears once the dead worker's last heartbeat lapses, and so does its lease
            awaitStatus(videoId, "processed", PROCESSING, second);
            await().atMost(Duration.ofSeconds(20)).until(() -> QueuedVideos.messages(QUEUE_URL) == 0);
            assertThat(second.stop(Duration.ofSeconds(30))).isTrue();
        }
        assertThat(videos.row(videoId).get("attempts")).isEqualTo(2);
        assertThat(StackClients.exists(VideoKeys.processed(videoId))).isTrue();
        assertThat(QueuedVideos.messages(DLQ_URL)).isZero();
    }

    @Test
    void aStoppedWorkerFinishesItsRunningJobBeforeItExits() throws Exception {
        UUID videoId = queuedVideo();
        try (WorkerProcess worker = WorkerProcess.start("drained")) {
            awaitStatus(videoId, "processing", STARTUP_AND_CLAIM, worker);

            assertThat(worker.stop(Duration.ofSeconds(60))).as("exits within its shutdown timeout").isTrue();

            assertThat(videos.status(videoId)).as(worker.log()).isEqualTo("processed");
            assertThat(worker.log()).contains("Worker stopped");
        }
        assertThat(videos.row(videoId).get("attempts")).isEqualTo(1);
        assertThat(QueuedVideos.messages(QUEUE_URL)).isZero();
    }

    @Test
    void aWorkerStoppedPastItsShutdownTimeoutHandsTheJobBackAtOnce() throws Exception {
        UUID videoId = queuedVideo();
        try (WorkerProcess worker = WorkerProcess.start("handed-back", "--anb.worker.shutdown-timeout=0s")) {
            awaitStatus(videoId, "processing", STARTUP_AND_CLAIM, worker);

            assertThat(worker.stop(Duration.ofSeconds(30))).isTrue();

            assertThat(videos.row(videoId).get("lease_holder")).as("lease released").isNull();
            assertThat(QueuedVideos.visibleMessages(QUEUE_URL))
                    .as("visible again at once, not after the visibility timeout")
                    .isEqualTo(1);
        }
        try (WorkerProcess next = WorkerProcess.start("after-hand-back")) {
            awaitStatus(videoId, "processed", PROCESSING, next);
            next.stop(Duration.ofSeconds(30));
        }
        assertThat(videos.row(videoId).get("attempts")).isEqualTo(2);
    }

    /** A video as an upload leaves it (row, original in the store) and its job on the worker-process queue. */
    private UUID queuedVideo() {
        UUID videoId = fixtures.video(ownerId).uploaded().original(TestVideos.landscape1080p45s()).insert();
        videos.send(QUEUE_URL, videoId);
        return videoId;
    }

    private void awaitStatus(UUID videoId, String expected, Duration atMost, WorkerProcess worker) {
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(100))
                    .until(() -> expected.equals(videos.status(videoId)));
        } catch (RuntimeException e) {
            throw new AssertionError("video never became " + expected + "; worker log:\n" + worker.log(), e);
        }
    }
}
