package co.anb.showcase.queue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param url           the processing queue (SQS_QUEUE_URL)
 * @param dlqUrl        its dead-letter queue (SQS_DLQ_URL)
 * @param relayInterval how often the relay looks for jobs a failed send left behind
 */
@ConfigurationProperties(prefix = "anb.queue")
public record QueueProperties(String url, String dlqUrl, @DefaultValue("2s") Duration relayInterval) {
}
