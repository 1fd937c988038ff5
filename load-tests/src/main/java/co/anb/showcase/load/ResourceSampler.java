package co.anb.showcase.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Samples, once a second, what could saturate first while a load runs: CPU of the machine, of the system's JVM,
 * of its PostgreSQL server (found by its data directory: it is not a child of the JVM), of the FFmpeg/ffprobe
 * processes the system starts, and of the load generator (this JVM), all from /proc and as a share of the whole
 * machine; heap and GC, the DB connection pool and Tomcat's threads from the system's actuator metrics; disk
 * busy time (/proc/diskstats) and free space where the system keeps its data.
 */
final class ResourceSampler implements AutoCloseable {

    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessHandle sut;
    private final String metricsBase;
    private final Path dataDir;
    private final String disk;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "resource-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final long startMillis = System.currentTimeMillis();
    private Ticks previous;
    private ProcessHandle postmaster;

    ResourceSampler(ProcessHandle sut, String baseUrl, Path dataDir) throws IOException {
        this.sut = sut;
        this.metricsBase = baseUrl + "/actuator/metrics/";
        this.dataDir = dataDir;
        this.disk = Path.of(Files.getFileStore(dataDir).name()).getFileName().toString();
        previous = ticks();
        timer.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * One second of the system's life. CPU values are percentages of the whole machine (100 = every core busy).
     */
    record Sample(long epochMillis, double seconds, double hostCpu, double appCpu, double dbCpu, double mediaCpu,
                  double generatorCpu,
                  double heapUsedMb, double heapMaxMb, double liveHeapPercent, double gcPercent, double poolActive,
                  double poolPending, double poolMax, double tomcatBusy, double tomcatMax, double diskBusyPercent,
                  double diskFreeGb) {

        static final String CSV_HEADER = "epoch_ms,seconds,host_cpu_pct,app_cpu_pct,db_cpu_pct,media_cpu_pct,"
                + "generator_cpu_pct,"
                + "heap_used_mb,heap_max_mb,live_heap_pct,gc_pct,db_pool_active,db_pool_pending,db_pool_max,"
                + "tomcat_busy,tomcat_max,disk_busy_pct,disk_free_gb";

        /** CPU the machine spent on anything else: other work on a shared machine skews a run. */
        double otherCpu() {
            return Math.max(0, hostCpu - appCpu - dbCpu - mediaCpu - generatorCpu);
        }

        String csv() {
            return String.format(Locale.ROOT, "%d,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%.0f,%.0f,%.1f,%.1f,%.0f,%.0f,"
                            + "%.0f,%.0f,%.0f,%.1f,%.1f", epochMillis, seconds, hostCpu, appCpu, dbCpu, mediaCpu,
                    generatorCpu, heapUsedMb, heapMaxMb, liveHeapPercent, gcPercent, poolActive, poolPending, poolMax,
                    tomcatBusy, tomcatMax, diskBusyPercent, diskFreeGb);
        }
    }

    /** Means and peaks of a window of samples. */
    record Summary(int samples, double hostCpuMean, double hostCpuMax, double appCpuMean, double dbCpuMean,
                   double mediaCpuMean, double generatorCpuMean, double otherCpuMean, double heapUsedMaxMb,
                   double heapMaxMb, double liveHeapMaxPercent,
                   double gcMeanPercent, double poolActiveMax, double poolPendingMax, double poolMax,
                   double tomcatBusyMax, double tomcatMax, double diskBusyMean, double diskBusyMax,
                   double diskFreeMinGb) {
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    Summary summarize(long fromEpochMillis, long toEpochMillis) {
        List<Sample> window = samples.stream()
                .filter(s -> s.epochMillis() >= fromEpochMillis && s.epochMillis() <= toEpochMillis)
                .collect(Collectors.toList());
        return summarize(window);
    }

    static Summary summarize(List<Sample> window) {
        return new Summary(window.size(),
                mean(window, Sample::hostCpu), max(window, Sample::hostCpu),
                mean(window, Sample::appCpu), mean(window, Sample::dbCpu), mean(window, Sample::mediaCpu),
                mean(window, Sample::generatorCpu), mean(window, Sample::otherCpu),
                max(window, Sample::heapUsedMb), max(window, Sample::heapMaxMb),
                max(window, Sample::liveHeapPercent), mean(window, Sample::gcPercent),
                max(window, Sample::poolActive), max(window, Sample::poolPending), max(window, Sample::poolMax),
                max(window, Sample::tomcatBusy), max(window, Sample::tomcatMax),
                mean(window, Sample::diskBusyPercent), max(window, Sample::diskBusyPercent),
                window.stream().mapToDouble(Sample::diskFreeGb).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN));
    }

    void writeCsv(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(Sample.CSV_HEADER);
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
            double machine = elapsed * TICKS_PER_SECOND * cores;
            double hostBusy = now.hostTotal - previous.hostTotal == 0 ? 0
                    : 100.0 * (now.hostBusy - previous.hostBusy) / (now.hostTotal - previous.hostTotal);
            Sample sample = new Sample(System.currentTimeMillis(), (System.currentTimeMillis() - startMillis) / 1000.0,
                    hostBusy,
                    100.0 * (now.app - previous.app) / machine,
                    100.0 * (now.db - previous.db) / machine,
                    100.0 * (now.media - previous.media) / machine,
                    100.0 * (now.generator - previous.generator) / machine,
                    metric("jvm.memory.used", "area:heap") / 1024 / 1024,
                    metric("jvm.memory.max", "area:heap") / 1024 / 1024,
                    100.0 * metric("jvm.memory.usage.after.gc", "area:heap", "pool:long-lived"),
                    100.0 * metric("jvm.gc.overhead"),
                    metric("hikaricp.connections.active"), metric("hikaricp.connections.pending"),
                    metric("hikaricp.connections.max"),
                    metric("tomcat.threads.busy"), metric("tomcat.threads.config.max"),
                    diskBusy(now, previous, elapsed),
                    Files.getFileStore(dataDir).getUsableSpace() / 1e9);
            previous = now;
            samples.add(sample);
        } catch (IOException | RuntimeException e) {
            // a missed sample is a gap in the series, not a failed run
        }
    }

    private double diskBusy(Ticks now, Ticks before, double elapsed) {
        if (now.diskIoMillis < 0 || before.diskIoMillis < 0) {
            return Double.NaN;
        }
        return Math.min(100, 100.0 * (now.diskIoMillis - before.diskIoMillis) / (elapsed * 1000));
    }

    private double metric(String name, String... tags) {
        StringBuilder uri = new StringBuilder(metricsBase).append(name);
        for (int i = 0; i < tags.length; i++) {
            uri.append(i == 0 ? '?' : '&').append("tag=").append(URLEncoder.encode(tags[i], StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri.toString()))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Double.NaN;
            }
            JsonNode measurements = JSON.readTree(response.body()).path("measurements");
            for (JsonNode measurement : measurements) {
                if ("VALUE".equals(measurement.path("statistic").asText())) {
                    return measurement.path("value").asDouble();
                }
            }
            return Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    private Ticks ticks() throws IOException {
        long app = 0;
        long media = 0;
        if (sut.isAlive()) {
            long[] jvm = processTicks(sut.pid());
            app = jvm[0];
            // FFmpeg/ffprobe children: the running ones, plus the finished ones the JVM has reaped
            media = jvm[1];
            for (ProcessHandle child : sut.descendants().toList()) {
                media += processTicks(child.pid())[0];
            }
        }
        long db = 0;
        for (long pid : postgresProcesses()) {
            db += processTicks(pid)[0];
        }
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < cpu.length; i++) {
            total += Long.parseLong(cpu[i]);
        }
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
        return new Ticks(System.nanoTime(), total, total - idle, app, db, media,
                processTicks(ProcessHandle.current().pid())[0], diskIoMillis());
    }

    /** The PostgreSQL server of the system (started with {@code -D <dataDir>/postgres}) and its backends. */
    private List<Long> postgresProcesses() {
        if (postmaster == null || !postmaster.isAlive()) {
            String marker = "-D" + '\0' + dataDir.resolve("postgres");
            postmaster = ProcessHandle.allProcesses()
                    .filter(process -> cmdline(process.pid()).contains(marker))
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

    private static String cmdline(long pid) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline"), StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** utime + stime of a process, and cutime + cstime (its reaped children), in clock ticks; 0 if it is gone. */
    private static long[] processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command name (field 2) may hold spaces: count fields after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                    Long.parseLong(fields[13]) + Long.parseLong(fields[14])};
        } catch (IOException | RuntimeException e) {
            return new long[2];
        }
    }

    private long diskIoMillis() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/diskstats"))) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 12 && fields[2].equals(disk)) {
                    return Long.parseLong(fields[12]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no disk figures on this machine
        }
        return -1;
    }

    private static double mean(List<Sample> window, ToDoubleFunction<Sample> field) {
        return window.stream().mapToDouble(field).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    private static double max(List<Sample> window, ToDoubleFunction<Sample> field) {
        return window.stream().mapToDouble(field).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
    }

    private record Ticks(long nanos, long hostTotal, long hostBusy, long app, long db, long media, long generator,
                         long diskIoMillis) {
    }
}
