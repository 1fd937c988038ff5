package co.anb.showcase.queue;

import java.time.Duration;

/**
 * A queue to read and the handler for its jobs. Declare one as a bean and the queue module's receive loop runs it
 * from startup to shutdown.
 *
 * @param name        names the consumer's threads ({@code anb-<name>-n}) and starts its log lines
 * @param queueUrl    the SQS queue it reads
 * @param concurrency how many jobs it runs at once: one thread per job, each long-polling for one message
 * @param timings     its polling, heartbeat and shutdown times
 * @param handler     what it does with each job
 */
public record QueueConsumer(String name, String queueUrl, int concurrency, Timings timings, JobHandler handler) {

    public QueueConsumer {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
    }

    /**
     * @param pollWait          SQS long-polling wait
     * @param visibilityTimeout how long a received message stays invisible; each heartbeat sets it again
     * @param heartbeatInterval how often a running job's heartbeat goes out; well under the visibility timeout
     * @param shutdownTimeout   on shutdown, how long running jobs may finish before they are cut short
     */
    public record Timings(Duration pollWait, Duration visibilityTimeout, Duration heartbeatInterval,
                          Duration shutdownTimeout) {
    }
}
