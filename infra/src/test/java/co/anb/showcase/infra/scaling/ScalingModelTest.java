package co.anb.showcase.infra.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worker scaling policy of the infra module, chosen on this model (docs/capacity.md, section 7): it must never
 * reverse under steady load once settled, and beat the previous policy on p95 and instance-hours. The table is
 * printed and written to target/scaling-model.md.
 */
class ScalingModelTest {

    private static List<RunResult> results;

    @BeforeAll
    static void runModel() throws IOException {
        results = ScalingModel.runAll(ModelParameters.measured());
        String table = ScalingModel.table(results);
        System.out.print(table);
        Files.writeString(Path.of("target", "scaling-model.md"), table);
    }

    @Test
    void theModelIsDeterministic() {
        assertThat(ScalingModel.runAll(ModelParameters.measured())).isEqualTo(results);
    }

    @Test
    void theModelReproducesTheOscillationOfThePreviousPolicy() {
        for (String workload : List.of("steady 8/min", "steady 20/min")) {
            assertThat(result(Policies.today().name(), workload).reversalsAfterSettling()).as(workload)
                    .isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void theChosenPolicyNeverReversesUnderSteadyLoadOnceSettled() {
        for (Workload workload : ScalingModel.WORKLOADS.stream().filter(Workload::steady).toList()) {
            RunResult chosen = result(Policies.chosen().name(), workload.name());
            assertThat(chosen.reversalsAfterSettling()).as(workload.name()).isZero();
            assertThat(chosen.reversals()).as(workload.name()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void theChosenPolicyKeepsP95UnderAMinuteBelowTheGroupsCapacity() {
        for (Workload workload : ScalingModel.WORKLOADS) {
            if (workload.peakPerMinute() < 30) {
                assertThat(result(Policies.chosen().name(), workload.name()).p95Seconds()).as(workload.name())
                        .isLessThan(60);
            }
        }
    }

    @Test
    void theChosenPolicyBeatsThePreviousOneOnP95AndInstanceHours() {
        for (String workload : List.of("steady 8/min", "steady 20/min", "day, evening peak")) {
            RunResult chosen = result(Policies.chosen().name(), workload);
            RunResult today = result(Policies.today().name(), workload);
            assertThat(chosen.p95Seconds()).as(workload).isLessThan(today.p95Seconds() / 2);
            assertThat(chosen.instanceHours()).as(workload).isLessThan(today.instanceHours() * 0.9);
        }
        RunResult quiet = result(Policies.chosen().name(), "steady 2/min");
        RunResult quietToday = result(Policies.today().name(), "steady 2/min");
        assertThat(quiet.p95Seconds()).isLessThanOrEqualTo(quietToday.p95Seconds());
        assertThat(quiet.instanceHours()).isLessThanOrEqualTo(quietToday.instanceHours());
    }

    private static RunResult result(String policy, String workload) {
        return results.stream().filter(r -> r.policy().equals(policy) && r.workload().equals(workload))
                .findFirst().orElseThrow(() -> new AssertionError("no run of " + policy + " under " + workload));
    }
}
