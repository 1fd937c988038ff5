package co.anb.showcase.load.report;

import java.util.Locale;

/** The SVG elements the charts are drawn with, coordinates to one decimal, text escaped. */
final class SvgMarkup {

    private SvgMarkup() {
    }

    static String line(double x1, double y1, double x2, double y2, String color, boolean dashed) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + color + "\" stroke-width=\"1\"" + (dashed ? " stroke-dasharray=\"5,4\"" : "")
                + "/>\n";
    }

    static String text(double x, double y, String content, String anchor, String extra) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\""
                + (extra.isEmpty() ? "" : " " + extra) + ">" + escape(content) + "</text>\n";
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
