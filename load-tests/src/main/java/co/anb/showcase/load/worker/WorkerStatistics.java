package co.anb.showcase.load.worker;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The figures of a worker run, from its jobs' times and its queue samples. */
final class WorkerStatistics {

    private WorkerStatistics() {
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
}
