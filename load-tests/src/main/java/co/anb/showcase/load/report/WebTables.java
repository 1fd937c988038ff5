package co.anb.showcase.load.report;

import static co.anb.showcase.load.report.ReportText.format;

import co.anb.showcase.load.seed.Seeder;
import co.anb.showcase.load.system.ResourceSummary;
import co.anb.showcase.load.web.GatlingReport;
import co.anb.showcase.load.web.WebResult;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The web scenario's sections of docs/capacity.md: web-machine, web-summary (the capacity X and what limits it),
 * web-levels (every stage), web-endpoints and web-endpoints-over (per endpoint at X and at the first level past
 * it), web-reads and web-seed.
 */
public final class WebTables {

    private WebTables() {
    }

    /** Section name → Markdown. */
    public static Map<String, String> of(WebResult web) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("web-machine", ReportText.machine(web.machine(), web.loadAverageAfter()));
        WebResult.Stage atMax = web.loadLevels().stream().filter(s -> Objects.equals(s.users(), web.maxUsers()))
                .findFirst().orElse(null);
        out.put("web-summary", summary(web, atMax));
        out.put("web-levels", levels(web));
        if (atMax != null) {
            out.put("web-endpoints", endpoints(atMax));
        }
        web.stages().stream().filter(s -> "level".equals(s.kind()) && !s.verdict().met()).findFirst()
                .ifPresent(s -> out.put("web-endpoints-over", endpoints(s)));
        web.stages().stream().filter(s -> "reads".equals(s.kind())).findFirst()
                .ifPresent(reads -> out.put("web-reads", reads(reads)));
        out.put("web-seed", seed(web.seed()));
        return out;
    }

    private static String summary(WebResult web, WebResult.Stage atMax) {
        StringBuilder summary = new StringBuilder("| | |\n|---|---|\n");
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
        return summary.toString();
    }

    private static String levels(WebResult web) {
        StringBuilder levels = new StringBuilder("| stage | users | req/s | p50 ms | p95 ms | p99 ms | errors"
                + " | slowest endpoint, p95 | SLOs | CPU: machine (app / DB / generator / other) | live heap"
                + " | DB pool busy | load avg. after |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---|---|---|---:|---:|---|\n");
        for (WebResult.Stage stage : web.stages()) {
            if ("reads".equals(stage.kind())) {
                continue;
            }
            GatlingReport.Row s = stage.steady();
            ResourceSummary r = stage.resources();
            GatlingReport.Row slowest = web.slo().slowest(stage.requests());
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
                    .append(" | ").append(stage.loadAverageAfter())
                    .append(ReportText.notes(stage.repeats(), stage.disturbed())).append(" |\n");
        }
        return levels.toString();
    }

    private static String endpoints(WebResult.Stage stage) {
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

    private static String reads(WebResult.Stage reads) {
        ResourceSummary r = reads.resources();
        return endpoints(reads) + "\nAll reads: **" + format(reads.steadyRps(), 1)
                + " req/s**, p95 " + (reads.steady() == null ? "-" : reads.steady().p95()) + " ms; CPU "
                + format(r.hostCpuMean(), 0) + " % of the machine (app " + format(r.appCpuMean(), 0)
                + " %, PostgreSQL " + format(r.dbCpuMean(), 0) + " %, generator "
                + format(r.generatorCpuMean(), 0) + " %, other work " + format(r.otherCpuMean(), 0)
                + " %); DB pool at most " + format(r.poolActiveMax(), 0) + " of " + format(r.poolMax(), 0)
                + " busy. Load average after: " + reads.loadAverageAfter() + ".\n";
    }

    private static String seed(WebResult.Seed seed) {
        Seeder.Counts counts = seed.counts();
        return "%d users in %d cities, %d processed videos, %d votes (Zipf: the most voted video has %d,"
                .formatted(counts.users(), counts.cities(), counts.videos(), counts.votes(), counts.topVideoVotes())
                + " the top 10 %% of videos hold %.0f %% of the votes), written in %.1f s.\n"
                .formatted(100 * counts.topTenPercentShare(), seed.seconds());
    }
}
