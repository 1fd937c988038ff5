package co.anb.showcase.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns results into the report: {@code publish*} copies a run's result into docs/capacity/, {@link #render}
 * draws the plots (SVG) there and rewrites the generated tables of docs/capacity.md, each between
 * {@code <!-- capacity:NAME -->} and {@code <!-- /capacity:NAME -->}.
 */
final class CapacityReport {

    static final String WEB_RESULT = "web-result.json";
    static final String WORKER_RESULT = "worker-result.json";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private CapacityReport() {
    }

    static void publishWeb(Path repo, Path runDir) throws IOException {
        Path docs = Files.createDirectories(repo.resolve("docs/capacity"));
        Files.copy(runDir.resolve(WEB_RESULT), docs.resolve(WEB_RESULT), StandardCopyOption.REPLACE_EXISTING);
        // one sample in five is plenty for a reader, and keeps the file small
        List<String> samples = Files.readAllLines(runDir.resolve("resources.csv"));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            if (i % 5 == 0) {
                kept.add(samples.get(i));
            }
        }
        Files.write(docs.resolve("web-resources.csv"), kept);
        render(repo);
    }

    static void publishWorker(Path repo, Path runDir) throws IOException {
        Path docs = Files.createDirectories(repo.resolve("docs/capacity"));
        Files.copy(runDir.resolve(WORKER_RESULT), docs.resolve(WORKER_RESULT), StandardCopyOption.REPLACE_EXISTING);
        render(repo);
    }

    /** Plots and tables from the results in docs/capacity/ (whichever of the two exist). */
    static void render(Path repo) throws IOException {
        Path docs = repo.resolve("docs/capacity");
        Map<String, String> sections = new LinkedHashMap<>();
        if (Files.exists(docs.resolve(WEB_RESULT))) {
            WebResult web = WebResult.read(docs.resolve(WEB_RESULT)).analysed();
            web.write(docs.resolve(WEB_RESULT));
            writePlots(docs, web);
            sections.putAll(tables(web));
        }
        if (Files.exists(docs.resolve(WORKER_RESULT))) {
            WorkerResult worker = WorkerResult.read(docs.resolve(WORKER_RESULT));
            writePlots(docs, worker);
            sections.putAll(tables(worker));
        }
        Path capacity = repo.resolve("docs/capacity.md");
        if (Files.exists(capacity)) {
            Files.writeString(capacity, fill(Files.readString(capacity), sections));
        }
    }

    static void writePlots(Path dir, WebResult web) throws IOException {
        Files.createDirectories(dir);
        List<WebResult.Stage> levels = levels(web);
        double[] users = levels.stream().mapToDouble(WebResult.Stage::users).toArray();
        SvgChart latency = new SvgChart("Latency, steady phase", "concurrent users", "milliseconds", 440, 330)
                .line("p50", users, steadyOf(levels, GatlingReport.Row::p50), false)
                .line("p95", users, steadyOf(levels, GatlingReport.Row::p95), false)
                .line("p99", users, steadyOf(levels, GatlingReport.Row::p99), false)
                .line("slowest endpoint p95 (SLO)", users, levels.stream().mapToDouble(s -> worstP95(s, web.slo()))
                        .toArray(), true)
                .threshold(web.slo().p95LimitMillis(), "SLO p95 ≤ " + web.slo().p95LimitMillis() + " ms");
        SvgChart rps = new SvgChart("Throughput, steady phase", "concurrent users", "requests per second", 330, 330)
                .line("req/s", users, levels.stream().mapToDouble(WebResult.Stage::steadyRps).toArray(), false);
        SvgChart errors = new SvgChart("Errors, steady phase", "concurrent users", "% of requests", 330, 330)
                .line("errors", users, steadyOf(levels, r -> r.total() == 0 ? 0 : 100.0 * r.ko() / r.total()), false)
                .threshold(web.slo().maxErrorPercent(), "SLO ≤ " + format(web.slo().maxErrorPercent(), 0) + " %")
                .yMax(Math.max(10, levels.stream().mapToDouble(s -> s.steady() == null ? 0
                        : s.steady().errorPercent()).max().orElse(0) * 1.2));
        Files.writeString(dir.resolve("web-users.svg"), SvgChart.figure(List.of(latency, rps, errors)));

        SvgChart cpu = new SvgChart("CPU by process, steady phase", "concurrent users",
                "% of the machine (" + web.machine().cores() + " cores)", 560, 330)
                .line("machine", users, resourcesOf(levels, ResourceSampler.Summary::hostCpuMean), false)
                .line("app JVM", users, resourcesOf(levels, ResourceSampler.Summary::appCpuMean), false)
                .line("PostgreSQL", users, resourcesOf(levels, ResourceSampler.Summary::dbCpuMean), false)
                .line("ffprobe", users, resourcesOf(levels, ResourceSampler.Summary::mediaCpuMean), false)
                .line("load generator", users, resourcesOf(levels, ResourceSampler.Summary::generatorCpuMean), true)
                .line("other work", users, resourcesOf(levels, ResourceSampler.Summary::otherCpuMean), true)
                .yMax(100);
        SvgChart memory = new SvgChart("Heap and connections, steady phase", "concurrent users", "% of limit",
                440, 330)
                .line("live heap (after GC)", users, resourcesOf(levels, ResourceSampler.Summary::liveHeapMaxPercent),
                        false)
                .line("DB pool busy (max)", users, resourcesOf(levels, s -> 100 * s.poolActiveMax()
                        / Math.max(1, s.poolMax())), false)
                .line("Tomcat threads busy (max)", users, resourcesOf(levels, s -> 100 * s.tomcatBusyMax()
                        / Math.max(1, s.tomcatMax())), false)
                .line("disk busy", users, resourcesOf(levels, ResourceSampler.Summary::diskBusyMean), true)
                .yMax(100);
        Files.writeString(dir.resolve("web-resources.svg"), SvgChart.figure(List.of(cpu, memory)));
    }

    static void writePlots(Path dir, WorkerResult worker) throws IOException {
        Files.createDirectories(dir);
        List<String> sizes = worker.rows().stream().map(WorkerResult.Row::size).distinct().toList();
        List<Integer> concurrency = worker.rows().stream().map(WorkerResult.Row::concurrency).distinct().sorted()
                .toList();
        List<String> categories = concurrency.stream().map(c -> c + (c == 1 ? " job" : " jobs") + " at once")
                .toList();
        SvgChart throughput = new SvgChart("Worker node capacity (saturation)", "concurrent jobs per node",
                "videos per minute", 460, 330).categories(categories);
        SvgChart service = new SvgChart("Mean service time (saturation)", "concurrent jobs per node",
                "seconds per video", 460, 330).categories(categories);
        for (String size : sizes) {
            throughput.bars(size, concurrency.stream().mapToDouble(c -> find(worker, size, c, "saturation")
                    .map(CapacityReport::capacity).orElse(Double.NaN)).toArray());
            service.bars(size, concurrency.stream().mapToDouble(c -> find(worker, size, c, "saturation")
                    .map(WorkerResult.Row::serviceMean).orElse(Double.NaN)).toArray());
        }
        Files.writeString(dir.resolve("worker-throughput.svg"), SvgChart.figure(List.of(throughput, service)));

        List<SvgChart> queues = new ArrayList<>();
        for (String size : sizes) {
            SvgChart chart = new SvgChart("Waiting jobs, " + size, "seconds into the run", "messages in the queue",
                    460, 330);
            for (int c : concurrency) {
                for (String kind : List.of("saturation", "sustained")) {
                    find(worker, size, c, kind).ifPresent(row -> chart.line(kind + ", " + c + " at once",
                            row.queue().stream().mapToDouble(WorkerResult.QueuePoint::seconds).toArray(),
                            row.queue().stream().mapToDouble(WorkerResult.QueuePoint::visible).toArray(),
                            "sustained".equals(kind)));
                }
            }
            queues.add(chart);
        }
        Files.writeString(dir.resolve("worker-queue.svg"), SvgChart.figure(queues));
    }

    static Map<String, String> tables(WebResult web) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("web-machine", machine(web.machine(), web.loadAverageAfter()));
        StringBuilder summary = new StringBuilder("| | |\n|---|---|\n");
        WebResult.Stage atMax = levels(web).stream().filter(s -> Objects.equals(s.users(), web.maxUsers()))
                .findFirst().orElse(null);
        summary.append("| SLOs (steady phase of each level) | p95 ≤ ").append(web.slo().p95LimitMillis())
                .append(" ms for every endpoint").append(web.slo().latencyExempt().isEmpty() ? ""
                        : " but " + String.join(", ", web.slo().latencyExempt()))
                .append("; errors ≤ ").append(format(web.slo().maxErrorPercent(), 0)).append(" % |\n");
        summary.append("| max concurrent users meeting them (X) | ")
                .append(web.maxUsers() == null ? "none of the levels" : "**" + web.maxUsers() + "**"
                        + (web.limitReached() ? "" : " (every level passed: at least this)"))
                .append(" |\n");
        if (atMax != null && atMax.steady() != null) {
            GatlingReport.Row s = atMax.steady();
            summary.append("| throughput at X | **").append(format(atMax.steadyRps(), 1)).append(" req/s** |\n");
            summary.append("| p50 / p95 / p99 at X (all requests) | ").append(s.p50()).append(" / ").append(s.p95())
                    .append(" / ").append(s.p99()).append(" ms |\n");
            summary.append("| errors at X | ").append(format(s.errorPercent(), 2)).append(" % |\n");
        }
        web.stages().stream().filter(s -> "level".equals(s.kind()) && !s.verdict().met()).findFirst()
                .ifPresent(s -> summary.append("| first level missing the SLOs | ").append(s.users())
                        .append(" users: ").append(String.join("; ", s.verdict().breaches())).append(" |\n"));
        summary.append("| first resource past its threshold | ").append(web.firstSaturated()).append(" |\n");
        web.stages().stream().filter(s -> "sustained".equals(s.kind())).findFirst().ifPresent(s -> summary
                .append("| sustained, ").append(s.users()).append(" users for ").append(s.holdSeconds())
                .append(" s | ").append(s.verdict().met() ? "SLOs met" : "SLOs missed: "
                        + String.join("; ", s.verdict().breaches())).append(", ")
                .append(format(s.steadyRps(), 1)).append(" req/s, p95 ")
                .append(s.steady() == null ? "-" : s.steady().p95()).append(" ms, errors ")
                .append(s.steady() == null ? "-" : format(s.steady().errorPercent(), 2)).append(" % |\n"));
        out.put("web-summary", summary.toString());

        StringBuilder levels = new StringBuilder("| stage | users | req/s | p50 ms | p95 ms | p99 ms | errors"
                + " | slowest endpoint, p95 | SLOs | CPU: machine (app / DB / generator / other) | live heap"
                + " | DB pool busy | load avg. after |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---|---|---|---:|---:|---|\n");
        for (WebResult.Stage stage : web.stages()) {
            if ("reads".equals(stage.kind())) {
                continue;
            }
            GatlingReport.Row s = stage.steady();
            ResourceSampler.Summary r = stage.resources();
            GatlingReport.Row slowest = slowest(stage, web.slo());
            levels.append("| ").append(stage.kind()).append(" | ").append(stage.users()).append(" | ")
                    .append(format(stage.steadyRps(), 1)).append(" | ")
                    .append(s == null ? "-" : s.p50()).append(" | ").append(s == null ? "-" : s.p95()).append(" | ")
                    .append(s == null ? "-" : s.p99()).append(" | ")
                    .append(s == null ? "-" : format(s.errorPercent(), 2) + " %").append(" | ")
                    .append(slowest == null ? "-" : slowest.name() + ", " + slowest.p95() + " ms").append(" | ")
                    .append(stage.verdict().met() ? "met" : "**missed**").append(" | ")
                    .append(format(r.hostCpuMean(), 0)).append(" % (").append(format(r.appCpuMean(), 0))
                    .append(" / ").append(format(r.dbCpuMean(), 0)).append(" / ")
                    .append(format(r.generatorCpuMean(), 0)).append(" / ").append(format(r.otherCpuMean(), 0))
                    .append(") | ").append(format(r.liveHeapMaxPercent(), 0)).append(" % | ")
                    .append(format(r.poolActiveMax(), 0)).append(" of ").append(format(r.poolMax(), 0))
                    .append(" | ").append(stage.loadAverageAfter()).append(notes(stage.repeats(), stage.disturbed()))
                    .append(" |\n");
        }
        out.put("web-levels", levels.toString());

        if (atMax != null) {
            out.put("web-endpoints", endpointTable(atMax));
        }
        web.stages().stream().filter(s -> "level".equals(s.kind()) && !s.verdict().met()).findFirst()
                .ifPresent(s -> out.put("web-endpoints-over", endpointTable(s)));
        web.stages().stream().filter(s -> "reads".equals(s.kind())).findFirst().ifPresent(reads -> {
            ResourceSampler.Summary r = reads.resources();
            out.put("web-reads", endpointTable(reads) + "\nAll reads: **" + format(reads.steadyRps(), 1)
                    + " req/s**, p95 " + (reads.steady() == null ? "-" : reads.steady().p95()) + " ms; CPU "
                    + format(r.hostCpuMean(), 0) + " % of the machine (app " + format(r.appCpuMean(), 0)
                    + " %, PostgreSQL " + format(r.dbCpuMean(), 0) + " %, generator "
                    + format(r.generatorCpuMean(), 0) + " %, other work " + format(r.otherCpuMean(), 0)
                    + " %); DB pool at most " + format(r.poolActiveMax(), 0) + " of " + format(r.poolMax(), 0)
                    + " busy. Load average after: " + reads.loadAverageAfter() + ".\n");
        });
        out.put("web-seed", "%d users in %d cities, %d processed videos, %d votes (Zipf: the most voted video has %d,"
                .formatted(web.seed().counts().users(), web.seed().counts().cities(), web.seed().counts().videos(),
                        web.seed().counts().votes(), web.seed().counts().topVideoVotes())
                + " the top 10 %% of videos hold %.0f %% of the votes), written in %.1f s.\n"
                .formatted(100 * web.seed().counts().topTenPercentShare(), web.seed().seconds()));
        return out;
    }

    static Map<String, String> tables(WorkerResult worker) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("worker-machine", machine(worker.machine(), worker.loadAverageAfter()));
        List<String> sizes = worker.rows().stream().map(WorkerResult.Row::size).distinct().toList();
        List<Integer> concurrency = worker.rows().stream().map(WorkerResult.Row::concurrency).distinct().sorted()
                .toList();
        StringBuilder capacity = new StringBuilder("| input |");
        concurrency.forEach(c -> capacity.append(' ').append(c).append(c == 1 ? " job" : " jobs").append(" at once |"));
        capacity.append("\n|---|").append("---:|".repeat(concurrency.size())).append('\n');
        for (String size : sizes) {
            capacity.append("| ").append(size).append(" |");
            for (int c : concurrency) {
                capacity.append(' ').append(find(worker, size, c, "saturation").map(row -> "**"
                        + format(capacity(row), 2) + "** videos/min (S̄ " + format(row.serviceMean(), 1) + " s)")
                        .orElse("-")).append(" |");
            }
            capacity.append('\n');
        }
        out.put("worker-capacity", capacity.toString());

        StringBuilder runs = new StringBuilder("| input | jobs at once | run | injected /min | videos/min"
                + " | c / S̄ | S̄ s | S p95 s | sojourn s (p95) | queue trend /min | queue max | done / sent"
                + " | CPU: machine (FFmpeg / app / other) | load avg. |\n"
                + "|---|---:|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---|---|\n");
        for (WorkerResult.Row row : worker.rows()) {
            ResourceSampler.Summary r = row.resources();
            runs.append("| ").append(row.size()).append(" | ").append(row.concurrency()).append(" | ")
                    .append(row.kind()).append(" | ").append("warmup".equals(row.kind()) ? "1 job"
                            : format(row.ratePerMinute(), 2)).append(" | ")
                    .append(format(row.throughput(), 2)).append(" | ").append(format(row.littleCapacity(), 2))
                    .append(" | ").append(format(row.serviceMean(), 1)).append(" | ")
                    .append(format(row.serviceP95(), 1)).append(" | ").append(format(row.sojournMean(), 1))
                    .append(" (").append(format(row.sojournP95(), 1)).append(") | ")
                    .append(format(row.queueSlope(), 2)).append(" | ").append(row.queueMax())
                    .append(row.backlogCap() > 0 ? " (cap " + row.backlogCap() + ")" : "").append(" | ")
                    .append(row.completed()).append(" / ").append(row.sent())
                    .append(row.failed() > 0 ? ", " + row.failed() + " failed" : "")
                    .append(row.retried() > 0 ? ", " + row.retried() + " retried" : "").append(" | ")
                    .append(format(r.hostCpuMean(), 0)).append(" % (").append(format(r.mediaCpuMean(), 0))
                    .append(" / ").append(format(r.appCpuMean(), 0)).append(" / ")
                    .append(format(r.otherCpuMean(), 0)).append(") | ").append(row.loadAverage())
                    .append(notes(row.repeats(), QuietMachine.disturbed(r)))
                    .append(" |\n");
        }
        out.put("worker-runs", runs.toString());
        return out;
    }

    /** Replaces the inside of every {@code <!-- capacity:NAME -->} … {@code <!-- /capacity:NAME -->} pair. */
    static String fill(String markdown, Map<String, String> sections) {
        String result = markdown;
        for (Map.Entry<String, String> section : sections.entrySet()) {
            Pattern pair = Pattern.compile("(<!-- capacity:" + Pattern.quote(section.getKey()) + " -->\\n)(.*?)"
                    + "(<!-- /capacity:" + Pattern.quote(section.getKey()) + " -->)", Pattern.DOTALL);
            Matcher matcher = pair.matcher(result);
            if (matcher.find()) {
                result = result.substring(0, matcher.start(2)) + section.getValue()
                        + result.substring(matcher.end(2));
            }
        }
        return result;
    }

    static double capacity(WorkerResult.Row row) {
        return Double.isNaN(row.littleCapacity()) ? row.throughput() : row.littleCapacity();
    }

    private static String endpointTable(WebResult.Stage stage) {
        StringBuilder table = new StringBuilder("| endpoint (" + stage.users() + " users, steady phase) | requests"
                + " | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
        stage.requests().stream().sorted(Comparator.comparing(GatlingReport.Row::name)).forEach(r -> table
                .append("| ").append(r.name()).append(" | ").append(r.total()).append(" | ")
                .append(format(r.total() / Math.max(1.0, stage.holdSeconds()), 1)).append(" | ").append(r.p50())
                .append(" | ").append(r.p95()).append(" | ").append(r.p99()).append(" | ").append(r.max())
                .append(" | ").append(format(r.errorPercent(), 2)).append(" % |\n"));
        return table.toString();
    }

    /** Whether the stage was repeated because other work disturbed it, and whether its kept run was disturbed. */
    private static String notes(int repeats, boolean disturbed) {
        return (repeats > 0 ? "; repeated " + repeats + (repeats == 1 ? " time" : " times") : "")
                + (disturbed ? "; **disturbed by other work**" : "");
    }

    private static String machine(Machine m, String loadAfter) {
        return "%d cores (%s), %.0f GB RAM, %s; %s; run at %s; load average (1/5/15 min) %s before, %s after.\n"
                .formatted(m.cores(), m.cpuModel(), m.memoryGb(), m.os(), m.jvm(), DATE.format(m.at()),
                        m.loadAverage(), loadAfter);
    }

    private static List<WebResult.Stage> levels(WebResult web) {
        return web.stages().stream().filter(s -> "smoke".equals(s.kind()) || "level".equals(s.kind()))
                .sorted(Comparator.comparingInt(WebResult.Stage::users)).toList();
    }

    private static GatlingReport.Row slowest(WebResult.Stage stage, Slo slo) {
        return stage.requests().stream().filter(r -> !slo.latencyExempt().contains(r.name()))
                .max(Comparator.comparingLong(GatlingReport.Row::p95)).orElse(null);
    }

    private static double worstP95(WebResult.Stage stage, Slo slo) {
        GatlingReport.Row row = slowest(stage, slo);
        return row == null ? Double.NaN : row.p95();
    }

    private static double[] steadyOf(List<WebResult.Stage> stages,
                                     ToDoubleFunction<GatlingReport.Row> field) {
        return stages.stream().mapToDouble(s -> s.steady() == null ? Double.NaN : field.applyAsDouble(s.steady()))
                .toArray();
    }

    private static double[] resourcesOf(List<WebResult.Stage> stages,
                                        ToDoubleFunction<ResourceSampler.Summary> field) {
        return stages.stream().mapToDouble(s -> field.applyAsDouble(s.resources())).toArray();
    }

    private static Optional<WorkerResult.Row> find(WorkerResult worker, String size, int concurrency,
                                                             String kind) {
        return worker.rows().stream().filter(r -> r.size().equals(size) && r.concurrency() == concurrency
                && r.kind().equals(kind)).findFirst();
    }

    static String format(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "-";
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        // a CPU share a hair under zero (a process gone between two samples) reads as 0, not -0
        return text.matches("-0(\\.0+)?") ? text.substring(1) : text;
    }
}
