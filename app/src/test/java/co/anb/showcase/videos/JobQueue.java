package co.anb.showcase.videos;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes the tests' own jobs off the shared processing queue, so they do not linger for other tests (or a worker).
 * Messages of other videos are put back at once (visibility 0); each receive still counts toward the queue's
 * redrive limit, so this suits a queue that holds (mostly) the tests' own jobs, as it does while they run.
 */
final class JobQueue {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JobQueue() {
    }

    /** Waits for the job of this video, deletes it from the queue and returns its JSON. */
    static JsonNode take(UUID videoId) {
        return takeAll(Set.of(videoId)).get(videoId);
    }

    /** Waits until the jobs of all these videos have been received, deletes them and returns them by video id. */
    static Map<UUID, JsonNode> takeAll(Collection<UUID> videoIds) {
        Map<UUID, JsonNode> found = new HashMap<>();
        Set<UUID> wanted = new HashSet<>(videoIds);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            receiveOnce(wanted, found);
            return found.keySet().containsAll(wanted);
        });
        return found;
    }

    private static void receiveOnce(Set<UUID> wanted, Map<UUID, JsonNode> found) {
        var messages = StackClients.sqs().receiveMessage(receive -> receive.queueUrl(StackClients.queueUrl())
                .maxNumberOfMessages(10).waitTimeSeconds(1).visibilityTimeout(30)).messages();
        for (Message message : messages) {
            JsonNode job = JSON.readTree(message.body());
            UUID videoId = UUID.fromString(job.path("video_id").asString());
            if (wanted.contains(videoId)) {
                found.put(videoId, job);
                StackClients.sqs().deleteMessage(delete -> delete.queueUrl(StackClients.queueUrl())
                        .receiptHandle(message.receiptHandle()));
            } else {
                StackClients.sqs().changeMessageVisibility(change -> change.queueUrl(StackClients.queueUrl())
                        .receiptHandle(message.receiptHandle()).visibilityTimeout(0));
            }
        }
    }
}
