package co.anb.showcase.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development machine is shared: other test suites take its two cores for minutes at a time, and a
 * stage measured meanwhile measures them. A full run therefore waits, before each measured stage, until the machine
 * has been almost idle for a few seconds (its own system is idle between stages), and repeats a stage during which
 * other work took more than {@link #DISTURBED_PERCENT} of the CPU.
 */
final class QuietMachine {

    /** Other work above this share of the machine (mean over a stage's steady part) makes the stage repeat. */
    static final double DISTURBED_PERCENT = 15;
    /** How many times a disturbed stage is repeated before it is kept as it is (and flagged so). */
    static final int MAX_REPEATS = 2;
    private static final double QUIET_PERCENT = 15;
    private static final Duration WINDOW = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(QuietMachine.class);

    private QuietMachine() {
    }

    /** Waits up to {@code max} for a window in which the machine was busy less than 15 %; false if none came. */
    static boolean await(Duration max) throws InterruptedException {
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

    static boolean disturbed(ResourceSampler.Summary summary) {
        return summary.otherCpuMean() > DISTURBED_PERCENT;
    }

    private static double busyPercent(Duration window) throws InterruptedException {
        long[] before = cpu();
        Thread.sleep(window.toMillis());
        long[] after = cpu();
        long total = after[0] - before[0];
        return total <= 0 ? 0 : 100.0 * (after[1] - before[1]) / total;
    }

    /** Total and busy jiffies of the whole machine. */
    private static long[] cpu() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[] {total, total - idle};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
