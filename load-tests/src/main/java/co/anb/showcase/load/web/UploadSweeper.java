package co.anb.showcase.load.web;

import co.anb.showcase.load.system.LocalSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads pile up in the store (no worker takes them) at up to tens of MB/s; they are not needed once answered,
 * so every 10 s the files older than 20 s are removed from the store's directory while the run goes.
 */
final class UploadSweeper implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UploadSweeper.class);
    private static final Duration AGE = Duration.ofSeconds(20);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    UploadSweeper(LocalSystem system) {
        Path uploads = system.dataDir().resolve("objects").resolve(system.endpoints().bucket()).resolve("uploads");
        timer.scheduleWithFixedDelay(() -> deleteOld(uploads), 10, 10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private static void deleteOld(Path uploads) {
        if (!Files.isDirectory(uploads)) {
            return;
        }
        long before = System.currentTimeMillis() - AGE.toMillis();
        try (Stream<Path> files = Files.list(uploads)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toMillis() < before) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            log.warn("Could not clear old uploads: {}", e.toString());
        }
    }
}
