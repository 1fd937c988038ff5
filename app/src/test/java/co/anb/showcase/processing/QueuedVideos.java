package co.anb.showcase.processing;

import co.anb.showcase.videos.StackClients;
import co.anb.showcase.videos.VideoKeys;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jobs sent straight to a queue for videos the fixtures put in place, and what the worker tests read back: a
 * video's row and status, a queue's message counts.
 */
final class QueuedVideos {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    QueuedVideos(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
