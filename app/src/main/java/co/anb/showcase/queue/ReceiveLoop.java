package co.anb.showcase.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * One consumer's threads: each long-polls for one message and hands its job to the handler, with a heartbeat
 * keeping the message invisible meanwhile, then deletes or returns the message as the handler says.
 * <p>
 * Shutdown happens in three steps so that several loops can drain at the same time: {@link #stopPolling()},
 * {@link #drain(long)} (running jobs finish, or are cut short at the deadline), {@link #awaitThreads()}.
 */
final class ReceiveLoop {

    private static final Logger log = LoggerFactory.getLogger(ReceiveLoop.class);
    private static final Duration QUEUE_DOWN_PAUSE = Duration.ofSeconds(5);

    private final QueueConsumer consumer;
    private final QueueConsumer.Timings timings;
    private final SqsMessages messages;
    private final ScheduledExecutorService heartbeats;
    private final List<Thread> threads = new ArrayList<>();
    private final Set<Delivery> running = ConcurrentHashMap.newKeySet();
    private volatile boolean polling;

    ReceiveLoop(QueueConsumer consumer, SqsMessages messages, ScheduledExecutorService heartbeats) {
        this.consumer = consumer;
        this.timings = consumer.timings();
        this.messages = messages;
        this.heartbeats = heartbeats;
    }

    Duration shutdownTimeout() {
        return timings.shutdownTimeout();
    }

    void start() {
        polling = true;
        String threadPrefix = "anb-" + consumer.name().toLowerCase(Locale.ROOT).replace(' ', '-') + "-";
        for (int i = 1; i <= consumer.concurrency(); i++) {
            Thread thread = new Thread(this::pollLoop, threadPrefix + i);
            threads.add(thread);
            thread.start();
        }
        log.info("{} started: {} job(s) at a time from {}", consumer.name(), consumer.concurrency(),
                messages.queueUrl());
    }

    /**
     * Idle threads are left to finish their long poll (at most {@code pollWait}) and hand back whatever it brings:
     * interrupting one would not cancel the poll on the queue's side, which could still deliver a message to it that
     * would then stay invisible for the queue's whole visibility timeout.
     */
    void stopPolling() {
        polling = false;
    }

    /** Waits until {@code deadlineNanos} ({@link System#nanoTime()}) for running jobs, then cuts the rest short. */
    void drain(long deadlineNanos) {
        if (running.isEmpty()) {
            log.info("{} stopping: no job running", consumer.name());
        } else {
            log.info("{} stopping: {} job(s) running, waiting up to {} for them", consumer.name(), running.size(),
                    timings.shutdownTimeout());
        }
        while (!running.isEmpty() && System.nanoTime() - deadlineNanos < 0) {
            sleep(Duration.ofMillis(200));
        }
        for (Delivery delivery : running) {
            if (delivery.cutShortForShutdown()) {
                log.warn("{}: job still running at shutdown, handing it back video_id={} task_id={}",
                        consumer.name(), delivery.job().videoId(), delivery.job().taskId());
            }
        }
    }

    void awaitThreads() {
        for (Thread thread : threads) {
            try {
                thread.join(timings.pollWait().plus(Duration.ofSeconds(15)).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
        log.info("{} stopped", consumer.name());
    }

    private void pollLoop() {
        while (polling) {
            receive().ifPresent(message -> {
                try {
                    dispatch(message);
                } catch (RuntimeException e) {
                    // the message comes back after its visibility timeout; this thread must keep polling
                    log.error("Unexpected error handling message {}", message.messageId(), e);
                } finally {
                    MDC.clear();
                }
            });
            Thread.interrupted(); // an interrupt meant for the job just handled must not cut the next poll
        }
    }

    private Optional<Message> receive() {
        try {
            return messages.receiveOne(timings.pollWait());
        } catch (SdkException e) {
            if (polling && !Thread.currentThread().isInterrupted()) {
                log.warn("Could not poll {} ({}); retrying in {}", messages.queueUrl(), e.getMessage(),
                        QUEUE_DOWN_PAUSE);
                sleep(QUEUE_DOWN_PAUSE);
            }
            return Optional.empty();
        }
    }

    private void dispatch(Message message) {
        int receiveCount = SqsMessages.receiveCount(message);
        ProcessingJob job;
        try {
            job = ProcessingJob.fromJson(message.body());
        } catch (ProcessingJob.NotAJobException e) {
            log.error("Message {} on {} is not a job ({}): {}", message.messageId(), messages.queueUrl(),
                    e.getMessage(), message.body());
            settle(message, consumer.handler().notAJob(receiveCount));
            return;
        }
        if (!polling) {
            // received by a poll that was already running when shutdown began: another worker takes it at once
            settle(message, Outcome.redeliverNow());
            return;
        }
        MDC.put("video_id", String.valueOf(job.videoId()));
        MDC.put("task_id", String.valueOf(job.taskId()));
        Delivery delivery = new Delivery(message, job, receiveCount, Thread.currentThread());
        running.add(delivery);
        Heartbeat heartbeat = new Heartbeat(messages, delivery, timings.visibilityTimeout());
        ScheduledFuture<?> beats = heartbeats.scheduleAtFixedRate(heartbeat, 0,
                timings.heartbeatInterval().toMillis(), TimeUnit.MILLISECONDS);
        try {
            Outcome outcome = consumer.handler().handle(delivery);
            delivery.workEnded();
            heartbeat.stop();
            settle(message, outcome);
        } finally {
            delivery.workEnded();
            heartbeat.stop();
            beats.cancel(false);
            running.remove(delivery);
        }
    }

    private void settle(Message message, Outcome outcome) {
        if (outcome instanceof Outcome.Redeliver redeliver) {
            messages.setInvisibleFor(message, redeliver.after());
        } else {
            messages.delete(message);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
