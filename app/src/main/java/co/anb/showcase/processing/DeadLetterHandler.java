package co.anb.showcase.processing;

import co.anb.showcase.queue.JobDelivery;
import co.anb.showcase.queue.JobHandler;
import co.anb.showcase.queue.Outcome;
import co.anb.showcase.queue.ProcessingJob;
import co.anb.showcase.videos.VideoLifecycle;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the worker does with the dead-letter queue: each job there failed on every allowed receive, so its video
 * becomes {@code failed} with a reason the player can read (the last attempt's error is appended) and the message is
 * deleted. A message that is not a job is left in the queue for an operator (the DLQ alarm fires), hidden for half a
 * day so it is not read in a loop.
 */
class DeadLetterHandler implements JobHandler {

    static final String REASON = "No se pudo procesar el video tras %d intentos.";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterHandler.class);
    private static final Duration NOT_A_JOB_HIDDEN_FOR = Duration.ofHours(12);

    private final VideoLifecycle lifecycle;
    private final WorkerMetrics metrics;
    private final int maxReceives;
    private final Clock clock;

    DeadLetterHandler(VideoLifecycle lifecycle, WorkerMetrics metrics, int maxReceives, Clock clock) {
        this.lifecycle = lifecycle;
        this.metrics = metrics;
        this.maxReceives = maxReceives;
        this.clock = clock;
    }

    @Override
    public Outcome handle(JobDelivery delivery) {
        ProcessingJob job = delivery.job();
        if (lifecycle.markFailed(job.videoId(), REASON.formatted(maxReceives), clock.instant())) {
            metrics.deadLettered();
            log.warn("Video failed after {} attempts video_id={} task_id={}", maxReceives, job.videoId(),
                    job.taskId());
        } else {
            log.info("Dead-lettered job needs nothing (video finished, deleted or held by a live worker)"
                    + " video_id={} task_id={}", job.videoId(), job.taskId());
        }
        return Outcome.deleteMessage();
    }

    @Override
    public Outcome notAJob(int receiveCount) {
        log.error("A dead-lettered message is not a job; left in the dead-letter queue for an operator");
        return Outcome.redeliverAfter(NOT_A_JOB_HIDDEN_FOR);
    }
}
