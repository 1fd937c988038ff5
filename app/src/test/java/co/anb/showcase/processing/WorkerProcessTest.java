package co.anb.showcase.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.anb.showcase.WorkerIntegrationTest;
import co.anb.showcase.local.LocalStack;
import co.anb.showcase.media.TestVideos;
import co.anb.showcase.videos.StackClients;
import co.anb.showcase.videos.VideoKeys;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.json.JsonMapper;

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

    UUID ownerId;

    @BeforeEach
    void setUp() {
        ownerId = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO users (id, first_name, last_name, email, password_hash, city, country)
                        VALUES (:id, 'Proceso', 'Trabajador', :email, 'not-a-hash', 'Tunja', 'Colombia')""")
                .param("id", ownerId).param("email", "worker-" + ownerId + "@example.com").update();
    }

    @Test
    void aJobWhoseWorkerWasKilledIsRedeliveredAndEndsProcessedOnce() throws Exception {
        UUID videoId = queuedVideo();
        try (WorkerProcess first = WorkerProcess.start("killed")) {
            awaitStatus(videoId, "processing", STARTUP_AND_CLAIM, first);
            first.kill();
        }
        assertThat(status(videoId)).as("the dead worker left it half done").isEqualTo("processing");

        try (WorkerProcess second = WorkerProcess.start("after-kill")) {
            // the message reappears once the dead worker's last heartbeat lapses, and so does its lease
            awaitStatus(videoId, "processed", PROCESSING, second);
            await().atMost(Duration.ofSeconds(20)).until(() -> messages(QUEUE_URL) == 0);
            assertThat(second.stop(Duration.ofSeconds(30))).isTrue();
        }
        assertThat(row(videoId).get("attempts")).isEqualTo(2);
        assertThat(StackClients.exists(VideoKeys.processed(videoId))).isTrue();
        assertThat(messages(DLQ_URL)).isZero();
    }

    @Test
    void aStoppedWorkerFinishesItsRunningJobBeforeItExits() throws Exception {
        UUID videoId = queuedVideo();
        try (WorkerProcess worker = WorkerProcess.start("drained")) {
            awaitStatus(videoId, "processing", STARTUP_AND_CLAIM, worker);

            assertThat(worker.stop(Duration.ofSeconds(60))).as("exits within its shutdown timeout").isTrue();

            assertThat(status(videoId)).as(worker.log()).isEqualTo("processed");
            assertThat(worker.log()).contains("Worker stopped");
        }
        assertThat(row(videoId).get("attempts")).isEqualTo(1);
        assertThat(messages(QUEUE_URL)).isZero();
    }

    @Test
    void aWorkerStoppedPastItsShutdownTimeoutHandsTheJobBackAtOnce() throws Exception {
        UUID videoId = queuedVideo();
        try (WorkerProcess worker = WorkerProcess.start("handed-back", "--anb.worker.shutdown-timeout=0s")) {
            awaitStatus(videoId, "processing", STARTUP_AND_CLAIM, worker);

            assertThat(worker.stop(Duration.ofSeconds(30))).isTrue();

            assertThat(row(videoId).get("lease_holder")).as("lease released").isNull();
            assertThat(visibleMessages(QUEUE_URL)).as("visible again at once, not after the visibility timeout")
                    .isEqualTo(1);
        }
        try (WorkerProcess next = WorkerProcess.start("after-hand-back")) {
            awaitStatus(videoId, "processed", PROCESSING, next);
            next.stop(Duration.ofSeconds(30));
        }
        assertThat(row(videoId).get("attempts")).isEqualTo(2);
    }

    /** A video as an upload leaves it (row, original in the store) and its job on the worker-process queue. */
    private UUID queuedVideo() {
        UUID videoId = UUID.randomUUID();
        UUID taskId = UUID.randomUUID();
        StackClients.s3().putObject(put -> put.bucket(LocalStack.BUCKET).key(VideoKeys.original(videoId)),
                RequestBody.fromFile(TestVideos.landscape1080p45s()));
        jdbc.sql("""
                        INSERT INTO videos (id, owner_id, task_id, title, status, original_key, uploaded_at)
                        VALUES (:id, :owner, :task, 'Proceso', 'uploaded', :key, :at)""")
                .param("id", videoId).param("owner", ownerId).param("task", taskId)
                .param("key", VideoKeys.original(videoId)).param("at", Instant.now().atOffset(ZoneOffset.UTC))
                .update();
        String job = JsonMapper.builder().build().writeValueAsString(Map.of("video_id", videoId.toString(),
                "task_id", taskId.toString(), "original_key", VideoKeys.original(videoId),
                "created_at", Instant.now().toString()));
        StackClients.sqs().sendMessage(send -> send.queueUrl(QUEUE_URL).messageBody(job));
        return videoId;
    }

    private void awaitStatus(UUID videoId, String expected, Duration atMost, WorkerProcess worker) {
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> expected.equals(status(videoId)));
        } catch (RuntimeException e) {
            throw new AssertionError("video never became " + expected + "; worker log:\n" + worker.log(), e);
        }
    }

    private String status(UUID videoId) {
        return jdbc.sql("SELECT status FROM videos WHERE id = :id").param("id", videoId).query(String.class)
                .optional().orElse("gone");
    }

    private Map<String, Object> row(UUID videoId) {
        return jdbc.sql("SELECT * FROM videos WHERE id = :id").param("id", videoId).query().singleRow();
    }

    private static int visibleMessages(String queueUrl) {
        return Integer.parseInt(StackClients.sqs().getQueueAttributes(get -> get.queueUrl(queueUrl)
                        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes()
                .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
    }

    private static int messages(String queueUrl) {
        Map<QueueAttributeName, String> attributes = StackClients.sqs().getQueueAttributes(get -> get
                .queueUrl(queueUrl).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }
}
