package co.anb.showcase.load.report;

import static co.anb.showcase.load.report.SvgMarkup.fmt;
import static co.anb.showcase.load.report.SvgMarkup.text;

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

    private static final List<String> PALETTE = List.of("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
            "#8c564b", "#e377c2", "#7f7f7f");
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

    /** A complete SVG document with the charts in one row. */
    static String figure(List<SvgChart> charts) {
        int width = charts.stream().mapToInt(chart -> chart.width).sum();
        int height = charts.stream().mapToInt(chart -> chart.height).max().orElse(0);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" font-size=\"12\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        int x = 0;
        for (SvgChart chart : charts) {
            svg.append("<g transform=\"translate(").append(x).append(",0)\">\n").append(chart.body()).append("</g>\n");
            x += chart.width;
        }
        return svg.append("</svg>\n").toString();
    }

    private String body() {
        PlotArea area = area();
        StringBuilder out = new StringBuilder();
        out.append(text(width / 2.0, 20, title, "middle", "font-size=\"14\" font-weight=\"bold\""));
        double[] xTicks = bars.isEmpty() ? AxisTicks.ticks(area.xMin(), area.xMax()) : new double[0];
        out.append(area.axes(AxisTicks.ticks(0, area.yMax()), xTicks, xLabel, yLabel));
        out.append(bars.isEmpty() ? lines(area) : bars(area));
        if (threshold != null) {
            double y = area.y(threshold);
            out.append(SvgMarkup.line(LEFT, y, LEFT + area.width(), y, "#000", true));
            out.append(text(LEFT + area.width() - 4, y - 5, thresholdLabel, "end", "font-size=\"11\""));
        }
        List<PlotArea.LegendEntry> legend = bars.isEmpty()
                ? series.stream().map(s -> new PlotArea.LegendEntry(s.name(), s.color(), s.dashed())).toList()
                : bars.stream().map(b -> new PlotArea.LegendEntry(b.name(), b.color(), false)).toList();
        out.append(area.legend(legend, width - RIGHT));
        return out.toString();
    }

    /** The plot's rectangle and ranges: x over the series' values (from 0 at most), y from 0 to a round number. */
    private PlotArea area() {
        boolean barMode = !bars.isEmpty();
        double xMin = 0;
        double xMax = 1;
        if (!barMode) {
            xMin = Math.min(0, series.stream().flatMapToDouble(s -> Arrays.stream(s.x())).filter(Double::isFinite)
                    .min().orElse(0));
            xMax = series.stream().flatMapToDouble(s -> Arrays.stream(s.x())).filter(Double::isFinite)
                    .max().orElse(1);
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
        double top = yMax != null ? yMax : AxisTicks.niceCeiling(dataMax <= 0 ? 1 : dataMax * 1.05);
        return new PlotArea(LEFT, TOP, width - LEFT - RIGHT, height - TOP - BOTTOM, xMin,
                barMode ? 1 : AxisTicks.niceCeiling(xMax), top);
    }

    private String bars(PlotArea area) {
        StringBuilder out = new StringBuilder();
        int groups = categories.size();
        double groupW = (double) area.width() / Math.max(1, groups);
        double barW = groupW * 0.7 / Math.max(1, bars.size());
        for (int g = 0; g < groups; g++) {
            double groupX = LEFT + g * groupW;
            out.append(text(groupX + groupW / 2, area.bottom() + 16, categories.get(g), "middle", ""));
            for (int b = 0; b < bars.size(); b++) {
                double value = g < bars.get(b).values().length ? bars.get(b).values()[g] : Double.NaN;
                if (!Double.isFinite(value)) {
                    continue;
                }
                double h = value / area.yMax() * area.height();
                double x = groupX + groupW * 0.15 + b * barW;
                out.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(area.bottom() - h))
                        .append("\" width=\"").append(fmt(barW * 0.92)).append("\" height=\"").append(fmt(h))
                        .append("\" fill=\"").append(bars.get(b).color()).append("\"/>\n");
                out.append(text(x + barW * 0.46, area.bottom() - h - 4,
                        String.format(Locale.ROOT, "%.1f", value), "middle", "font-size=\"11\""));
            }
        }
        return out.toString();
    }

    /** Each series as a path, with a dot per point when there are few; points with a missing value are skipped. */
    private String lines(PlotArea area) {
        StringBuilder out = new StringBuilder();
        for (Series s : series) {
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < s.x().length; i++) {
                if (!Double.isFinite(s.x()[i]) || !Double.isFinite(s.y()[i])) {
                    continue;
                }
                double x = area.x(s.x()[i]);
                double y = area.y(Math.min(s.y()[i], area.yMax()));
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
        return out.toString();
    }
}
