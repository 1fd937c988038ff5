package co.anb.showcase.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A small SVG chart, written by hand so the plots of docs/capacity.md need no plotting library or network: line
 * series over a numeric x axis, or groups of bars over categories, with axes, grid, an optional threshold line and
 * a legend. Several charts can be laid side by side in one figure ({@link #figure}).
 */
final class SvgChart {

    static final List<String> PALETTE = List.of("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
            "#e377c2", "#7f7f7f");
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 34;
    private static final int BOTTOM = 70;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final int width;
    private final int height;
    private final List<Series> series = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private final List<Bars> bars = new ArrayList<>();
    private Double threshold;
    private String thresholdLabel;
    private Double yMax;

    record Series(String name, double[] x, double[] y, String color, boolean dashed) {
    }

    record Bars(String name, double[] values, String color) {
    }

    SvgChart(String title, String xLabel, String yLabel, int width, int height) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.width = width;
        this.height = height;
    }

    SvgChart line(String name, double[] x, double[] y, boolean dashed) {
        series.add(new Series(name, x, y, PALETTE.get(series.size() % PALETTE.size()), dashed));
        return this;
    }

    /** Bar groups: one group per category, one bar per {@link #bars(String, double[])} call. */
    SvgChart categories(List<String> names) {
        categories.clear();
        categories.addAll(names);
        return this;
    }

    SvgChart bars(String name, double[] values) {
        bars.add(new Bars(name, values, PALETTE.get(bars.size() % PALETTE.size())));
        return this;
    }

    SvgChart threshold(double y, String label) {
        threshold = y;
        thresholdLabel = label;
        return this;
    }

    SvgChart yMax(double value) {
        yMax = value;
        return this;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** A complete SVG document with the charts in one row. */
    static String figure(List<SvgChart> charts) {
        int width = charts.stream().mapToInt(SvgChart::width).sum();
        int height = charts.stream().mapToInt(SvgChart::height).max().orElse(0);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" font-size=\"12\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        int x = 0;
        for (SvgChart chart : charts) {
            svg.append("<g transform=\"translate(").append(x).append(",0)\">\n").append(chart.body()).append("</g>\n");
            x += chart.width();
        }
        return svg.append("</svg>\n").toString();
    }

    private String body() {
        StringBuilder out = new StringBuilder();
        int plotW = width - LEFT - RIGHT;
        int plotH = height - TOP - BOTTOM;
        boolean barMode = !bars.isEmpty();

        double xMin = 0;
        double xMax = 1;
        if (!barMode) {
            xMin = series.stream().flatMapToDouble(s -> Arrays.stream(s.x())).filter(Double::isFinite)
                    .min().orElse(0);
            xMax = series.stream().flatMapToDouble(s -> Arrays.stream(s.x())).filter(Double::isFinite)
                    .max().orElse(1);
            xMin = Math.min(0, xMin);
            if (xMax <= xMin) {
                xMax = xMin + 1;
            }
        }
        double dataMax = barMode
                ? bars.stream().flatMapToDouble(b -> Arrays.stream(b.values())).filter(Double::isFinite)
                .max().orElse(1)
                : series.stream().flatMapToDouble(s -> Arrays.stream(s.y())).filter(Double::isFinite)
                .max().orElse(1);
        if (threshold != null) {
            dataMax = Math.max(dataMax, threshold * 1.1);
        }
        double top = yMax != null ? yMax : niceCeiling(dataMax <= 0 ? 1 : dataMax * 1.05);
        double[] yTicks = ticks(0, top);
        double[] xTicks = barMode ? new double[0] : ticks(xMin, niceCeiling(xMax));
        double xTop = barMode ? 1 : niceCeiling(xMax);

        // title, frame, grid
        out.append(text(width / 2.0, 20, title, "middle", "font-size=\"14\" font-weight=\"bold\""));
        for (double tick : yTicks) {
            double y = TOP + plotH - tick / top * plotH;
            out.append(line(LEFT, y, LEFT + plotW, y, "#e0e0e0", false));
            out.append(text(LEFT - 6, y + 4, format(tick), "end", ""));
        }
        for (double tick : xTicks) {
            double x = LEFT + (tick - xMin) / (xTop - xMin) * plotW;
            out.append(line(x, TOP, x, TOP + plotH, "#f0f0f0", false));
            out.append(text(x, TOP + plotH + 16, format(tick), "middle", ""));
        }
        out.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(plotW)
                .append("\" height=\"").append(plotH).append("\" fill=\"none\" stroke=\"#333\"/>\n");
        out.append(text(LEFT + plotW / 2.0, TOP + plotH + 34, xLabel, "middle", ""));
        out.append("<text x=\"14\" y=\"").append(fmt(TOP + plotH / 2.0)).append("\" text-anchor=\"middle\""
                        + " transform=\"rotate(-90 14 ").append(fmt(TOP + plotH / 2.0)).append(")\">")
                .append(escape(yLabel)).append("</text>\n");

        if (barMode) {
            int groups = categories.size();
            double groupW = (double) plotW / Math.max(1, groups);
            double barW = groupW * 0.7 / Math.max(1, bars.size());
            for (int g = 0; g < groups; g++) {
                double groupX = LEFT + g * groupW;
                out.append(text(groupX + groupW / 2, TOP + plotH + 16, categories.get(g), "middle", ""));
                for (int b = 0; b < bars.size(); b++) {
                    double value = g < bars.get(b).values().length ? bars.get(b).values()[g] : Double.NaN;
                    if (!Double.isFinite(value)) {
                        continue;
                    }
                    double h = value / top * plotH;
                    double x = groupX + groupW * 0.15 + b * barW;
                    out.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(TOP + plotH - h))
                            .append("\" width=\"").append(fmt(barW * 0.92)).append("\" height=\"").append(fmt(h))
                            .append("\" fill=\"").append(bars.get(b).color()).append("\"/>\n");
                    out.append(text(x + barW * 0.46, TOP + plotH - h - 4,
                            String.format(Locale.ROOT, "%.1f", value), "middle", "font-size=\"11\""));
                }
            }
        } else {
            for (Series s : series) {
                StringBuilder path = new StringBuilder();
                for (int i = 0; i < s.x().length; i++) {
                    if (!Double.isFinite(s.x()[i]) || !Double.isFinite(s.y()[i])) {
                        continue;
                    }
                    double x = LEFT + (s.x()[i] - xMin) / (xTop - xMin) * plotW;
                    double y = TOP + plotH - Math.min(s.y()[i], top) / top * plotH;
                    path.append(path.length() == 0 ? "M" : " L").append(fmt(x)).append(',').append(fmt(y));
                    if (s.x().length <= 30) {
                        out.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                                .append("\" r=\"3\" fill=\"").append(s.color()).append("\"/>\n");
                    }
                }
                out.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(s.color())
                        .append("\" stroke-width=\"2\"").append(s.dashed() ? " stroke-dasharray=\"6,4\"" : "")
                        .append("/>\n");
            }
        }
        if (threshold != null) {
            double y = TOP + plotH - threshold / top * plotH;
            out.append(line(LEFT, y, LEFT + plotW, y, "#000", true));
            out.append(text(LEFT + plotW - 4, y - 5, thresholdLabel, "end", "font-size=\"11\""));
        }

        // legend below the axis label, in one or two rows
        List<String> names = new ArrayList<>();
        List<String> colors = new ArrayList<>();
        List<Boolean> dashes = new ArrayList<>();
        if (barMode) {
            bars.forEach(b -> {
                names.add(b.name());
                colors.add(b.color());
                dashes.add(false);
            });
        } else {
            series.forEach(s -> {
                names.add(s.name());
                colors.add(s.color());
                dashes.add(s.dashed());
            });
        }
        double lx = LEFT;
        double ly = TOP + plotH + 54;
        for (int i = 0; i < names.size(); i++) {
            double itemWidth = 28 + names.get(i).length() * 7;
            if (lx + itemWidth > width - RIGHT && lx > LEFT) {
                lx = LEFT;
                ly += 14;
            }
            out.append(line(lx, ly - 4, lx + 20, ly - 4, colors.get(i), dashes.get(i)).replace("stroke-width=\"1\"",
                    "stroke-width=\"3\""));
            out.append(text(lx + 24, ly, names.get(i), "start", "font-size=\"11\""));
            lx += itemWidth;
        }
        return out.toString();
    }

    /** Round numbers for the axis: 1, 2 or 5 times a power of ten, about five steps. */
    static double[] ticks(double min, double max) {
        double step = niceStep((max - min) / 5);
        List<Double> values = new ArrayList<>();
        for (double v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
            values.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double niceCeiling(double value) {
        double step = niceStep(value / 5);
        return Math.ceil(value / step - 1e-9) * step;
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

    private static String line(double x1, double y1, double x2, double y2, String color, boolean dashed) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + color + "\" stroke-width=\"1\"" + (dashed ? " stroke-dasharray=\"5,4\"" : "")
                + "/>\n";
    }

    private static String text(double x, double y, String content, String anchor, String extra) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\""
                + (extra.isEmpty() ? "" : " " + extra) + ">" + escape(content) + "</text>\n";
    }

    private static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) < 10 ? "%.1f" : "%.0f", value);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
