package co.anb.showcase.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything a worker-scenario run found, as written to {@code worker-result.json}.
 *
 * @param rows one per input size, concurrency and kind (warm-up, saturation, sustained)
 */
record WorkerResult(String profile, Machine machine, String loadAverageAfter, List<Row> rows) {

    /**
     * One measured run of the worker node.
     *
     * @param kind            {@code warmup} (one job alone), {@code saturation} or {@code sustained}
     * @param ratePerMinute   the injection rate (saturation: until the backlog reached {@code backlogCap})
     * @param throughput      videos per minute observed: saturation, jobs finished during the run per minute
     *                        ({@link #throughputOf}); sustained, the rate they finished at ({@link #completionRate})
     * @param littleCapacity  concurrency / mean service time: the node's capacity when every job slot was busy
     *                        (saturation), a cross-check of {@code throughput}
     * @param serviceMean     seconds from the worker's claim to the video published (download, render, upload)
     * @param sojournMean     seconds from the message sent to the video published (queue wait + service)
     * @param queueSlope      least-squares trend of the waiting messages over the run, in messages per minute
     * @param repeats         earlier attempts thrown away because other work on the machine disturbed them
     */
    record Row(String size, long sizeBytes, int concurrency, String kind, double seconds, double ratePerMinute,
               int sent, int completed, int failed, int retried, double throughput, double littleCapacity,
               double serviceMean, double serviceP95, double sojournMean, double sojournP95, double queueSlope,
               int queueMax, int queueEnd, int backlogCap, ResourceSampler.Summary resources,
               List<QueuePoint> queue, String loadAverage, int repeats) {

        Row withRepeats(int count) {
            return new Row(size, sizeBytes, concurrency, kind, seconds, ratePerMinute, sent, completed, failed,
                    retried, throughput, littleCapacity, serviceMean, serviceP95, sojournMean, sojournP95, queueSlope,
                    queueMax, queueEnd, backlogCap, resources, queue, loadAverage, count);
        }
    }

    /** Queue depth a number of seconds into a run: waiting and in-flight messages. */
    record QueuePoint(double seconds, int visible, int inFlight) {
    }

    /** The completions per minute over a window: count divided by its length. */
    static double throughputOf(List<JobTracker.Job> jobs, Instant from, Instant to) {
        long done = jobs.stream().filter(job -> job.finishedAt != null && !job.finishedAt.isBefore(from)
                && !job.finishedAt.isAfter(to) && "processed".equals(job.status)).count();
        double minutes = Duration.between(from, to).toMillis() / 60_000.0;
        return minutes <= 0 ? Double.NaN : done / minutes;
    }

    /** Jobs finished per minute from the first finish to the last: (n − 1) / (last − first); NaN below two. */
    static double completionRate(List<JobTracker.Job> jobs) {
        List<Instant> ends = jobs.stream().filter(job -> "processed".equals(job.status) && job.finishedAt != null)
                .map(job -> job.finishedAt).sorted().toList();
        if (ends.size() < 2) {
            return Double.NaN;
        }
        double minutes = Duration.between(ends.get(0), ends.get(ends.size() - 1)).toMillis() / 60_000.0;
        return minutes <= 0 ? Double.NaN : (ends.size() - 1) / minutes;
    }

    /** The least-squares slope of y over x (per unit of x), NaN with fewer than two points. */
    static double slope(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxx == 0 ? 0 : sxy / sxx;
    }

    /** The p-th percentile (0–100) by nearest rank, NaN when empty. */
    static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().filter(Objects::nonNull).sorted().toList();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static double mean(List<Double> values) {
        return values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).average()
                .orElse(Double.NaN);
    }

    void write(Path file) throws IOException {
        WebResult.JSON.writeValue(file.toFile(), this);
    }

    static WorkerResult read(Path file) throws IOException {
        return WebResult.JSON.readValue(file.toFile(), WorkerResult.class);
    }
}
