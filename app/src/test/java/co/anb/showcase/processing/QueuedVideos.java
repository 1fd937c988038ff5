package co.anb.showcase.processing;

import co.anb.showcase.local.LocalStack;
import co.anb.showcase.videos.StackClients;
import co.anb.showcase.videos.VideoKeys;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.json.JsonMapper;

/**
 * Videos put in place the way an upload leaves them (original in the store, row {@code uploaded}), jobs sent straight
 * to a queue, and what the worker tests read back: a video's row and status, a queue's message counts.
 */
final class QueuedVideos {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    QueuedVideos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A video of {@code ownerId} with {@code original} in the store and no job sent. */
    UUID store(UUID ownerId, Path original, Instant uploadedAt) {
        UUID videoId = UUID.randomUUID();
        StackClients.s3().putObject(put -> put.bucket(LocalStack.BUCKET).key(VideoKeys.original(videoId)),
                RequestBody.fromFile(original));
        jdbc.sql("""
                        INSERT INTO videos (id, owner_id, task_id, title, status, original_key, uploaded_at)
                        VALUES (:id, :owner, :task, 'Inyectado', 'uploaded', :key, :at)""")
                .param("id", videoId)
                .param("owner", ownerId)
                .param("task", UUID.randomUUID())
                .param("key", VideoKeys.original(videoId))
                .param("at", uploadedAt.atOffset(ZoneOffset.UTC))
                .update();
        return videoId;
    }

    /** The job message of SPEC §4 for a stored video. */
    String job(UUID videoId) {
        return JSON.writeValueAsString(Map.of("video_id", videoId.toString(),
                "task_id", row(videoId).get("task_id").toString(), "original_key", VideoKeys.original(videoId),
                "created_at", Instant.now().toString()));
    }

    void send(String queueUrl, UUID videoId) {
        String job = job(videoId);
        StackClients.sqs().sendMessage(send -> send.queueUrl(queueUrl).messageBody(job));
    }

    /** The video's status, or {@code gone} once deleted. */
    String status(UUID videoId) {
        return jdbc.sql("SELECT status FROM videos WHERE id = :id").param("id", videoId).query(String.class)
                .optional().orElse("gone");
    }

    Map<String, Object> row(UUID videoId) {
        return jdbc.sql("SELECT * FROM videos WHERE id = :id").param("id", videoId).query().singleRow();
    }

    /** Messages in the queue, visible or held by a worker. */
    static int messages(String queueUrl) {
        Map<QueueAttributeName, String> attributes = attributes(queueUrl);
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    static int visibleMessages(String queueUrl) {
        return Integer.parseInt(attributes(queueUrl).get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
    }

    private static Map<QueueAttributeName, String> attributes(String queueUrl) {
        return StackClients.sqs().getQueueAttributes(get -> get.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
    }
}
