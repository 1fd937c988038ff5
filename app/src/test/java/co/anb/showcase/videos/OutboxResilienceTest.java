package co.anb.showcase.videos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import co.anb.showcase.local.LocalStack;
import co.anb.showcase.media.TestVideos;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * SPEC §4: "nothing is lost if the queue is briefly unreachable at upload time". The queue really disappears (it
 * is deleted from the SQS server, so every send fails) while a player uploads; the upload still succeeds, the job
 * waits in the outbox, and once the queue is back the relay delivers it. No mocks: the app's own SqsClient fails.
 */
@IntegrationTest
class OutboxResilienceTest {

    private static final List<QueueAttributeName> RECREATED = List.of(QueueAttributeName.VISIBILITY_TIMEOUT,
            QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS, QueueAttributeName.REDRIVE_POLICY);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void jobUploadedWhileTheQueueIsGoneIsSentWhenItComesBack() {
        ApiClient api = new ApiClient(port);
        ApiClient.Session player = api.newPlayer("Manizales");
        Map<QueueAttributeName, String> attributes = StackClients.sqs().getQueueAttributes(get -> get
                        .queueUrl(StackClients.queueUrl()).attributeNames(RECREATED)).attributes();
        UUID videoId;
        StackClients.sqs().deleteQueue(delete -> delete.queueUrl(StackClients.queueUrl()));
        try {
            var upload = api.upload(player.token(), TestVideos.landscape1080p21s(), "v.mp4", "Sin cola");
            assertThat(upload.status()).isEqualTo(201);
            videoId = UUID.fromString(upload.json().get("video_id").asString());

            await().atMost(Duration.ofSeconds(15)).until(() -> outboxRow(videoId).get("attempts") instanceof Integer
                    attempts && attempts >= 2);
            Map<String, Object> pending = outboxRow(videoId);
            assertThat(pending.get("sent_at")).isNull();
            assertThat((String) pending.get("last_error")).isNotBlank();
        } finally {
            String url = StackClients.sqs().createQueue(create -> create.queueName(LocalStack.QUEUE)
                    .attributes(attributes)).queueUrl();
            assertThat(url).isEqualTo(StackClients.queueUrl());
        }

        assertThat(JobQueue.take(videoId).get("original_key").asString()).isEqualTo(VideoKeys.original(videoId));
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxRow(videoId).get("sent_at") != null);
        assertThat(api.delete("/api/videos/" + videoId, player.token()).status()).isEqualTo(200);
    }

    private Map<String, Object> outboxRow(UUID videoId) {
        return jdbc.sql("SELECT attempts, sent_at, last_error FROM outbox WHERE video_id = :id")
                .param("id", videoId).query().singleRow();
    }
}
