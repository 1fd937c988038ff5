package co.anb.showcase.load.web;

import co.anb.showcase.load.system.LocalSystem;
import co.anb.showcase.load.system.Machine;
import co.anb.showcase.load.system.QuietMachine;
import co.anb.showcase.load.system.ResourceSampler;
import co.anb.showcase.load.system.ResourceSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the web scenario's Gatling stages one after the other against a started system and collects their figures:
 * the steady (hold) phase from Gatling's report, judged against the SLOs, and the resources sampled meanwhile.
 */
final class StageRunner {

    private static final Logger log = LoggerFactory.getLogger(StageRunner.class);

    private final LocalSystem system;
    private final ResourceSampler sampler;
    private final WebProfile profile;
    private final Slo slo;
    private final Path workDir;
    private final Path playersCsv;
    private final Path smallClip;
    private final Path bigClip;
    private final List<WebResult.Stage> stages = new ArrayList<>();

    /** {@code workDir} takes Gatling's reports; the stages' own records point into it. */
    StageRunner(LocalSystem system, ResourceSampler sampler, WebProfile profile, Slo slo, Path workDir,
                Path playersCsv, Path smallClip, Path bigClip) {
        this.system = system;
        this.sampler = sampler;
        this.profile = profile;
        this.slo = slo;
        this.workDir = workDir;
        this.playersCsv = playersCsv;
        this.smallClip = smallClip;
        this.bigClip = bigClip;
    }

    WebResult.Stage web(String kind, int users, Duration ramp, Duration hold) throws Exception {
        return run(WebSimulation.class, kind, users, ramp, hold);
    }

    WebResult.Stage reads(int users, Duration hold) throws Exception {
        return run(ReadsSimulation.class, "reads", users, Duration.ZERO, hold);
    }

    /** The stages run so far, in order. */
    List<WebResult.Stage> stages() {
        return List.copyOf(stages);
    }

    private WebResult.Stage run(Class<?> simulation, String kind, int users, Duration ramp, Duration hold)
            throws Exception {
        WebResult.Stage stage = QuietMachine.measure(profile.guardQuiet(),
                attempt -> measure(simulation, kind, users, ramp, hold, attempt), WebResult.Stage::resources,
                disturbed -> log.info("Stage {}-{} was disturbed: other work took {} % of the machine; repeating it",
                        kind, users, "%.0f".formatted(disturbed.resources().otherCpuMean())));
        stages.add(stage);
        return stage;
    }

    private WebResult.Stage measure(Class<?> simulation, String kind, int users, Duration ramp, Duration hold,
                                    int attempt) throws IOException {
        WebParameters parameters = new WebParameters(system.baseUrl(), users, ramp, hold, playersCsv, smallClip,
                bigClip, profile.playerShare(), profile.bigUploadShare(), profile.pauseMin(), profile.pauseMax());
        String label = kind + "-" + users + (attempt == 0 ? "" : "-repeat" + attempt);
        log.info("Stage {}: {} users, ramp {} s, hold {} s (load average {})", label, users, ramp.toSeconds(),
                hold.toSeconds(), Machine.currentLoadAverage());
        long start = System.currentTimeMillis();
        Path reportDir = GatlingRunner.run(simulation, parameters.toProperties(),
                workDir.resolve("gatling").resolve(label), label);
        long steadyFrom = start + ramp.toMillis();
        long steadyTo = Math.min(System.currentTimeMillis(), steadyFrom + hold.toMillis());
        GatlingReport report = GatlingReport.read(reportDir);
        GatlingReport.Row steady = report.group(WebSimulation.HOLD).orElse(null);
        List<GatlingReport.Row> requests = report.requests(WebSimulation.HOLD);
        Slo.Verdict verdict = slo.judge(steady, requests);
        ResourceSummary resources = sampler.summarize(steadyFrom, steadyTo);
        WebResult.Stage stage = new WebResult.Stage(kind, users, ramp.toSeconds(), hold.toSeconds(),
                report.all(), steady, requests, verdict,
                steady == null ? 0 : steady.total() / Math.max(1.0, hold.toSeconds()), resources,
                workDir.relativize(reportDir).toString(), Machine.currentLoadAverage(), attempt);
        log.info("Stage {}: {} req/s steady, p95 {} ms, errors {} %, SLOs {}; CPU {} %", label,
                "%.1f".formatted(stage.steadyRps()), steady == null ? -1 : steady.p95(),
                steady == null ? -1 : "%.2f".formatted(steady.errorPercent()), verdict.met() ? "met" : "missed",
                "%.0f".formatted(resources.hostCpuMean()));
        return stage;
    }
}
