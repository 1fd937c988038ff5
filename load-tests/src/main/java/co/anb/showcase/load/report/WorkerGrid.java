package co.anb.showcase.load.report;

import co.anb.showcase.load.worker.WorkerResult;
import java.util.List;
import java.util.Optional;

/**
 * A worker result laid out as the report shows it: input sizes (in run order) by concurrencies (ascending), each
 * cell holding a warm-up, a saturation and a sustained run.
 */
final class WorkerGrid {

    private final WorkerResult worker;
    private final List<String> sizes;
    private final List<Integer> concurrency;

    WorkerGrid(WorkerResult worker) {
        this.worker = worker;
        this.sizes = worker.rows().stream().map(WorkerResult.Row::size).distinct().toList();
        this.concurrency = worker.rows().stream().map(WorkerResult.Row::concurrency).distinct().sorted().toList();
    }

    List<String> sizes() {
        return sizes;
    }

    List<Integer> concurrency() {
        return concurrency;
    }

    /** The heading of a concurrency's column or bar group. */
    static String label(int concurrency) {
        return concurrency + (concurrency == 1 ? " job" : " jobs") + " at once";
    }

    Optional<WorkerResult.Row> find(String size, int concurrency, String kind) {
        return worker.rows().stream().filter(r -> r.size().equals(size) && r.concurrency() == concurrency
                && r.kind().equals(kind)).findFirst();
    }

    /** The node's capacity a saturation run measured: c / S̄, or the observed throughput if no service finished. */
    static double capacity(WorkerResult.Row row) {
        return Double.isNaN(row.littleCapacity()) ? row.throughput() : row.littleCapacity();
    }
}
