package co.anb.showcase.processing;

import co.anb.showcase.media.ProcessOutput;
import co.anb.showcase.media.TestVideos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part of {@link PipelineBenchmark}: the worker's render with its current speed settings against the settings it had
 * before they were tuned (bicubic scaling before the frame-rate filter, the preset's own partition search), in
 * alternating order round by round. Prints the render times, the output sizes and the SSIM of the tuned output
 * against the previous one, so a faster setting that costs quality or bytes shows it.
 */
final class RenderSettingsComparison {

    private static final Pattern SSIM_ALL = Pattern.compile("All:([0-9.]+)");

    private RenderSettingsComparison() {
    }

    static void run(Path input, Path dir, String preset, int rounds, Duration timeout) throws Exception {
        VideoPipeline tuned = new VideoPipeline(TestVideos.binaries(), dir, preset, 23, timeout);
        VideoPipeline previous = new VideoPipeline(TestVideos.binaries(), dir, preset, 23, timeout,
                VideoPipeline.filterGraph("bicubic", false), "");
        Path tunedOut = dir.resolve("settings-tuned.mp4");
        Path previousOut = dir.resolve("settings-previous.mp4");
        System.out.printf("%n## Render settings: tuned (%s, %s) against the previous ones, preset %s, CRF 23%n",
                "fps before area scaling", "x264 " + VideoPipeline.X264_PARAMS, preset);
        System.out.println("| round | previous s | tuned s | tuned / previous |");
        System.out.println("|---|---|---|---|");
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            double before;
            double after;
            if (round % 2 == 1) {
                before = time(previous, input, previousOut, dir);
                after = time(tuned, input, tunedOut, dir);
            } else {
                after = time(tuned, input, tunedOut, dir);
                before = time(previous, input, previousOut, dir);
            }
            ratios.add(after / before);
            System.out.printf(Locale.ROOT, "| %d | %.2f | %.2f | %.2f |%n", round, before, after, after / before);
        }
        ratios.sort(Double::compare);
        System.out.printf(Locale.ROOT, "Median time ratio: %.2f; output %.2f MB previous, %.2f MB tuned (%+.1f %%);"
                        + " SSIM of tuned against previous: %.4f%n", ratios.get(ratios.size() / 2),
                Files.size(previousOut) / 1e6, Files.size(tunedOut) / 1e6,
                100.0 * (Files.size(tunedOut) - Files.size(previousOut)) / Files.size(previousOut),
                ssim(tunedOut, previousOut, timeout));
    }

    private static double time(VideoPipeline pipeline, Path input, Path output, Path dir) throws Exception {
        long start = System.nanoTime();
        pipeline.render(input, output, dir.resolve("settings.jpg"));
        return (System.nanoTime() - start) / 1e9;
    }

    /** FFmpeg's structural similarity of two videos frame by frame: 1 is identical. */
    static double ssim(Path video, Path reference, Duration timeout) throws IOException {
        ProcessOutput output = TestVideos.binaries().runFfmpeg(List.of("-hide_banner", "-nostdin",
                "-i", video.toString(), "-i", reference.toString(), "-lavfi", "[0:v][1:v]ssim", "-f", "null", "-"),
                timeout);
        Matcher all = SSIM_ALL.matcher(output.stderrTail());
        if (!output.succeeded() || !all.find()) {
            throw new IOException("FFmpeg's ssim gave no result: " + output.stderrTail());
        }
        return Double.parseDouble(all.group(1));
    }
}
