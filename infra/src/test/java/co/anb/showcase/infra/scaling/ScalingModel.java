package co.anb.showcase.infra.scaling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs every policy under every workload with the measured parameters and renders the table of docs/capacity.md
 * (section 7). {@code main} prints it; {@link ScalingModelTest} asserts on the same runs.
 */
final class ScalingModel {

    static final List<Workload> WORKLOADS = List.of(
            Workload.steady(2, 4), Workload.steady(8, 4), Workload.steady(20, 4),
            Workload.burst(500, 5, 2, 3), Workload.eveningPeakDay());

    private ScalingModel() {
    }

    static List<RunResult> runAll(ModelParameters parameters) {
        List<RunResult> results = new ArrayList<>();
        for (Workload workload : WORKLOADS) {
            for (Supplier<ScalingPolicy> policy : Policies.all()) {
                results.add(new WorkerGroupSimulation(parameters).run(workload, policy.get()));
            }
        }
        return results;
    }

    static String table(List<RunResult> results) {
        StringBuilder table = new StringBuilder("""
                | workload | policy | uploads | p50 s | p95 s | max s | instance-hours | scale events | reversals \
                (after 1st hour) | largest group |
                |---|---|---:|---:|---:|---:|---:|---:|---:|---:|
                """);
        for (RunResult r : results) {
            table.append(String.format(Locale.ROOT,
                    "| %s | %s | %d | %.0f | %.0f | %.0f | %.1f | %d | %d (%d) | %d |%n",
                    r.workload(), r.policy(), r.uploads(), r.p50Seconds(), r.p95Seconds(), r.maxSeconds(),
                    r.instanceHours(), r.scaleEvents(), r.reversals(), r.reversalsAfterSettling(), r.largestGroup()));
        }
        return table.toString();
    }

    public static void main(String[] args) {
        System.out.print(table(runAll(ModelParameters.measured())));
    }
}
