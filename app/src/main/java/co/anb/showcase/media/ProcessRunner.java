package co.anb.showcase.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a child process with a time limit. Its output goes to temporary files rather than pipes, so a chatty process
 * can never block on a full pipe buffer while we wait for it, and no reader threads are needed.
 */
final class ProcessRunner {

    private static final int STDERR_TAIL_CHARS = 4_000;

    private ProcessRunner() {
    }

    static ProcessOutput run(List<String> command, Map<String, String> environment, Duration timeout) {
        Path stdout = null;
        Path stderr = null;
        Process process = null;
        try {
            stdout = Files.createTempFile("anb-proc-", ".out");
            stderr = Files.createTempFile("anb-proc-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            builder.environment().putAll(environment);
            process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new MediaTimeoutException(Path.of(command.get(0)).getFileName().toString(), timeout);
            }
            return new ProcessOutput(process.exitValue(), read(stdout), tail(read(stderr)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command.get(0), e);
        } catch (InterruptedException e) {
            // the caller gave up (shutdown, or the job was cancelled): the child must not outlive it
            if (process != null) {
                process.destroyForcibly();
            }
            Thread.currentThread().interrupt();
            throw new MediaInterruptedException(Path.of(command.get(0)).getFileName().toString(), e);
        } finally {
            deleteQuietly(stdout);
            deleteQuietly(stderr);
        }
    }

    /** Lenient decoding: media metadata is not always valid UTF-8, and a bad byte must not fail the run. */
    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static String tail(String text) {
        return text.length() <= STDERR_TAIL_CHARS ? text : text.substring(text.length() - STDERR_TAIL_CHARS);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temp file of a few bytes is not worth failing the run for
            }
        }
    }
}
