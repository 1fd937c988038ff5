package co.anb.showcase.load.report;

import co.anb.showcase.load.system.Machine;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The pieces of text every table of the report shares: numbers, the machine a run measured, repeat notes. */
final class ReportText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReportText() {
    }

    /** The number with {@code decimals} decimals and a point; a dash if it is missing (NaN or infinite). */
    static String format(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "-";
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        // a CPU share a hair under zero (a process gone between two samples) reads as 0, not -0
        return text.matches("-0(\\.0+)?") ? text.substring(1) : text;
    }

    /** Whether the stage was repeated because other work disturbed it, and whether its kept run was disturbed. */
    static String notes(int repeats, boolean disturbed) {
        return (repeats > 0 ? "; repeated " + repeats + (repeats == 1 ? " time" : " times") : "")
                + (disturbed ? "; **disturbed by other work**" : "");
    }

    /** One sentence: the machine, when the run was made, and the load average before and after it. */
    static String machine(Machine m, String loadAfter) {
        return "%d cores (%s), %.0f GB RAM, %s; %s; run at %s; load average (1/5/15 min) %s before, %s after.\n"
                .formatted(m.cores(), m.cpuModel(), m.memoryGb(), m.os(), m.jvm(), DATE.format(m.at()),
                        m.loadAverage(), loadAfter);
    }
}
