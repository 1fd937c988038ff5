package co.anb.showcase.load.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTextTest {

    @Test
    void numbersAreFormattedAndMissingOnesShownAsADash() {
        assertThat(ReportText.format(12.345, 1)).isEqualTo("12.3");
        assertThat(ReportText.format(Double.NaN, 2)).isEqualTo("-");
        assertThat(ReportText.format(-0.2, 0)).isEqualTo("0");
        assertThat(ReportText.format(-1.2, 0)).isEqualTo("-1");
    }

    @Test
    void notesSayWhetherAStageWasRepeatedOrDisturbed() {
        assertThat(ReportText.notes(0, false)).isEmpty();
        assertThat(ReportText.notes(1, false)).isEqualTo("; repeated 1 time");
        assertThat(ReportText.notes(2, true)).isEqualTo("; repeated 2 times; **disturbed by other work**");
    }
}
