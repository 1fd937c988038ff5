package co.anb.showcase.load.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SloTest {

    private final Slo slo = Slo.standard();

    @Test
    void metWhenEveryEndpointIsFastAndFewFail() {
        Slo.Verdict verdict = slo.judge(row("hold", 100, 2, 400), List.of(row(WebSimulation.RANKINGS, 50, 1, 300),
                row(WebSimulation.UPLOAD_SMALL, 50, 1, 990)));

        assertThat(verdict.met()).isTrue();
        assertThat(verdict.breaches()).isEmpty();
    }

    @Test
    void missedWhenOneEndpointsP95IsOverOneSecond() {
        Slo.Verdict verdict = slo.judge(row("hold", 100, 0, 400), List.of(row(WebSimulation.RANKINGS, 50, 0, 300),
                row(WebSimulation.LOGIN, 50, 0, 1_001)));

        assertThat(verdict.met()).isFalse();
        assertThat(verdict.breaches()).containsExactly("p95 of POST login 1001 ms > 1000 ms");
    }

    @Test
    void theBigUploadCountsForErrorsButNotForLatency() {
        Slo.Verdict slowBigUpload = slo.judge(row("hold", 100, 0, 900),
                List.of(row(WebSimulation.UPLOAD_BIG, 10, 0, 4_000)));
        Slo.Verdict failingBigUploads = slo.judge(row("hold", 100, 6, 900),
                List.of(row(WebSimulation.UPLOAD_BIG, 10, 6, 4_000)));

        assertThat(slowBigUpload.met()).isTrue();
        assertThat(failingBigUploads.breaches()).containsExactly("errors 6.0 % > 5 %");
    }

    @Test
    void missedWhenMoreThanFivePercentFail() {
        Slo.Verdict verdict = slo.judge(row("hold", 1_000, 51, 200), List.of(row(WebSimulation.RANKINGS, 1_000, 51,
                200)));

        assertThat(verdict.met()).isFalse();
        assertThat(verdict.breaches()).containsExactly("errors 5.1 % > 5 %");
    }

    @Test
    void missedWhenNothingWasMeasured() {
        assertThat(slo.judge(null, List.of()).met()).isFalse();
        assertThat(slo.judge(row("hold", 0, 0, 0), List.of()).breaches())
                .containsExactly("no requests in the steady phase");
    }

    static GatlingReport.Row row(String name, long total, long ko, long p95) {
        return new GatlingReport.Row(null, name, false, total, total - ko, ko, 1, 1, p95 / 4, p95 / 2, p95, p95 * 2,
                p95 * 3, p95 / 3);
    }
}
