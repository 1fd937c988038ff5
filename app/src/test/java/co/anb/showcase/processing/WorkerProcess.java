package co.anb.showcase.processing;

import co.anb.showcase.ShowcaseApplication;
import co.anb.showcase.local.LocalStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The app with {@code ANB_ROLE=worker} in a JVM of its own, as on a worker instance, on the local stack's worker
 * database and worker-process queue pair, so a test can kill it like a crashed machine or stop it like a scale-in.
 * Its log goes to {@code target/worker-processes/<name>.log}.
 */
final class WorkerProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private WorkerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static WorkerProcess start(String name, String... extraArguments) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx384m",
                "-cp", System.getProperty("java.class.path"),
                ShowcaseApplication.class.getName(),
                "--spring.profiles.active=local,test", "--anb.role=worker", "--server.port=0"));
        LocalStack.shared().workerProcessProperties()
                .forEach((key, value) -> command.add("--" + key + "=" + value));
        command.addAll(List.of(extraArguments));
        try {
            Path dir = Files.createDirectories(Path.of("target", "worker-processes"));
            Path log = dir.resolve(name + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new WorkerProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a worker process", e);
        }
    }

    /** Like a machine that died: SIGKILL to the JVM and to the FFmpeg it started, no chance to clean up. */
    void kill() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        children.forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Like a scale-in or {@code systemctl stop}: SIGTERM, then waits for the process to exit.
     *
     * @return whether it exited within {@code timeout}
     */
    boolean stop(Duration timeout) throws InterruptedException {
        process.destroy();
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
