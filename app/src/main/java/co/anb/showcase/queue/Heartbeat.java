package co.anb.showcase.queue;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a running job's message invisible, and runs the handler's keep-alive check. The first beat goes out as the
 * message is received (the queue's own visibility timeout may be shorter than the consumer's) and only sets the
 * visibility: the handler has not started its work yet, so there is nothing to check.
 */
final class Heartbeat implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

    private final SqsMessages messages;
    private final Delivery delivery;
    private final Duration visibilityTimeout;
    private boolean first = true;
    private boolean stopped;

    Heartbeat(SqsMessages messages, Delivery delivery, Duration visibilityTimeout) {
        this.messages = messages;
        this.delivery = delivery;
        this.visibilityTimeout = visibilityTimeout;
    }

    /**
     * No beat starts after this returns, and one that is under way has ended: a beat that set the visibility of a
     * message already deleted or handed back would fail, or hide the handed-back message again.
     */
    synchronized void stop() {
        stopped = true;
    }

    @Override
    public synchronized void run() {
        if (stopped) {
            return;
        }
        try {
            messages.setInvisibleFor(delivery.message(), visibilityTimeout);
            if (!first) {
                delivery.checkStillOurs();
            }
            first = false;
        } catch (RuntimeException e) {
            // the next beat tries again; the scheduler would stop calling a beat that throws
            log.warn("Heartbeat failed video_id={}: {}", delivery.job().videoId(), e.getMessage());
        }
    }
}
