package co.anb.showcase.load.report;

import static co.anb.showcase.load.report.SvgMarkup.escape;
import static co.anb.showcase.load.report.SvgMarkup.fmt;
import static co.anb.showcase.load.report.SvgMarkup.line;
import static co.anb.showcase.load.report.SvgMarkup.text;

import java.util.List;

/**
 * Where a chart's data land: the plot's rectangle inside the chart's margins, in pixels, and the values its axes
 * span (x from {@code xMin} to {@code xMax}, y from 0 to {@code yMax}).
 */
record PlotArea(int left, int top, int width, int height, double xMin, double xMax, double yMax) {

    double x(double value) {
        return left + (value - xMin) / (xMax - xMin) * width;
    }

    double y(double value) {
        return top + height - value / yMax * height;
    }

    int bottom() {
        return top + height;
    }

    /** Grid lines with their tick labels, the frame, and the two axis labels. */
    String axes(double[] yTicks, double[] xTicks, String xLabel, String yLabel) {
        StringBuilder out = new StringBuilder();
        for (double tick : yTicks) {
            double y = y(tick);
            out.append(line(left, y, left + width, y, "#e0e0e0", false));
            out.append(text(left - 6, y + 4, AxisTicks.label(tick), "end", ""));
        }
        for (double tick : xTicks) {
            double x = x(tick);
            out.append(line(x, top, x, bottom(), "#f0f0f0", false));
            out.append(text(x, bottom() + 16, AxisTicks.label(tick), "middle", ""));
        }
        out.append("<rect x=\"").append(left).append("\" y=\"").append(top).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" fill=\"none\" stroke=\"#333\"/>\n");
        out.append(text(left + width / 2.0, bottom() + 34, xLabel, "middle", ""));
        out.append("<text x=\"14\" y=\"").append(fmt(top + height / 2.0)).append("\" text-anchor=\"middle\""
                        + " transform=\"rotate(-90 14 ").append(fmt(top + height / 2.0)).append(")\">")
                .append(escape(yLabel)).append("</text>\n");
        return out.toString();
    }

    /** A legend entry: a short line in the series' color and dash, and its name. */
    record LegendEntry(String name, String color, boolean dashed) {
    }

    /** The legend below the x axis label, left to right, wrapping before {@code rightEdge}. */
    String legend(List<LegendEntry> entries, double rightEdge) {
        StringBuilder out = new StringBuilder();
        double lx = left;
        double ly = bottom() + 54;
        for (LegendEntry entry : entries) {
            double itemWidth = 28 + entry.name().length() * 7;
            if (lx + itemWidth > rightEdge && lx > left) {
                lx = left;
                ly += 14;
            }
            out.append(line(lx, ly - 4, lx + 20, ly - 4, entry.color(), entry.dashed())
                    .replace("stroke-width=\"1\"", "stroke-width=\"3\""));
            out.append(text(lx + 24, ly, entry.name(), "start", "font-size=\"11\""));
            lx += itemWidth;
        }
        return out.toString();
    }
}
