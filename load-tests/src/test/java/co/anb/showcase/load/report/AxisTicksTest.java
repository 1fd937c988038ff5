package co.anb.showcase.load.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AxisTicksTest {

    @Test
    void axisTicksAreRoundNumbers() {
        assertThat(AxisTicks.ticks(0, 1000)).containsExactly(0, 200, 400, 600, 800, 1000);
        assertThat(AxisTicks.ticks(0, 7)).containsExactly(0, 2, 4, 6);
        assertThat(AxisTicks.niceCeiling(1370)).isEqualTo(1500);
    }

    @Test
    void tickLabelsAreWholeNumbersWhereTheyCanBe() {
        assertThat(AxisTicks.label(200)).isEqualTo("200");
        assertThat(AxisTicks.label(0.5)).isEqualTo("0.5");
        assertThat(AxisTicks.label(12.5)).isEqualTo("13");
    }
}
