package co.anb.showcase.load.report;

import static co.anb.showcase.load.report.ReportText.format;

import co.anb.showcase.load.system.QuietMachine;
import co.anb.showcase.load.system.ResourceSummary;
import co.anb.showcase.load.worker.WorkerResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The worker scenario's sections of docs/capacity.md: worker-machine, worker-capacity (the capacity by input size
 * and concurrency) and worker-runs (every run's figures).
 */
public final class WorkerTables {

    private WorkerTables() {
    }

    /** Section name → Markdown. */
    public static Map<String, String> of(WorkerResult worker) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("worker-machine", ReportText.machine(worker.machine(), worker.loadAverageAfter()));
        out.put("worker-capacity", capacity(new WorkerGrid(worker)));
        out.put("worker-runs", runs(worker));
        return out;
    }

    private static String capacity(WorkerGrid grid) {
        StringBuilder capacity = new StringBuilder("| input |");
        grid.concurrency().forEach(c -> capacity.append(' ').append(WorkerGrid.label(c)).append(" |"));
        capacity.append("\n|---|").append("---:|".repeat(grid.concurrency().size())).append('\n');
        for (String size : grid.sizes()) {
            capacity.append("| ").append(size).append(" |");
            for (int c : grid.concurrency()) {
                capacity.append(' ').append(grid.find(size, c, "saturation").map(row -> "**"
                        + format(WorkerGrid.capacity(row), 2) + "** videos/min (S̄ " + format(row.serviceMean(), 1)
                        + " s)").orElse("-")).append(" |");
            }
            capacity.append('\n');
        }
        return capacity.toString();
    }

    private static String runs(WorkerResult worker) {
        StringBuilder runs = new StringBuilder("| input | jobs at once | run | injected /min | videos/min"
                + " | c / S̄ | S̄ s | S p95 s | sojourn s (p95) | queue trend /min | queue max | done / sent"
                + " | CPU: machine (FFmpeg / app / other) | load avg. |\n"
                + "|---|---:|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---|---|\n");
        for (WorkerResult.Row row : worker.rows()) {
            ResourceSummary r = row.resources();
            runs.append("| ").append(row.size()).append(" | ").append(row.concurrency()).append(" | ")
                    .append(row.kind()).append(" | ").append("warmup".equals(row.kind()) ? "1 job"
                            : format(row.ratePerMinute(), 2)).append(" | ")
                    .append(format(row.throughput(), 2)).append(" | ").append(format(row.littleCapacity(), 2))
                    .append(" | ").append(format(row.serviceMean(), 1)).append(" | ")
                    .append(format(row.serviceP95(), 1)).append(" | ").append(format(row.sojournMean(), 1))
                    .append(" (").append(format(row.sojournP95(), 1)).append(") | ")
                    .append(format(row.queueSlope(), 2)).append(" | ").append(row.queueMax())
                    .append(row.backlogCap() > 0 ? " (cap " + row.backlogCap() + ")" : "").append(" | ")
                    .append(row.completed()).append(" / ").append(row.sent())
                    .append(row.failed() > 0 ? ", " + row.failed() + " failed" : "")
                    .append(row.retried() > 0 ? ", " + row.retried() + " retried" : "").append(" | ")
                    .append(format(r.hostCpuMean(), 0)).append(" % (").append(format(r.mediaCpuMean(), 0))
                    .append(" / ").append(format(r.appCpuMean(), 0)).append(" / ")
                    .append(format(r.otherCpuMean(), 0)).append(") | ").append(row.loadAverage())
                    .append(ReportText.notes(row.repeats(), QuietMachine.disturbed(r)))
                    .append(" |\n");
        }
        return runs.toString();
    }
}
