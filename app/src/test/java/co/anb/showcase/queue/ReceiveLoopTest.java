package co.anb.showcase.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.anb.showcase.videos.StackClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The receive loop against the local stack's real ElasticMQ, with a queue pair of each test's own (redrive after
 * three receives, as in production) and second-scale timings, and handlers written in the test. No application
 * context: this is the queue module alone.
 */
class ReceiveLoopTest {

    private static final QueueConsumer.Timings QUICK = new QueueConsumer.Timings(Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofMillis(500));

    private final SqsClient sqs = StackClients.sqs();
    private final String dlqUrl = sqs.createQueue(q -> q.queueName("loop-test-dlq-" + UUID.randomUUID())).queueUrl();
    private final String queueUrl = createQueueDeadLetteringTo(dlqUrl);
    private final List<JobDelivery> deliveries = new CopyOnWriteArrayList<>();
    private final List<Integer> notAJobReceives = new CopyOnWriteArrayList<>();
    private QueueConsumers consumers;

    @AfterEach
    void stopConsumers() {
        if (consumers != null && consumers.isRunning()) {
            consumers.stop();
        }
    }

    @Test
    void aHandledJobIsDeletedAndItsJobAndReceiveCountReachTheHandler() {
        ProcessingJob job = send();
        run(2, delivery -> Outcome.deleteMessage());

        await().atMost(Duration.ofSeconds(10)).until(() -> messages(queueUrl) == 0 && deliveries.size() == 1);
        assertThat(deliveries.get(0).job()).isEqualTo(job);
        assertThat(deliveries.get(0).receiveCount()).isEqualTo(1);
    }

    @Test
    void aRedeliveredJobComesBackWithItsReceiveCountAndGoesToTheDeadLetterQueueAfterTheThird() {
        send();
        run(1, delivery -> delivery.receiveCount() < 3 ? Outcome.redeliverAfter(Duration.ofSeconds(1))
                : Outcome.redeliverNow());

        await().atMost(Duration.ofSeconds(20)).until(() -> messages(dlqUrl) == 1 && messages(queueUrl) == 0);
        assertThat(deliveries).extracting(JobDelivery::receiveCount).containsExactly(1, 2, 3);
    }

    @Test
    void theHeartbeatKeepsAJobLongerThanTheVisibilityTimeoutFromASecondConsumerThread() {
        send();
        run(2, delivery -> {
            sleep(Duration.ofSeconds(5));
            return Outcome.deleteMessage();
        });

        await().atMost(Duration.ofSeconds(15)).until(() -> messages(queueUrl) == 0);
        assertThat(deliveries).as("delivered once, though it ran 2.5 visibility timeouts").hasSize(1);
    }

    @Test
    void aFailedKeepAliveCheckInterruptsTheHandler() {
        send();
        List<Boolean> seen = new CopyOnWriteArrayList<>();
        run(1, delivery -> {
            delivery.keepAlive(() -> false);
            seen.add(!sleep(Duration.ofSeconds(10)));
            delivery.workEnded();
            seen.add(delivery.lost());
            seen.add(Thread.currentThread().isInterrupted());
            return Outcome.deleteMessage();
        });

        await().atMost(Duration.ofSeconds(5)).until(() -> messages(queueUrl) == 0);
        assertThat(seen).as("interrupted, lost, interrupt still pending after workEnded")
                .containsExactly(true, true, false);
    }

    @Test
    void aJobStillRunningWhenTheDrainTimeRunsOutIsCutShortAndHandedBackAtOnce() {
        send();
        CountDownLatch started = new CountDownLatch(1);
        run(1, delivery -> {
            started.countDown();
            sleep(Duration.ofSeconds(30));
            return delivery.cutShortByShutdown() ? Outcome.redeliverNow() : Outcome.deleteMessage();
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> started.getCount() == 0);

        long stopping = System.nanoTime();
        consumers.stop();

        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(4));
        assertThat(visibleMessages(queueUrl)).as("visible again at once").isEqualTo(1);
    }

    @Test
    void aMessageThatIsNotAJobGoesToTheHandlersNotAJobWithItsReceiveCount() {
        sqs.sendMessage(send -> send.queueUrl(queueUrl).messageBody("{\"task_id\": null}"));
        run(1, delivery -> Outcome.deleteMessage());

        await().atMost(Duration.ofSeconds(15)).until(() -> messages(dlqUrl) == 1);
        assertThat(notAJobReceives).containsExactly(1, 2, 3);
        assertThat(deliveries).isEmpty();
    }

    private void run(int concurrency, Function<JobDelivery, Outcome> handle) {
        JobHandler handler = new JobHandler() {
            @Override
            public Outcome handle(JobDelivery delivery) {
                deliveries.add(delivery);
                return handle.apply(delivery);
            }

            @Override
            public Outcome notAJob(int receiveCount) {
                notAJobReceives.add(receiveCount);
                return Outcome.redeliverNow();
            }
        };
        var beans = new StaticListableBeanFactory(Map.of("consumer",
                new QueueConsumer("Test consumer", queueUrl, concurrency, QUICK, handler)));
        consumers = new QueueConsumers(sqs, beans.getBeanProvider(QueueConsumer.class));
        consumers.start();
    }

    private ProcessingJob send() {
        ProcessingJob job = new ProcessingJob(UUID.randomUUID(), UUID.randomUUID(), "uploads/x.mp4", Instant.now());
        sqs.sendMessage(send -> send.queueUrl(queueUrl).messageBody(job.toJson()));
        return job;
    }

    private String createQueueDeadLetteringTo(String deadLetterUrl) {
        String dlqArn = sqs.getQueueAttributes(get -> get.queueUrl(deadLetterUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        return sqs.createQueue(q -> q.queueName("loop-test-" + UUID.randomUUID()).attributes(Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, "2",
                QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"%s\",\"maxReceiveCount\":\"3\"}".formatted(dlqArn)))).queueUrl();
    }

    private int messages(String url) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(get -> get.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private int visibleMessages(String url) {
        return Integer.parseInt(sqs.getQueueAttributes(get -> get.queueUrl(url)
                        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes()
                .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
    }

    /** @return false if interrupted, as a cancelled job would be */
    private static boolean sleep(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
