package co.anb.showcase.load.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CapacityReportTest {

    @Test
    void fillsOnlyTheMarkedSectionsAndKeepsTheRest() {
        String markdown = """
                # Capacity
                Hand-written text.
                <!-- capacity:web-summary -->
                old table
                <!-- /capacity:web-summary -->
                More text.
                <!-- capacity:worker-runs -->
                <!-- /capacity:worker-runs -->
                """;

        String filled = CapacityReport.fill(markdown, Map.of("web-summary", "| new |\n", "worker-runs", "rows\n",
                "not-in-the-file", "ignored\n"));

        assertThat(filled).isEqualTo("""
                # Capacity
                Hand-written text.
                <!-- capacity:web-summary -->
                | new |
                <!-- /capacity:web-summary -->
                More text.
                <!-- capacity:worker-runs -->
                rows
                <!-- /capacity:worker-runs -->
                """);
    }
}
