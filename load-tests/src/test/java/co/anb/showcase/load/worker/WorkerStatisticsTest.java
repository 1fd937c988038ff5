package co.anb.showcase.load.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkerStatisticsTest {

    @Test
    void slopeOfAFlatQueueIsZeroAndOfARampItsRate() {
        double[] seconds = {0, 1, 2, 3, 4};

        assertThat(WorkerStatistics.slope(seconds, new double[] {3, 3, 3, 3, 3})).isZero();
        assertThat(WorkerStatistics.slope(seconds, new double[] {0, 2, 4, 6, 8})).isCloseTo(2, within(1e-9));
        assertThat(WorkerStatistics.slope(new double[] {1}, new double[] {1})).isNaN();
    }

    @Test
    void percentileByNearestRank() {
        List<Double> values = Arrays.asList(5.0, 1.0, 4.0, 2.0, 3.0, null);

        assertThat(WorkerStatistics.percentile(values, 50)).isEqualTo(3.0);
        assertThat(WorkerStatistics.percentile(values, 95)).isEqualTo(5.0);
        assertThat(WorkerStatistics.percentile(List.of(), 95)).isNaN();
        assertThat(WorkerStatistics.mean(values)).isEqualTo(3.0);
    }

    @Test
    void throughputCountsProcessedJobsFinishedInTheWindow() {
        Instant start = Instant.parse("2026-11-23T10:00:00Z");
        List<JobTracker.Job> jobs = List.of(
                job(start, start.plusSeconds(10), "processed"),
                job(start, start.plusSeconds(50), "processed"),
                job(start, start.plusSeconds(59), "failed"),
                job(start, start.plusSeconds(70), "processed"),
                job(start, null, "processing"));

        assertThat(WorkerStatistics.throughputOf(jobs, start, start.plus(Duration.ofMinutes(1)))).isEqualTo(2.0);
        assertThat(WorkerStatistics.throughputOf(jobs, start.plusSeconds(30), start.plusSeconds(90))).isEqualTo(2.0);
    }

    @Test
    void completionRateIsTheSpacingOfTheFinishes() {
        Instant start = Instant.parse("2026-11-23T10:00:00Z");
        List<JobTracker.Job> evenlySpaced = List.of(
                job(start, start.plusSeconds(30), "processed"),
                job(start, start.plusSeconds(50), "processed"),
                job(start, start.plusSeconds(70), "processed"),
                job(start, start.plusSeconds(60), "failed"));

        assertThat(WorkerStatistics.completionRate(evenlySpaced)).isEqualTo(3.0);
        assertThat(WorkerStatistics.completionRate(evenlySpaced.subList(0, 1))).isNaN();
    }

    private static JobTracker.Job job(Instant sent, Instant finished, String status) {
        JobTracker.Job job = new JobTracker.Job(UUID.randomUUID(), sent);
        job.startedAt = sent;
        job.finishedAt = finished;
        job.status = status;
        return job;
    }
}
