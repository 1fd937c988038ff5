package co.anb.showcase.load.report;

import co.anb.showcase.load.worker.WorkerResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The worker scenario's plots: worker-throughput.svg (capacity and service time by concurrency, one bar per input
 * size) and worker-queue.svg (the waiting jobs over each saturation and sustained run).
 */
public final class WorkerPlots {

    private WorkerPlots() {
    }

    public static void write(Path dir, WorkerResult worker) throws IOException {
        Files.createDirectories(dir);
        WorkerGrid grid = new WorkerGrid(worker);
        List<String> categories = grid.concurrency().stream().map(WorkerGrid::label).toList();
        SvgChart throughput = new SvgChart("Worker node capacity (saturation)", "concurrent jobs per node",
                "videos per minute", 460, 330).categories(categories);
        SvgChart service = new SvgChart("Mean service time (saturation)", "concurrent jobs per node",
                "seconds per video", 460, 330).categories(categories);
        for (String size : grid.sizes()) {
            throughput.bars(size, grid.concurrency().stream().mapToDouble(c -> grid.find(size, c, "saturation")
                    .map(WorkerGrid::capacity).orElse(Double.NaN)).toArray());
            service.bars(size, grid.concurrency().stream().mapToDouble(c -> grid.find(size, c, "saturation")
                    .map(WorkerResult.Row::serviceMean).orElse(Double.NaN)).toArray());
        }
        Files.writeString(dir.resolve("worker-throughput.svg"), SvgChart.figure(List.of(throughput, service)));

        List<SvgChart> queues = new ArrayList<>();
        for (String size : grid.sizes()) {
            SvgChart chart = new SvgChart("Waiting jobs, " + size, "seconds into the run", "messages in the queue",
                    460, 330);
            for (int c : grid.concurrency()) {
                for (String kind : List.of("saturation", "sustained")) {
                    grid.find(size, c, kind).ifPresent(row -> chart.line(kind + ", " + c + " at once",
                            row.queue().stream().mapToDouble(WorkerResult.QueuePoint::seconds).toArray(),
                            row.queue().stream().mapToDouble(WorkerResult.QueuePoint::visible).toArray(),
                            "sustained".equals(kind)));
                }
            }
            queues.add(chart);
        }
        Files.writeString(dir.resolve("worker-queue.svg"), SvgChart.figure(queues));
    }
}
