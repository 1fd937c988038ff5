package co.anb.showcase.load.worker;

import co.anb.showcase.load.system.JsonFiles;
import co.anb.showcase.load.system.Machine;
import co.anb.showcase.load.system.ResourceSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a worker-scenario run found, as written to {@code worker-result.json}.
 *
 * @param rows one per input size, concurrency and kind (warm-up, saturation, sustained)
 */
public record WorkerResult(String profile, Machine machine, String loadAverageAfter, List<Row> rows) {

    /**
     * One measured run of the worker node.
     *
     * @param kind            {@code warmup} (one job alone), {@code saturation} or {@code sustained}
     * @param ratePerMinute   the injection rate (saturation: until the backlog reached {@code backlogCap})
     * @param throughput      videos per minute observed: saturation, jobs finished during the run per minute
     *                        ({@link WorkerStatistics#throughputOf}); sustained, the rate they finished at
     *                        ({@link WorkerStatistics#completionRate})
     * @param littleCapacity  concurrency / mean service time: the node's capacity when every job slot was busy
     *                        (saturation), a cross-check of {@code throughput}
     * @param serviceMean     seconds from the worker's claim to the video published (download, render, upload)
     * @param sojournMean     seconds from the message sent to the video published (queue wait + service)
     * @param queueSlope      least-squares trend of the waiting messages over the run, in messages per minute
     * @param repeats         earlier attempts thrown away because other work on the machine disturbed them
     */
    public record Row(String size, long sizeBytes, int concurrency, String kind, double seconds,
                      double ratePerMinute, int sent, int completed, int failed, int retried, double throughput,
                      double littleCapacity, double serviceMean, double serviceP95, double sojournMean,
                      double sojournP95, double queueSlope, int queueMax, int queueEnd, int backlogCap,
                      ResourceSummary resources, List<QueuePoint> queue, String loadAverage, int repeats) {

        Row withRepeats(int count) {
            return new Row(size, sizeBytes, concurrency, kind, seconds, ratePerMinute, sent, completed, failed,
                    retried, throughput, littleCapacity, serviceMean, serviceP95, sojournMean, sojournP95, queueSlope,
                    queueMax, queueEnd, backlogCap, resources, queue, loadAverage, count);
        }
    }

    /** Queue depth a number of seconds into a run: waiting and in-flight messages. */
    public record QueuePoint(double seconds, int visible, int inFlight) {
    }

    public void write(Path file) throws IOException {
        JsonFiles.write(file, this);
    }

    public static WorkerResult read(Path file) throws IOException {
        return JsonFiles.read(file, WorkerResult.class);
    }
}
