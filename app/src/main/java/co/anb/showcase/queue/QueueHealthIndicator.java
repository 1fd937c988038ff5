package co.anb.showcase.queue;

import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Part of readiness, not liveness: with the queue down the api still accepts uploads (the outbox holds the jobs),
 * but an operator should see it, and a worker cannot work. The answer is kept a few seconds: readiness is public
 * (the load balancer asks it), and a flood of health checks must not become a flood of SQS calls.
 */
@Component("queue")
class QueueHealthIndicator implements HealthIndicator {

    static final Duration KEPT_FOR = Duration.ofSeconds(5);

    private final SqsClient sqs;
    private final QueueProperties queue;
    private volatile Checked last;

    QueueHealthIndicator(SqsClient sqs, QueueProperties queue) {
        this.sqs = sqs;
        this.queue = queue;
    }

    @Override
    public Health health() {
        Checked checked = last;
        long now = System.nanoTime();
        if (checked == null || now - checked.atNanos() > KEPT_FOR.toNanos()) {
            checked = new Checked(now, check());
            last = checked;
        }
        return checked.health();
    }

    private Health check() {
        try {
            String visible = sqs.getQueueAttributes(request -> request.queueUrl(queue.url())
                            .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                    .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
            return Health.up().withDetail("visibleMessages", visible).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", String.valueOf(e.getMessage())).build();
        }
    }

    private record Checked(long atNanos, Health health) {
    }
}
