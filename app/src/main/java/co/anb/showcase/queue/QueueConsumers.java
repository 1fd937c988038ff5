package co.anb.showcase.queue;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Runs a receive loop for every {@link QueueConsumer} bean (none in the api role). On shutdown every loop stops
 * polling and drains at the same time, so stopping takes at most the longest {@code shutdownTimeout} plus one
 * {@code pollWait}, however many consumers there are.
 */
@Component
class QueueConsumers implements SmartLifecycle {

    private final SqsClient sqs;
    private final ObjectProvider<QueueConsumer> consumers;
    private List<ReceiveLoop> loops = List.of();
    private ScheduledExecutorService heartbeats;
    private volatile boolean running;

    QueueConsumers(SqsClient sqs, ObjectProvider<QueueConsumer> consumers) {
        this.sqs = sqs;
        this.consumers = consumers;
    }

    @Override
    public synchronized void start() {
        List<QueueConsumer> declared = consumers.orderedStream().toList();
        if (!declared.isEmpty()) {
            // one thread beats for every running job: a beat is one short call or two
            heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "anb-queue-heartbeat");
                thread.setDaemon(true);
                return thread;
            });
            loops = declared.stream()
                    .map(consumer -> new ReceiveLoop(consumer, new SqsMessages(sqs, consumer.queueUrl()), heartbeats))
                    .toList();
            loops.forEach(ReceiveLoop::start);
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        running = false;
        long stopRequested = System.nanoTime();
        loops.forEach(ReceiveLoop::stopPolling);
        for (ReceiveLoop loop : loops) {
            loop.drain(stopRequested + loop.shutdownTimeout().toNanos());
        }
        loops.forEach(ReceiveLoop::awaitThreads);
        loops = List.of();
        if (heartbeats != null) {
            heartbeats.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server and the data source, so jobs can still finish and be handed back. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
