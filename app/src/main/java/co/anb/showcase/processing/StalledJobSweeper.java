package co.anb.showcase.processing;

import co.anb.showcase.queue.JobOutbox;
import co.anb.showcase.queue.ProcessingJob;
import co.anb.showcase.videos.StalledVideos;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the job again for unfinished videos that nobody works on and whose last job was sent more than
 * {@code staleAfter} ago: the message was lost (the local queue lives in memory and forgets its messages when the
 * app restarts; a queue purged by hand). Re-sending is safe: a second delivery of a finished job does nothing.
 * Rows are locked with {@code SKIP LOCKED}, so several workers never re-send the same video at once.
 */
class StalledJobSweeper {

    private static final Logger log = LoggerFactory.getLogger(StalledJobSweeper.class);
    private static final int BATCH_SIZE = 50;

    private final StalledVideos stalledVideos;
    private final TransactionTemplate transactions;
    private final JobOutbox outbox;
    private final WorkerProperties properties;
    private final Clock clock;

    StalledJobSweeper(StalledVideos stalledVideos, TransactionTemplate transactions, JobOutbox outbox,
                      WorkerProperties properties, Clock clock) {
        this.stalledVideos = stalledVideos;
        this.transactions = transactions;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${anb.worker.sweep-interval:1m}",
            initialDelayString = "${anb.worker.sweep-interval:1m}")
    void sweep() {
        try {
            Integer resent = transactions.execute(status -> resendStalled());
            if (resent != null && resent > 0) {
                log.warn("Re-sent {} job(s) that had been waiting more than {}", resent, properties.staleAfter());
            }
        } catch (RuntimeException e) {
            log.warn("Sweep for stalled jobs failed: {}", e.getMessage());
        }
    }

    int resendStalled() {
        Instant now = clock.instant();
        List<ProcessingJob> stalled = stalledVideos.lockStalled(now.minus(properties.staleAfter()), now, BATCH_SIZE);
        stalled.forEach(outbox::enqueue);
        return stalled.size();
    }
}
