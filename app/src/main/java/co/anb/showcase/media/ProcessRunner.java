package co.anb.showcase.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a child process with a wall-clock time limit. Its output goes to temporary files rather than pipes, so a
 * chatty process can never block on a full pipe buffer while we wait for it, and no reader threads are needed. What
 * is read back is bounded: the first {@link #STDOUT_MAX_BYTES} of stdout and the last {@link #STDERR_TAIL_BYTES} of
 * stderr, so a file that makes a tool print millions of lines costs no memory here (the files themselves are
 * bounded by {@link ProcessLimits#outputSize()}).
 */
final class ProcessRunner {

    /** Far more than ffprobe's report of a real video (a few KB); only ffprobe's stdout is ever parsed. */
    static final int STDOUT_MAX_BYTES = 4 * 1024 * 1024;
    private static final int STDERR_TAIL_BYTES = 4_000;

    private ProcessRunner() {
    }

    static ProcessOutput run(List<String> command, Map<String, String> environment, Duration timeout) {
        Path stdout = null;
        Path stderr = null;
        Process process = null;
        String tool = Path.of(command.get(0)).getFileName().toString();
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
                throw new MediaTimeoutException(toolName(command), timeout);
            }
            return new ProcessOutput(process.exitValue(), read(stdout, 0, STDOUT_MAX_BYTES),
                    read(stderr, Math.max(0, Files.size(stderr) - STDERR_TAIL_BYTES), STDERR_TAIL_BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + tool, e);
        } catch (InterruptedException e) {
            // the caller gave up (shutdown, or the job was cancelled): the child must not outlive it
            if (process != null) {
                process.destroyForcibly();
            }
            Thread.currentThread().interrupt();
            throw new MediaInterruptedException(toolName(command), e);
        } finally {
            deleteQuietly(stdout);
            deleteQuietly(stderr);
        }
    }

    /** The tool's name for messages: the command after {@code prlimit}'s options when it runs confined. */
    private static String toolName(List<String> command) {
        int separator = command.indexOf("--");
        String tool = separator >= 0 && separator + 1 < command.size() ? command.get(separator + 1) : command.get(0);
        return Path.of(tool).getFileName().toString();
    }

    /** Lenient decoding: media metadata is not always valid UTF-8, and a bad byte must not fail the run. */
    private static String read(Path file, long from, int maxBytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(maxBytes, Math.max(0, channel.size() - from)));
            while (buffer.hasRemaining() && channel.read(buffer, from + buffer.position()) >= 0) {
                // FileChannel may read less than asked; keep going until the buffer is full or the file ends
            }
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        }
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
