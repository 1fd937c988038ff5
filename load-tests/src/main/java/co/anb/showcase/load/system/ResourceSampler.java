package co.anb.showcase.load.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Samples, once a second, what could saturate first while a load runs: CPU of the machine, of the system's JVM,
 * of its PostgreSQL server (found by its data directory: it is not a child of the JVM), of the FFmpeg/ffprobe
 * processes the system starts, and of the load generator (this JVM), all from /proc and as a share of the whole
 * machine; heap and GC, the DB connection pool and Tomcat's threads from the system's actuator metrics; disk
 * busy time (/proc/diskstats) and free space where the system keeps its data.
 */
public final class ResourceSampler implements AutoCloseable {

    private final ProcessHandle sut;
    private final ActuatorMetrics metrics;
    private final Path dataDir;
    private final String disk;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "resource-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final List<ResourceSample> samples = new CopyOnWriteArrayList<>();
    private final long startMillis = System.currentTimeMillis();
    private Ticks previous;
    private ProcessHandle postmaster;

    public ResourceSampler(ProcessHandle sut, String baseUrl, Path dataDir) throws IOException {
        this.sut = sut;
        this.metrics = new ActuatorMetrics(baseUrl);
        this.dataDir = dataDir;
        this.disk = Path.of(Files.getFileStore(dataDir).name()).getFileName().toString();
        previous = ticks();
        timer.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    /** The samples taken from {@code fromEpochMillis} to {@code toEpochMillis}, both included. */
    public ResourceSummary summarize(long fromEpochMillis, long toEpochMillis) {
        List<ResourceSample> window = samples.stream()
                .filter(s -> s.epochMillis() >= fromEpochMillis && s.epochMillis() <= toEpochMillis)
                .collect(Collectors.toList());
        return ResourceSummary.of(window);
    }

    public void writeCsv(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(ResourceSample.CSV_HEADER);
        samples.forEach(sample -> lines.add(sample.csv()));
        Files.write(file, lines);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sample() {
        try {
            Ticks now = ticks();
            double elapsed = (now.nanos - previous.nanos) / 1e9;
            double machine = elapsed * ProcCounters.TICKS_PER_SECOND * cores;
            double hostBusy = now.hostTotal - previous.hostTotal == 0 ? 0
                    : 100.0 * (now.hostBusy - previous.hostBusy) / (now.hostTotal - previous.hostTotal);
            ResourceSample sample = new ResourceSample(System.currentTimeMillis(),
                    (System.currentTimeMillis() - startMillis) / 1000.0,
                    hostBusy,
                    // a process that ended between two samples takes its ticks with it: never below zero
                    Math.max(0, 100.0 * (now.app - previous.app) / machine),
                    Math.max(0, 100.0 * (now.db - previous.db) / machine),
                    Math.max(0, 100.0 * (now.media - previous.media) / machine),
                    Math.max(0, 100.0 * (now.generator - previous.generator) / machine),
                    metrics.value("jvm.memory.used", "area:heap") / 1024 / 1024,
                    metrics.value("jvm.memory.max", "area:heap") / 1024 / 1024,
                    100.0 * metrics.value("jvm.memory.usage.after.gc", "area:heap", "pool:long-lived"),
                    100.0 * metrics.value("jvm.gc.overhead"),
                    metrics.value("hikaricp.connections.active"), metrics.value("hikaricp.connections.pending"),
                    metrics.value("hikaricp.connections.max"),
                    metrics.value("tomcat.threads.busy"), metrics.value("tomcat.threads.config.max"),
                    diskBusy(now, previous, elapsed),
                    Files.getFileStore(dataDir).getUsableSpace() / 1e9);
            previous = now;
            samples.add(sample);
        } catch (IOException | RuntimeException e) {
            // a missed sample is a gap in the series, not a failed run
        }
    }

    private static double diskBusy(Ticks now, Ticks before, double elapsed) {
        if (now.diskIoMillis < 0 || before.diskIoMillis < 0) {
            return Double.NaN;
        }
        return Math.min(100, 100.0 * (now.diskIoMillis - before.diskIoMillis) / (elapsed * 1000));
    }

    private Ticks ticks() throws IOException {
        long app = 0;
        long media = 0;
        if (sut.isAlive()) {
            long[] jvm = ProcCounters.process(sut.pid());
            app = jvm[0];
            // FFmpeg/ffprobe children: the running ones, plus the finished ones the JVM has reaped
            media = jvm[1];
            for (ProcessHandle child : sut.descendants().toList()) {
                media += ProcCounters.process(child.pid())[0];
            }
        }
        long db = 0;
        for (long pid : postgresProcesses()) {
            db += ProcCounters.process(pid)[0];
        }
        ProcCounters.MachineTicks host = ProcCounters.machine();
        return new Ticks(System.nanoTime(), host.total(), host.busy(), app, db, media,
                ProcCounters.process(ProcessHandle.current().pid())[0], ProcCounters.diskIoMillis(disk));
    }

    /** The PostgreSQL server of the system (started with {@code -D <dataDir>/postgres}) and its backends. */
    private List<Long> postgresProcesses() {
        if (postmaster == null || !postmaster.isAlive()) {
            String marker = "-D" + '\0' + dataDir.resolve("postgres");
            postmaster = ProcessHandle.allProcesses()
                    .filter(process -> ProcCounters.commandLine(process.pid()).contains(marker))
                    .findFirst().orElse(null);
        }
        if (postmaster == null) {
            return List.of();
        }
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster.pid());
        postmaster.descendants().forEach(process -> pids.add(process.pid()));
        return pids;
    }

    private record Ticks(long nanos, long hostTotal, long hostBusy, long app, long db, long media, long generator,
                         long diskIoMillis) {
    }
}
