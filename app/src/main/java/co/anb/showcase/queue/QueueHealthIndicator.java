package co.anb.showcase.queue;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Part of readiness, not liveness: with the queue down the api still accepts uploads (the outbox holds the jobs),
 * but an operator should see it, and a worker cannot work.
 */
@Component("queue")
class QueueHealthIndicator implements HealthIndicator {

    private final SqsClient sqs;
    private final QueueProperties queue;

    QueueHealthIndicator(SqsClient sqs, QueueProperties queue) {
        this.sqs = sqs;
        this.queue = queue;
    }

    @Override
    public Health health() {
        try {
            String visible = sqs.getQueueAttributes(request -> request.queueUrl(queue.url())
                            .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                    .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
            return Health.up().withDetail("visibleMessages", visible).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", String.valueOf(e.getMessage())).build();
        }
    }
}
