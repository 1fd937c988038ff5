package co.anb.showcase.load.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgChartTest {

    @Test
    void linesAndBarsMakeOneWellFormedSvg() throws Exception {
        SvgChart lines = new SvgChart("Latency", "users", "ms", 400, 300)
                .line("p95 <all>", new double[] {5, 25, 50}, new double[] {120, 340, 1500}, false)
                .line("p50", new double[] {5, 25, 50}, new double[] {20, Double.NaN, 90}, true)
                .threshold(1000, "SLO");
        SvgChart bars = new SvgChart("Throughput", "jobs", "videos/min", 400, 300)
                .categories(List.of("1", "2", "4"))
                .bars("50 MB", new double[] {3.1, 4.5, 4.4})
                .bars("100 MB", new double[] {2.2, Double.NaN, 3.0});

        String svg = SvgChart.figure(List.of(lines, bars));
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));

        assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo("800");
        assertThat(svg).contains("p95 &lt;all&gt;", "SLO", "50 MB", "100 MB", "stroke-dasharray");
        assertThat(document.getElementsByTagName("path").getLength()).isEqualTo(2);
        // five bars: the missing value draws none
        assertThat(Pattern.compile("<rect [^>]*fill=\"#").matcher(svg).results().count()).isEqualTo(5);
    }
}
