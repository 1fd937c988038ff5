package co.anb.showcase.load;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.load.report.CapacityReport;
import co.anb.showcase.load.report.WebPlots;
import co.anb.showcase.load.report.WebTables;
import co.anb.showcase.load.report.WorkerPlots;
import co.anb.showcase.load.report.WorkerTables;
import co.anb.showcase.load.system.RepositoryRoot;
import co.anb.showcase.load.web.GatlingReport;
import co.anb.showcase.load.web.WebCapacityRun;
import co.anb.showcase.load.web.WebProfile;
import co.anb.showcase.load.web.WebResult;
import co.anb.showcase.load.web.WebSimulation;
import co.anb.showcase.load.worker.WorkerCapacityRun;
import co.anb.showcase.load.worker.WorkerProfile;
import co.anb.showcase.load.worker.WorkerResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quick setting of both capacity scenarios, against the real local system started from app/'s build (so this
 * runs after app in the reactor). Not a timed test: on a shared 2-core machine the figures mean nothing. It checks
 * that every stage ran and was measured, that Gatling's report was produced and parsed, that the SLO verdicts and
 * the saturation analysis were made, that the worker's runs have rows with finished jobs, and that the report
 * (tables and plots) can be made from the results.
 */
class QuickCapacityRunTest {

    private static Path repo;
    private static Path out;

    @BeforeAll
    static void locate() throws Exception {
        repo = RepositoryRoot.find(Path.of("")).orElseThrow();
        out = Files.createDirectories(repo.resolve("load-tests/target/capacity/quick-test"));
    }

    @Test
    void webScenarioRunsEveryStageAndJudgesIt() throws Exception {
        Path dir = out.resolve("web");
        WebResult result = new WebCapacityRun(repo, dir, clips(), WebProfile.quick()).run();

        WebResult reread = WebResult.read(dir.resolve(CapacityReport.WEB_RESULT));
        assertThat(reread.stages()).extracting(WebResult.Stage::kind)
                .startsWith("smoke", "level").contains("sustained").endsWith("reads");
        assertThat(reread.seed().counts().votes()).isEqualTo(50_000);
        for (WebResult.Stage stage : reread.stages()) {
            assertThat(Files.exists(dir.resolve(stage.report()).resolve("index.html"))).isTrue();
            assertThat(stage.all().total()).isPositive();
            assertThat(stage.steady()).as("steady phase of %s", stage.kind()).isNotNull();
            assertThat(stage.steady().total()).isPositive();
            assertThat(stage.steadyRps()).isPositive();
            assertThat(stage.requests()).isNotEmpty();
            assertThat(stage.verdict().met() || !stage.verdict().breaches().isEmpty()).isTrue();
            assertThat(stage.resources().samples()).isPositive();
            assertThat(stage.resources().hostCpuMean()).isBetween(0.0, 100.0);
            assertThat(stage.resources().heapUsedMaxMb()).isPositive();
            assertThat(stage.resources().poolMax()).isPositive();
        }
        WebResult.Stage level = reread.stages().get(1);
        assertThat(level.requests()).extracting(GatlingReport.Row::name)
                .contains(WebSimulation.LOGIN, WebSimulation.PUBLIC_VIDEOS, WebSimulation.RANKINGS,
                        WebSimulation.RANKINGS_CITY, WebSimulation.MY_VIDEOS, WebSimulation.VIDEO_DETAIL,
                        WebSimulation.UPLOAD_SMALL);
        WebResult.Stage reads = reread.stages().get(reread.stages().size() - 1);
        assertThat(reads.users()).isEqualTo(64);
        assertThat(reads.requests()).extracting(GatlingReport.Row::name).containsExactlyInAnyOrder(
                WebSimulation.PUBLIC_VIDEOS, WebSimulation.RANKINGS, WebSimulation.RANKINGS_CITY,
                WebSimulation.VIDEO_DETAIL);
        assertThat(reread.firstSaturated()).isNotBlank();
        assertThat(result.maxUsers() == null || WebProfile.quick().levels().contains(result.maxUsers())).isTrue();

        Path docs = out.resolve("web-report");
        WebPlots.write(docs, reread);
        Map<String, String> tables = WebTables.of(reread);
        assertThat(tables).containsKeys("web-summary", "web-levels", "web-reads", "web-machine", "web-seed");
        assertThat(tables.get("web-levels").lines().count()).isEqualTo(2 + reread.stages().size() - 1);
        assertThat(Files.readString(docs.resolve("web-users.svg"))).startsWith("<svg").contains("p95");
        assertThat(Files.readString(docs.resolve("web-resources.svg"))).startsWith("<svg");
    }

    @Test
    void workerScenarioProcessesInjectedJobsAndReportsThem() throws Exception {
        Path dir = out.resolve("worker");
        new WorkerCapacityRun(repo, dir, clips(), WorkerProfile.quick()).run();

        WorkerResult result = WorkerResult.read(dir.resolve(CapacityReport.WORKER_RESULT));
        assertThat(result.rows()).extracting(WorkerResult.Row::kind)
                .containsExactly("warmup", "saturation", "sustained");
        for (WorkerResult.Row row : result.rows()) {
            assertThat(row.completed()).as("%s jobs done", row.kind()).isPositive();
            assertThat(row.failed()).isZero();
            assertThat(row.serviceMean()).isPositive();
            assertThat(row.sojournMean()).isGreaterThanOrEqualTo(row.serviceMean());
            assertThat(row.queue()).isNotEmpty();
            assertThat(row.resources().samples()).isPositive();
        }
        WorkerResult.Row saturation = result.rows().get(1);
        assertThat(saturation.littleCapacity()).isPositive();
        assertThat(saturation.sent()).isGreaterThan(saturation.concurrency());
        WorkerResult.Row sustained = result.rows().get(2);
        assertThat(sustained.completed()).isEqualTo(sustained.sent());
        assertThat(sustained.ratePerMinute()).isPositive();

        Path docs = out.resolve("worker-report");
        WorkerPlots.write(docs, result);
        assertThat(WorkerTables.of(result).get("worker-runs").lines().count()).isEqualTo(2 + 3);
        for (String plot : List.of("worker-throughput.svg", "worker-queue.svg")) {
            assertThat(Files.readString(docs.resolve(plot))).startsWith("<svg");
        }
    }

    private static Path clips() {
        return repo.resolve("load-tests/target/upload-clips");
    }
}
