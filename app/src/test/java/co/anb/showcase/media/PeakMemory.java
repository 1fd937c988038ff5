package co.anb.showcase.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The highest resident memory ({@code VmHWM}) any child process of this JVM reached while a piece of work ran,
 * sampled from {@code /proc} every few milliseconds: a lower bound of the true peak, which is enough to show a
 * process went past a size, and (the kernel enforcing the ceiling) to see it did not.
 */
final class PeakMemory {

    private PeakMemory() {
    }

    static long whileRunning(Supplier<?> work) throws Exception {
        AtomicLong peak = new AtomicLong();
        CompletableFuture<?> running = CompletableFuture.supplyAsync(work);
        while (!running.isDone()) {
            ProcessHandle.current().descendants().forEach(child -> peak.accumulateAndGet(highWaterMark(child),
                    Math::max));
            Thread.sleep(2);
        }
        running.get();
        return peak.get();
    }

    private static long highWaterMark(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between the listing and the read
        }
        return 0;
    }
}
