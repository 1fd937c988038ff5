package co.anb.showcase.processing;

import co.anb.showcase.media.MediaInterruptedException;
import co.anb.showcase.queue.ProcessingJob;
import co.anb.showcase.videos.VideoLifecycle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes jobs from the queue with the SDK directly: {@code concurrency} threads, each long-polling for one message
 * and running it to the end. A running job's message is kept invisible, and its video's lease alive, by a
 * heartbeat; success deletes the message at once; a failure hands the message back after an exponential backoff,
 * and the last allowed failure hands it back at once so the queue moves it to the dead-letter queue.
 * <p>
 * On shutdown, polling stops, running jobs get {@code shutdownTimeout} to finish, and the rest are cancelled
 * (FFmpeg killed) and handed back with visibility 0 so another worker starts them right away. Shutdown takes at
 * most {@code shutdownTimeout} plus {@code pollWait}.
 */
class QueueWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(QueueWorker.class);
    private static final Duration QUEUE_DOWN_PAUSE = Duration.ofSeconds(5);
    /** The failure reason of an attempt that broke for a reason other than the media (store, database, a bug). */
    static final String INTERNAL_ERROR = "Error interno al procesar el video.";

    private final SqsClient sqs;
    private final String queueUrl;
    private final WorkerProperties properties;
    private final JobProcessor processor;
    private final VideoLifecycle lifecycle;
    private final JsonMapper json;
    private final WorkerMetrics metrics;
    private final Clock clock;
    private final List<Thread> threads = new ArrayList<>();
    private final Map<Thread, Run> running = new ConcurrentHashMap<>();
    private ScheduledExecutorService heartbeats;
    private volatile boolean polling;

    QueueWorker(SqsClient sqs, String queueUrl, WorkerProperties properties, JobProcessor processor,
                VideoLifecycle lifecycle, JsonMapper json, WorkerMetrics metrics, Clock clock) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.properties = properties;
        this.processor = processor;
        this.lifecycle = lifecycle;
        this.json = json;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** One message being worked on, and why it may be cut short. */
    private static final class Run {
        final Message message;
        final ProcessingJob job;
        final UUID holder = UUID.randomUUID();
        volatile boolean lost;
        volatile boolean shuttingDown;
        private boolean finished;

        Run(Message message, ProcessingJob job) {
            this.message = message;
            this.job = job;
        }

        /** The job returned; from now on nothing may interrupt its thread. */
        synchronized void finish() {
            finished = true;
        }

        /** Cancels the job because its video was lost, unless it already returned. */
        synchronized void cancelAsLost(Thread worker) {
            if (!finished) {
                lost = true;
                worker.interrupt();
            }
        }
    }

    @Override
    public synchronized void start() {
        int concurrency = properties.effectiveConcurrency();
        heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "anb-worker-heartbeat"));
        polling = true;
        for (int i = 1; i <= concurrency; i++) {
            Thread thread = new Thread(this::pollLoop, "anb-worker-" + i);
            threads.add(thread);
            thread.start();
        }
        log.info("Worker started: {} job(s) at a time from {}", concurrency, queueUrl);
    }

    @Override
    public synchronized void stop() {
        // Idle threads are left to finish their long poll (at most pollWait) and hand back whatever it brings:
        // interrupting one would not cancel the poll on the queue's side, which could still deliver a message to it
        // that would then stay invisible for the queue's whole visibility timeout.
        polling = false;
        Instant deadline = clock.instant().plus(properties.shutdownTimeout());
        log.info("Worker stopping: {} job(s) running, waiting up to {} for them", running.size(),
                properties.shutdownTimeout());
        while (!running.isEmpty() && clock.instant().isBefore(deadline)) {
            sleep(Duration.ofMillis(200));
        }
        running.forEach((thread, run) -> {
            log.warn("Job still running at shutdown, handing it back video_id={} task_id={}",
                    run.job.videoId(), run.job.taskId());
            run.shuttingDown = true;
            thread.interrupt();
        });
        for (Thread thread : threads) {
            try {
                thread.join(properties.pollWait().plus(Duration.ofSeconds(15)).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
        heartbeats.shutdownNow();
        log.info("Worker stopped");
    }

    @Override
    public boolean isRunning() {
        return polling;
    }

    /** Stops before the web server and the data source, so jobs can still finish and be handed back. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private void pollLoop() {
        while (polling) {
            Message message = receive();
            if (message != null) {
                try {
                    handle(message);
                } catch (RuntimeException e) {
                    // the message comes back after its visibility timeout; this thread must keep polling
                    log.error("Unexpected error handling message {}", message.messageId(), e);
                }
            }
            Thread.interrupted(); // an interrupt meant for the job just handled must not cut the next poll
        }
    }

    private Message receive() {
        try {
            List<Message> messages = sqs.receiveMessage(request -> request.queueUrl(queueUrl)
                    .maxNumberOfMessages(1)
                    .waitTimeSeconds((int) properties.pollWait().toSeconds())
                    .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                    .messages();
            return messages.isEmpty() ? null : messages.get(0);
        } catch (SdkException e) {
            if (polling && !Thread.currentThread().isInterrupted()) {
                log.warn("Could not poll the queue ({}); retrying in {}", e.getMessage(), QUEUE_DOWN_PAUSE);
                sleep(QUEUE_DOWN_PAUSE);
            }
            return null;
        }
    }

    private void handle(Message message) {
        ProcessingJob job = parse(message);
        if (job == null) {
            // not ours to fix: let it go round to the dead-letter queue, where an operator can read it
            metrics.failed();
            changeVisibility(message, properties.backoff(receiveCount(message)));
            return;
        }
        if (!polling) {
            changeVisibility(message, Duration.ZERO);
            return;
        }
        Run run = new Run(message, job);
        MDC.put("video_id", String.valueOf(job.videoId()));
        MDC.put("task_id", String.valueOf(job.taskId()));
        running.put(Thread.currentThread(), run);
        metrics.started();
        if (job.createdAt() != null) {
            metrics.lag(Duration.between(job.createdAt(), clock.instant()));
        }
        Thread worker = Thread.currentThread();
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(new Heartbeat(run, worker), 0,
                properties.heartbeatInterval().toMillis(), TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        try {
            JobProcessor.Result result = processor.process(job, run.holder);
            run.finish();
            heartbeat.cancel(false);
            Thread.interrupted();
            delete(message);
            if (result == JobProcessor.Result.PROCESSED) {
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                metrics.processed(took);
                log.info("Video processed in {} ms video_id={} task_id={}", took.toMillis(), job.videoId(),
                        job.taskId());
            } else {
                metrics.skipped();
                log.info("Nothing to do ({}) video_id={} task_id={}", result, job.videoId(), job.taskId());
            }
        } catch (VideoPipeline.RenderFailedException e) {
            heartbeat.cancel(false);
            log.debug("FFmpeg output:\n{}", e.details());
            failed(run, e.getMessage());
        } catch (RuntimeException e) {
            heartbeat.cancel(false);
            Thread.interrupted();
            if (run.lost) {
                delete(message);
                metrics.skipped();
                log.info("Job cancelled: the video was deleted or taken over video_id={} task_id={}",
                        job.videoId(), job.taskId());
            } else if (run.shuttingDown || e instanceof MediaInterruptedException) {
                lifecycle.release(job.videoId(), run.holder, null);
                changeVisibility(message, Duration.ZERO);
            } else {
                log.warn("Job attempt failed video_id={} task_id={}", job.videoId(), job.taskId(), e);
                // the reason reaches the player: the exception's text (hosts, request ids) stays in the log
                failed(run, INTERNAL_ERROR);
            }
        } finally {
            heartbeat.cancel(false);
            running.remove(Thread.currentThread());
            metrics.finished();
            MDC.clear();
        }
    }

    /** Releases the video and schedules the retry; after the last allowed receive the queue dead-letters it. */
    private void failed(Run run, String reason) {
        metrics.failed();
        lifecycle.release(run.job.videoId(), run.holder, reason);
        int receives = receiveCount(run.message);
        if (receives >= properties.maxReceives()) {
            log.warn("Attempt {} of {} failed, giving up (the queue dead-letters it): {} video_id={} task_id={}",
                    receives, properties.maxReceives(), reason, run.job.videoId(), run.job.taskId());
            changeVisibility(run.message, Duration.ZERO);
        } else {
            Duration wait = properties.backoff(receives);
            log.warn("Attempt {} of {} failed, retrying in {} s: {} video_id={} task_id={}", receives,
                    properties.maxReceives(), wait.toSeconds(), reason, run.job.videoId(), run.job.taskId());
            changeVisibility(run.message, wait);
        }
    }

    /** The job in the message, or null (logged) if the message is not one. */
    private ProcessingJob parse(Message message) {
        try {
            ProcessingJob job = json.readValue(message.body(), ProcessingJob.class);
            if (job.videoId() != null) {
                return job;
            }
            log.error("Job message {} has no video_id: {}", message.messageId(), message.body());
        } catch (JacksonException e) {
            log.error("Unreadable job message {}: {}", message.messageId(), e.getOriginalMessage());
        }
        return null;
    }

    private void delete(Message message) {
        try {
            sqs.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
        } catch (SdkException e) {
            // the message comes back after its visibility timeout and is then found finished
            log.warn("Could not delete message {}: {}", message.messageId(), e.getMessage());
        }
    }

    private void changeVisibility(Message message, Duration invisibleFor) {
        try {
            sqs.changeMessageVisibility(request -> request.queueUrl(queueUrl)
                    .receiptHandle(message.receiptHandle())
                    .visibilityTimeout((int) invisibleFor.toSeconds()));
        } catch (SdkException e) {
            log.warn("Could not change the visibility of message {}: {}", message.messageId(), e.getMessage());
        }
    }

    private static int receiveCount(Message message) {
        String count = message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
        try {
            return count == null ? 1 : Integer.parseInt(count);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * Keeps a running job's message invisible and its lease alive. If the lease cannot be renewed because the
     * video was deleted or another worker took it over, the job is cancelled.
     */
    private final class Heartbeat implements Runnable {

        private final Run run;
        private final Thread worker;
        private boolean first = true;

        Heartbeat(Run run, Thread worker) {
            this.run = run;
            this.worker = worker;
        }

        @Override
        public void run() {
            try {
                changeVisibility(run.message, properties.visibilityTimeout());
                // the first beat runs as the job starts, before it has claimed the video
                if (!first && !lifecycle.renew(run.job.videoId(), run.holder,
                        clock.instant().plus(properties.visibilityTimeout()))) {
                    run.cancelAsLost(worker);
                }
                first = false;
            } catch (RuntimeException e) {
                log.warn("Heartbeat failed video_id={}: {}", run.job.videoId(), e.getMessage());
            }
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
