package co.anb.showcase.load.worker;

import co.anb.showcase.load.seed.UploadClips;
import java.time.Duration;
import java.util.List;

/**
 * The shape of a worker-scenario run: for every input size and every concurrency (jobs at once per node), a
 * saturation run (jobs injected faster than the node can take them, {@code overload} times its estimated
 * capacity, so the backlog ramps) and a sustained run (jobs injected at {@code nominalShare} of the throughput the
 * saturation run measured, where the queue must stay flat).
 */
public record WorkerProfile(String name, List<UploadClips.Clip> sizes, List<Integer> concurrency,
                            Duration saturation, Duration sustained, double overload, double nominalShare,
                            boolean guardQuiet) {

    public static WorkerProfile full() {
        return new WorkerProfile("full", List.of(UploadClips.Clip.MB50, UploadClips.Clip.MB100), List.of(1, 2, 4),
                Duration.ofMinutes(4), Duration.ofMinutes(4), 1.5, 0.8, true);
    }

    /**
     * The quick clip at one concurrency, seconds instead of minutes: checks that everything runs and is reported,
     * measures nothing.
     */
    public static WorkerProfile quick() {
        return new WorkerProfile("quick", List.of(UploadClips.Clip.QUICK), List.of(2), Duration.ofSeconds(20),
                Duration.ofSeconds(20), 1.5, 0.8, false);
    }

    public WorkerProfile with(List<UploadClips.Clip> newSizes, List<Integer> newConcurrency) {
        return new WorkerProfile(name, List.copyOf(newSizes), List.copyOf(newConcurrency), saturation, sustained,
                overload, nominalShare, guardQuiet);
    }
}
