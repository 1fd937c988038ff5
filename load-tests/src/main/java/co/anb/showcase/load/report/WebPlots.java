package co.anb.showcase.load.report;

import static co.anb.showcase.load.report.ReportText.format;

import co.anb.showcase.load.system.ResourceSummary;
import co.anb.showcase.load.web.GatlingReport;
import co.anb.showcase.load.web.WebResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The web scenario's plots, over the concurrent users of the smoke stage and the load levels: web-users.svg
 * (latency, throughput, errors, with the SLOs) and web-resources.svg (CPU by process, heap and connections).
 */
public final class WebPlots {

    private WebPlots() {
    }

    public static void write(Path dir, WebResult web) throws IOException {
        Files.createDirectories(dir);
        List<WebResult.Stage> levels = web.loadLevels();
        double[] users = levels.stream().mapToDouble(WebResult.Stage::users).toArray();
        SvgChart latency = new SvgChart("Latency, steady phase", "concurrent users", "milliseconds", 440, 330)
                .line("p50", users, steadyOf(levels, GatlingReport.Row::p50), false)
                .line("p95", users, steadyOf(levels, GatlingReport.Row::p95), false)
                .line("p99", users, steadyOf(levels, GatlingReport.Row::p99), false)
                .line("slowest endpoint p95 (SLO)", users, levels.stream().mapToDouble(s -> worstP95(s, web))
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
                .line("machine", users, resourcesOf(levels, ResourceSummary::hostCpuMean), false)
                .line("app JVM", users, resourcesOf(levels, ResourceSummary::appCpuMean), false)
                .line("PostgreSQL", users, resourcesOf(levels, ResourceSummary::dbCpuMean), false)
                .line("ffprobe", users, resourcesOf(levels, ResourceSummary::mediaCpuMean), false)
                .line("load generator", users, resourcesOf(levels, ResourceSummary::generatorCpuMean), true)
                .line("other work", users, resourcesOf(levels, ResourceSummary::otherCpuMean), true)
                .yMax(100);
        SvgChart memory = new SvgChart("Heap and connections, steady phase", "concurrent users", "% of limit",
                440, 330)
                .line("live heap (after GC)", users, resourcesOf(levels, ResourceSummary::liveHeapMaxPercent),
                        false)
                .line("DB pool busy (max)", users, resourcesOf(levels, s -> 100 * s.poolActiveMax()
                        / Math.max(1, s.poolMax())), false)
                .line("Tomcat threads busy (max)", users, resourcesOf(levels, s -> 100 * s.tomcatBusyMax()
                        / Math.max(1, s.tomcatMax())), false)
                .line("disk busy", users, resourcesOf(levels, ResourceSummary::diskBusyMean), true)
                .yMax(100);
        Files.writeString(dir.resolve("web-resources.svg"), SvgChart.figure(List.of(cpu, memory)));
    }

    private static double worstP95(WebResult.Stage stage, WebResult web) {
        GatlingReport.Row row = web.slo().slowest(stage.requests());
        return row == null ? Double.NaN : row.p95();
    }

    private static double[] steadyOf(List<WebResult.Stage> stages, ToDoubleFunction<GatlingReport.Row> field) {
        return stages.stream().mapToDouble(s -> s.steady() == null ? Double.NaN : field.applyAsDouble(s.steady()))
                .toArray();
    }

    private static double[] resourcesOf(List<WebResult.Stage> stages, ToDoubleFunction<ResourceSummary> field) {
        return stages.stream().mapToDouble(s -> field.applyAsDouble(s.resources())).toArray();
    }
}
