package co.anb.showcase.processing;

import co.anb.showcase.queue.ProcessingJob;
import co.anb.showcase.videos.VideoLifecycle;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the dead-letter queue: each job there failed on every allowed receive, so its video becomes {@code failed}
 * with a reason the player can read (the last attempt's error is appended) and the message is deleted. A message
 * that is not a job is left in the queue for an operator (the DLQ alarm fires), hidden for a day so it is not
 * read in a loop.
 */
class DeadLetterConsumer implements SmartLifecycle {

    static final String REASON = "No se pudo procesar el video tras %d intentos.";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterConsumer.class);
    private static final Duration UNREADABLE_HIDDEN_FOR = Duration.ofHours(12);
    private static final Duration QUEUE_DOWN_PAUSE = Duration.ofSeconds(5);

    private final SqsClient sqs;
    private final String dlqUrl;
    private final VideoLifecycle lifecycle;
    private final JsonMapper json;
    private final WorkerMetrics metrics;
    private final WorkerProperties properties;
    private final Clock clock;
    private volatile boolean polling;
    private Thread thread;

    DeadLetterConsumer(SqsClient sqs, String dlqUrl, VideoLifecycle lifecycle, JsonMapper json, WorkerMetrics metrics,
                       WorkerProperties properties, Clock clock) {
        this.sqs = sqs;
        this.dlqUrl = dlqUrl;
        this.lifecycle = lifecycle;
        this.json = json;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        polling = true;
        thread = new Thread(this::pollLoop, "anb-dead-letters");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        polling = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return polling;
    }

    private void pollLoop() {
        while (polling) {
            try {
                List<Message> messages = sqs.receiveMessage(request -> request.queueUrl(dlqUrl)
                        .maxNumberOfMessages(10)
                        .waitTimeSeconds((int) properties.pollWait().toSeconds())).messages();
                messages.forEach(this::handle);
            } catch (SdkException | DataAccessException e) {
                if (!polling || Thread.currentThread().isInterrupted()) {
                    return;
                }
                log.warn("Could not read the dead-letter queue or record a failure ({}); retrying in {}",
                        e.getMessage(), QUEUE_DOWN_PAUSE);
                sleep();
            }
        }
    }

    void handle(Message message) {
        ProcessingJob job = null;
        try {
            job = json.readValue(message.body(), ProcessingJob.class);
        } catch (JacksonException e) {
            // handled below, like a job without a video
        }
        if (job == null || job.videoId() == null) {
            log.error("Dead-lettered message {} is not a job, left for an operator: {}", message.messageId(),
                    message.body());
            sqs.changeMessageVisibility(request -> request.queueUrl(dlqUrl).receiptHandle(message.receiptHandle())
                    .visibilityTimeout((int) UNREADABLE_HIDDEN_FOR.toSeconds()));
            return;
        }
        if (lifecycle.markFailed(job.videoId(), REASON.formatted(properties.maxReceives()), clock.instant())) {
            metrics.deadLettered();
            log.warn("Video failed after {} attempts video_id={} task_id={}", properties.maxReceives(),
                    job.videoId(), job.taskId());
        } else {
            log.info("Dead-lettered job needs nothing (video finished, deleted or held by a live worker)"
                    + " video_id={} task_id={}", job.videoId(), job.taskId());
        }
        sqs.deleteMessage(request -> request.queueUrl(dlqUrl).receiptHandle(message.receiptHandle()));
    }

    private static void sleep() {
        try {
            Thread.sleep(QUEUE_DOWN_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
