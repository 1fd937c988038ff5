package co.anb.showcase.load.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Round numbers for a chart's axis: 1, 2 or 5 times a power of ten, about five steps. */
final class AxisTicks {

    private AxisTicks() {
    }

    static double[] ticks(double min, double max) {
        double step = niceStep((max - min) / 5);
        List<Double> values = new ArrayList<>();
        for (double v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
            values.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The round number at or just above {@code value} that an axis ends on. */
    static double niceCeiling(double value) {
        double step = niceStep(value / 5);
        return Math.ceil(value / step - 1e-9) * step;
    }

    /** A tick's label: whole numbers as such, others with one decimal below 10. */
    static String label(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) < 10 ? "%.1f" : "%.0f", value);
    }

    private static double niceStep(double raw) {
        if (raw <= 0 || !Double.isFinite(raw)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
