package co.anb.showcase.load.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatlingReportTest {

    @Test
    void readsTheWholeRunTheGroupsAndTheirRequests() throws Exception {
        GatlingReport report = GatlingReport.read(fixture());

        assertThat(report.all().name()).isEqualTo(GatlingReport.ALL);
        assertThat(report.all().total()).isEqualTo(154);
        assertThat(report.all().p95()).isEqualTo(434);
        GatlingReport.Row hold = report.group(WebSimulation.HOLD).orElseThrow();
        assertThat(hold.total()).isEqualTo(126);
        assertThat(hold.p50()).isEqualTo(44);
        assertThat(hold.p99()).isEqualTo(2804);
        assertThat(report.requests(WebSimulation.HOLD)).extracting(GatlingReport.Row::name)
                .containsExactly(WebSimulation.RANKINGS, WebSimulation.UPLOAD_SMALL, WebSimulation.UPLOAD_BIG);
        assertThat(report.requests(WebSimulation.RAMP)).extracting(GatlingReport.Row::name)
                .containsExactly(WebSimulation.RANKINGS, WebSimulation.UPLOAD_SMALL);
    }

    @Test
    void countsFailedRequests() throws Exception {
        GatlingReport.Row rankings = GatlingReport.read(fixture()).requests(WebSimulation.HOLD).get(0);

        assertThat(rankings.ok()).isEqualTo(20);
        assertThat(rankings.ko()).isEqualTo(1);
        assertThat(rankings.errorPercent()).isCloseTo(4.76, org.assertj.core.data.Offset.offset(0.01));
        assertThat(rankings.perSecond()).isEqualTo(0.55);
    }

    @Test
    void refusesATableWithOtherColumns(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.html"), Files.readString(fixture().resolve("index.html"))
                .replace("<span>95th pct</span>", "<span>90th pct</span>"));

        assertThatThrownBy(() -> GatlingReport.read(dir)).hasMessageContaining("Unexpected statistics columns");
    }

    private static Path fixture() throws URISyntaxException, IOException {
        return Path.of(GatlingReportTest.class.getResource("/gatling-report/index.html").toURI()).getParent();
    }
}
