package co.anb.showcase.load.worker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Follows sent jobs through the database (IDs correlate enqueue → start → end): the worker's claim sets the
 * video's lease to claim time + lease length, so the first lease seen gives the start to the millisecond (the
 * heartbeat renews it only after {@code heartbeat}); {@code processed_at} is the end.
 */
final class JobTracker {

    private final Connection db;
    private final Duration leaseLength;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    /** One job's times; null until known. */
    static final class Job {
        final UUID videoId;
        final Instant sentAt;
        volatile Instant startedAt;
        volatile Instant finishedAt;
        volatile String status = "uploaded";
        volatile int attempts;

        Job(UUID videoId, Instant sentAt) {
            this.videoId = videoId;
            this.sentAt = sentAt;
        }

        boolean done() {
            return "processed".equals(status) || "failed".equals(status);
        }

        /** Claim to published: what the worker spent on it. */
        Duration service() {
            return startedAt == null || finishedAt == null ? null : Duration.between(startedAt, finishedAt);
        }

        /** Sent to published: waiting in the queue plus service. */
        Duration sojourn() {
            return finishedAt == null ? null : Duration.between(sentAt, finishedAt);
        }
    }

    JobTracker(Connection db, Duration leaseLength) {
        this.db = db;
        this.leaseLength = leaseLength;
    }

    void sent(UUID videoId, Instant at) {
        jobs.put(videoId, new Job(videoId, at));
    }

    List<Job> jobs() {
        return new ArrayList<>(jobs.values());
    }

    long running() {
        return jobs.values().stream().filter(job -> job.startedAt != null && !job.done()).count();
    }

    /** Reads the state of every unfinished job once. */
    synchronized void poll() throws SQLException {
        List<UUID> open = jobs.values().stream().filter(job -> !job.done()).map(job -> job.videoId).toList();
        if (open.isEmpty()) {
            return;
        }
        Instant observed = Instant.now();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT id, status, lease_until, processed_at, attempts FROM videos WHERE id = ANY(?)")) {
            query.setArray(1, db.createArrayOf("uuid", open.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Job job = jobs.get(rows.getObject("id", UUID.class));
                    String status = rows.getString("status");
                    Timestamp leaseUntil = rows.getTimestamp("lease_until");
                    Timestamp processedAt = rows.getTimestamp("processed_at");
                    job.attempts = rows.getInt("attempts");
                    if (job.startedAt == null && leaseUntil != null) {
                        Instant claimed = leaseUntil.toInstant().minus(leaseLength);
                        job.startedAt = claimed.isAfter(observed) ? observed : claimed;
                    }
                    if (processedAt != null) {
                        job.finishedAt = processedAt.toInstant();
                    }
                    job.status = status;
                }
            }
        }
    }
}
