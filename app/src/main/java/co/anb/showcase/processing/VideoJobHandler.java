package co.anb.showcase.processing;

import co.anb.showcase.media.MediaInterruptedException;
import co.anb.showcase.queue.JobDelivery;
import co.anb.showcase.queue.JobHandler;
import co.anb.showcase.queue.Outcome;
import co.anb.showcase.queue.ProcessingJob;
import co.anb.showcase.videos.VideoLifecycle;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the worker does with each job the queue module's receive loop hands it: one attempt under a lease of its own
 * (kept alive with the message's heartbeat; a lease that cannot be renewed cancels the attempt), then the retry
 * decision. Success and nothing-to-do delete the message; a failure releases the video and returns the message after
 * an exponential backoff, and the last allowed failure returns it at once so the queue moves it to the dead-letter
 * queue; an attempt cut short by shutdown is handed back at once.
 */
class VideoJobHandler implements JobHandler {

    private static final Logger log = LoggerFactory.getLogger(VideoJobHandler.class);
    /** The failure reason of an attempt that broke for a reason other than the media (store, database, a bug). */
    static final String INTERNAL_ERROR = "Error interno al procesar el video.";

    private final JobProcessor processor;
    private final VideoLifecycle lifecycle;
    private final WorkerProperties properties;
    private final WorkerMetrics metrics;
    private final Clock clock;

    VideoJobHandler(JobProcessor processor, VideoLifecycle lifecycle, WorkerProperties properties,
                    WorkerMetrics metrics, Clock clock) {
        this.processor = processor;
        this.lifecycle = lifecycle;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public Outcome handle(JobDelivery delivery) {
        ProcessingJob job = delivery.job();
        UUID holder = UUID.randomUUID();
        metrics.started();
        if (job.createdAt() != null) {
            metrics.lag(Duration.between(job.createdAt(), clock.instant()));
        }
        delivery.keepAlive(() -> lifecycle.renew(job.videoId(), holder,
                clock.instant().plus(properties.visibilityTimeout())));
        long started = System.nanoTime();
        try {
            JobProcessor.Result result = processor.process(job, holder);
            delivery.workEnded();
            done(job, result, Duration.ofNanos(System.nanoTime() - started));
            return Outcome.deleteMessage();
        } catch (VideoPipeline.RenderFailedException e) {
            delivery.workEnded();
            log.debug("FFmpeg output:\n{}", e.details());
            return failed(job, holder, delivery.receiveCount(), e.getMessage());
        } catch (RuntimeException e) {
            delivery.workEnded();
            if (delivery.lost()) {
                metrics.skipped();
                log.info("Job cancelled: the video was deleted or taken over video_id={} task_id={}",
                        job.videoId(), job.taskId());
                return Outcome.deleteMessage();
            }
            if (delivery.cutShortByShutdown() || e instanceof MediaInterruptedException) {
                lifecycle.release(job.videoId(), holder, null);
                return Outcome.redeliverNow();
            }
            log.warn("Job attempt failed video_id={} task_id={}", job.videoId(), job.taskId(), e);
            // the reason reaches the player: the exception's text (hosts, request ids) stays in the log
            return failed(job, holder, delivery.receiveCount(), INTERNAL_ERROR);
        } finally {
            metrics.finished();
        }
    }

    /** Not ours to fix: it goes round to the dead-letter queue, where an operator can read it. */
    @Override
    public Outcome notAJob(int receiveCount) {
        metrics.failed();
        return Outcome.redeliverAfter(properties.backoff(receiveCount));
    }

    private void done(ProcessingJob job, JobProcessor.Result result, Duration took) {
        if (result == JobProcessor.Result.PROCESSED) {
            metrics.processed(took);
            log.info("Video processed in {} ms video_id={} task_id={}", took.toMillis(), job.videoId(),
                    job.taskId());
        } else if (result == JobProcessor.Result.MEDIA_REJECTED) {
            // counted as failed by JobProcessor, which marked the video failed: nothing to retry
            log.info("Bad media, failed at once video_id={} task_id={}", job.videoId(), job.taskId());
        } else {
            metrics.skipped();
            log.info("Nothing to do ({}) video_id={} task_id={}", result, job.videoId(), job.taskId());
        }
    }

    /** Releases the video and schedules the retry; after the last allowed receive the queue dead-letters it. */
    private Outcome failed(ProcessingJob job, UUID holder, int receives, String reason) {
        metrics.failed();
        lifecycle.release(job.videoId(), holder, reason);
        if (receives >= properties.maxReceives()) {
            log.warn("Attempt {} of {} failed, giving up (the queue dead-letters it): {} video_id={} task_id={}",
                    receives, properties.maxReceives(), reason, job.videoId(), job.taskId());
            return Outcome.redeliverNow();
        }
        Duration wait = properties.backoff(receives);
        log.warn("Attempt {} of {} failed, retrying in {} s: {} video_id={} task_id={}", receives,
                properties.maxReceives(), wait.toSeconds(), reason, job.videoId(), job.taskId());
        return Outcome.redeliverAfter(wait);
    }
}
