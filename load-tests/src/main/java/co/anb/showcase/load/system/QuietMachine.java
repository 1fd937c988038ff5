package co.anb.showcase.load.system;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development machine is shared: other test suites take its two cores for minutes at a time, and a
 * stage measured meanwhile measures them. A full run therefore waits, before each measured stage, until the machine
 * has been almost idle for a few seconds (its own system is idle between stages), and repeats a stage during which
 * other work took more than {@link #DISTURBED_PERCENT} of the CPU ({@link #measure}).
 */
public final class QuietMachine {

    /** Other work above this share of the machine (mean over a stage's steady part) makes the stage repeat. */
    public static final double DISTURBED_PERCENT = 15;
    /** How many times a disturbed stage is repeated before it is kept as it is (and flagged so). */
    public static final int MAX_REPEATS = 2;
    private static final double QUIET_PERCENT = 15;
    private static final Duration WINDOW = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(QuietMachine.class);

    private QuietMachine() {
    }

    /** Waits up to {@code max} for a window in which the machine was busy less than 15 %; false if none came. */
    public static boolean await(Duration max) throws InterruptedException {
        Instant deadline = Instant.now().plus(max);
        boolean said = false;
        while (true) {
            double busy = busyPercent(WINDOW);
            if (busy < QUIET_PERCENT) {
                if (said) {
                    log.info("The machine is quiet again ({} % busy)", "%.0f".formatted(busy));
                }
                return true;
            }
            if (Instant.now().isAfter(deadline)) {
                log.warn("The machine stayed busy ({} %) for {}; measuring anyway", "%.0f".formatted(busy), max);
                return false;
            }
            if (!said) {
                log.info("Other work keeps the machine {} % busy (load average {}); waiting up to {} for it to end",
                        "%.0f".formatted(busy), Machine.currentLoadAverage(), max);
                said = true;
            }
        }
    }

    public static boolean disturbed(ResourceSummary summary) {
        return summary.otherCpuMean() > DISTURBED_PERCENT;
    }

    /** One measurement; {@code attempt} counts the earlier ones thrown away (0 the first time). */
    @FunctionalInterface
    public interface Measurement<T> {
        T run(int attempt) throws Exception;
    }

    /**
     * Runs a measurement. With {@code guard}: waits up to 10 minutes for a quiet machine first, and runs it again
     * if other work disturbed it (its {@code resources} say so), at most {@link #MAX_REPEATS} times; the last run
     * is kept as it is. {@code onRepeat} hears of every run thrown away.
     */
    public static <T> T measure(boolean guard, Measurement<T> measurement, Function<T, ResourceSummary> resources,
                                Consumer<T> onRepeat) throws Exception {
        for (int attempt = 0; ; attempt++) {
            if (guard) {
                await(Duration.ofMinutes(10));
            }
            T result = measurement.run(attempt);
            if (!guard || !disturbed(resources.apply(result)) || attempt >= MAX_REPEATS) {
                return result;
            }
            onRepeat.accept(result);
        }
    }

    private static double busyPercent(Duration window) throws InterruptedException {
        ProcCounters.MachineTicks before = cpu();
        Thread.sleep(window.toMillis());
        ProcCounters.MachineTicks after = cpu();
        long total = after.total() - before.total();
        return total <= 0 ? 0 : 100.0 * (after.busy() - before.busy()) / total;
    }

    /** Unreadable counters read as none: the machine then counts as quiet. */
    private static ProcCounters.MachineTicks cpu() {
        try {
            return ProcCounters.machine();
        } catch (IOException | RuntimeException e) {
            return new ProcCounters.MachineTicks(0, 0);
        }
    }
}
