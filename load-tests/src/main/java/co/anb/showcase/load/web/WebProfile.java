package co.anb.showcase.load.web;

import co.anb.showcase.load.system.QuietMachine;
import java.time.Duration;
import java.util.List;

/**
 * The shape of a web-scenario run: smoke, then load levels of {@code levels} concurrent users (each a ramp and a
 * hold) until one misses the SLOs, then a sustained run at {@code sustainedShare} of the best level, then the read
 * endpoints at {@code readUsers} concurrent connections. With {@code guardQuiet}, each stage waits for a quiet
 * machine and a stage disturbed by other work is repeated ({@link QuietMachine}).
 */
public record WebProfile(String name, int smokeUsers, Duration smoke, List<Integer> levels, Duration ramp,
                         Duration hold, double sustainedShare, Duration sustainedRamp, Duration sustained,
                         int readUsers, Duration reads, Duration pauseMin, Duration pauseMax, double playerShare,
                         double bigUploadShare, boolean guardQuiet) {

    /** The course's run: smoke 5 users 1 min; ramp 3 min and hold 5 min per level; 5 min at 80 % of the best. */
    public static WebProfile full() {
        return new WebProfile("full", 5, Duration.ofMinutes(1), List.of(25, 50, 75, 100, 150, 200, 300, 400),
                Duration.ofMinutes(3), Duration.ofMinutes(5), 0.8, Duration.ofSeconds(30), Duration.ofMinutes(5),
                64, Duration.ofMinutes(2), Duration.ofSeconds(1), Duration.ofSeconds(3), 0.3, 0.1, true);
    }

    /** The same stages, minutes made seconds: checks that everything runs and is reported, measures nothing. */
    public static WebProfile quick() {
        return new WebProfile("quick", 5, Duration.ofSeconds(8), List.of(10, 20), Duration.ofSeconds(5),
                Duration.ofSeconds(10), 0.8, Duration.ofSeconds(3), Duration.ofSeconds(8), 64,
                Duration.ofSeconds(8), Duration.ofSeconds(1), Duration.ofSeconds(3), 0.3, 0.1, false);
    }

    public WebProfile withLevels(List<Integer> newLevels) {
        return new WebProfile(name, smokeUsers, smoke, List.copyOf(newLevels), ramp, hold, sustainedShare,
                sustainedRamp, sustained, readUsers, reads, pauseMin, pauseMax, playerShare, bigUploadShare,
                guardQuiet);
    }

    public WebProfile withTimes(Duration newRamp, Duration newHold) {
        return new WebProfile(name, smokeUsers, smoke, levels, newRamp, newHold, sustainedShare, sustainedRamp,
                sustained, readUsers, reads, pauseMin, pauseMax, playerShare, bigUploadShare, guardQuiet);
    }

    /** An upper bound on the run's time, for the system's own time limit (waits and repeats included). */
    Duration longest() {
        Duration perLevel = ramp.plus(hold).plus(Duration.ofMinutes(2));
        Duration load = smoke.plus(perLevel.multipliedBy(levels.size())).plus(sustainedRamp).plus(sustained)
                .plus(reads).plus(Duration.ofMinutes(10));
        return guardQuiet ? load.multipliedBy(1 + QuietMachine.MAX_REPEATS) : load;
    }
}
