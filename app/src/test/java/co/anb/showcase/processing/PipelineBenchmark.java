package co.anb.showcase.processing;

import co.anb.showcase.media.ProcessOutput;
import co.anb.showcase.media.TestVideos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The worker's render, measured (not a test): {@code ./bench/pipeline.sh [--quick]}. Prints
 * <ol>
 * <li>our pipeline against a plain FFmpeg transcode of the same 60 s 1080p input to the same size, codec and
 *     settings (no cards, watermark or thumbnail), side by side in alternating order, round by round, with the
 *     ratio per round, since the machine's speed drifts;</li>
 * <li>the render's speed settings against the previous ones ({@link RenderSettingsComparison});</li>
 * <li>the x264 presets at CRF 23: render time and output size, for choosing the default;</li>
 * <li>videos per minute with 1, 2 and 4 renders at once, for 50 MB and 100 MB inputs.</li>
 * </ol>
 * Renders only (FFmpeg on local files); the whole job with S3 and the queue is measured by the load tests.
 */
public final class PipelineBenchmark {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final Path DIR = Path.of("target", "bench").toAbsolutePath();
    private static final List<String> PRESETS = List.of("ultrafast", "superfast", "veryfast", "faster", "fast",
            "medium");

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        int rounds = quick ? 2 : 5;
        String preset = System.getProperty("anb.worker.preset", "veryfast");
        Files.createDirectories(DIR);
        System.out.printf("Machine: %d cores (%s), Java %s, %s%n", Runtime.getRuntime().availableProcessors(),
                cpuModel(), System.getProperty("java.version"), LocalDate.now());
        System.out.println("FFmpeg: " + TestVideos.binaries());

        Path input50 = input(50);
        Path input100 = input(100);
        sideBySide(input50, preset, rounds);
        RenderSettingsComparison.run(input50, DIR, preset, rounds, TIMEOUT);
        presets(input50);
        throughput(List.of(input50, input100), preset, quick);
    }

    private static void sideBySide(Path input, String preset, int rounds) throws Exception {
        System.out.printf("%n## Our pipeline vs a plain transcode, %s, preset %s, CRF 23%n", describe(input), preset);
        System.out.println("| round | pipeline s | plain transcode s | ratio |");
        System.out.println("|---|---|---|---|");
        VideoPipeline pipeline = pipeline(preset);
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            double ours;
            double plain;
            // alternate which goes first, so a drift in the machine's speed does not favour one of them
            if (round % 2 == 1) {
                ours = timePipeline(pipeline, input);
                plain = timePlain(input, preset);
            } else {
                plain = timePlain(input, preset);
                ours = timePipeline(pipeline, input);
            }
            ratios.add(ours / plain);
            System.out.printf(Locale.ROOT, "| %d | %.2f | %.2f | %.2f |%n", round, ours, plain, ours / plain);
        }
        System.out.printf(Locale.ROOT, "Median ratio: %.2f%n", median(ratios));
    }

    private static void presets(Path input) throws Exception {
        System.out.printf("%n## x264 presets at CRF 23, %s%n", describe(input));
        System.out.println("| preset | render s | output MB |");
        System.out.println("|---|---|---|");
        for (String preset : PRESETS) {
            Path out = DIR.resolve("preset-" + preset + ".mp4");
            long start = System.nanoTime();
            pipeline(preset).render(input, out, DIR.resolve("preset-" + preset + ".jpg"));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.1f |%n", preset, seconds, Files.size(out) / 1e6);
        }
    }

    private static void throughput(List<Path> inputs, String preset, boolean quick) throws Exception {
        System.out.printf("%n## Throughput, preset %s%n", preset);
        System.out.println("| input | renders at once | videos | wall s | videos/min | mean render s | max render s |");
        System.out.println("|---|---|---|---|---|---|---|");
        VideoPipeline pipeline = pipeline(preset);
        for (Path input : inputs) {
            for (int concurrency : List.of(1, 2, 4)) {
                int videos = quick ? concurrency : concurrency * 2;
                ExecutorService executor = Executors.newFixedThreadPool(concurrency);
                long start = System.nanoTime();
                List<Future<Double>> renders = new ArrayList<>();
                for (int i = 0; i < videos; i++) {
                    int index = i;
                    renders.add(executor.submit(() -> timePipeline(pipeline, input, "c" + concurrency + "-" + index)));
                }
                List<Double> times = new ArrayList<>();
                for (Future<Double> render : renders) {
                    times.add(render.get());
                }
                double wall = (System.nanoTime() - start) / 1e9;
                executor.shutdown();
                System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.2f | %.1f | %.1f |%n", describe(input),
                        concurrency, videos, wall, videos * 60 / wall,
                        times.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                        Collections.max(times));
            }
        }
    }

    private static double timePipeline(VideoPipeline pipeline, Path input) throws Exception {
        return timePipeline(pipeline, input, "side-by-side");
    }

    private static double timePipeline(VideoPipeline pipeline, Path input, String name) throws Exception {
        long start = System.nanoTime();
        pipeline.render(input, DIR.resolve(name + ".mp4"), DIR.resolve(name + ".jpg"));
        return (System.nanoTime() - start) / 1e9;
    }

    /** The reference: one plain FFmpeg transcode to the same format, without cards, watermark or thumbnail. */
    static List<String> plainTranscode(Path input, Path output, String preset) {
        return List.of("-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-t", "30", "-i", input.toString(),
                "-vf", "scale=1280:720,setsar=1,fps=30", "-an", "-c:v", "libx264", "-preset", preset,
                "-crf", "23", "-pix_fmt", "yuv420p", "-movflags", "+faststart", output.toString());
    }

    private static double timePlain(Path input, String preset) {
        long start = System.nanoTime();
        ProcessOutput output = TestVideos.binaries().runFfmpeg(plainTranscode(input, DIR.resolve("plain.mp4"),
                preset), TIMEOUT);
        if (!output.succeeded()) {
            throw new IllegalStateException("plain transcode failed: " + output.stderrTail());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static VideoPipeline pipeline(String preset) {
        return new VideoPipeline(TestVideos.binaries(), DIR, preset, 23, TIMEOUT);
    }

    /**
     * A 60 s 1920×1080 30 fps clip of about {@code megabytes} MB: moving test pattern with grain, so x264 needs
     * the bit rate of a real phone recording of that size.
     */
    private static Path input(int megabytes) throws IOException {
        Path file = DIR.resolve("input-60s-1080p-" + megabytes + "MB.mp4");
        if (!Files.exists(file)) {
            long bitsPerSecond = megabytes * 1_000_000L * 8 / 60 * 97 / 100;
            System.out.printf("Generating %s (once) ...%n", file.getFileName());
            Path partial = DIR.resolve(file.getFileName() + ".partial.mp4");
            ProcessOutput output = TestVideos.binaries().runFfmpeg(List.of("-v", "error", "-y",
                    "-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=30,noise=alls=14:allf=t+u",
                    "-t", "60", "-c:v", "libx264", "-preset", "ultrafast", "-b:v", Long.toString(bitsPerSecond),
                    "-maxrate", Long.toString(bitsPerSecond), "-bufsize", Long.toString(bitsPerSecond * 2),
                    "-pix_fmt", "yuv420p", "-movflags", "+faststart", partial.toString()), TIMEOUT);
            if (!output.succeeded()) {
                throw new IllegalStateException("could not generate the input: " + output.stderrTail());
            }
            Files.move(partial, file);
        }
        return file;
    }

    private static String describe(Path input) throws IOException {
        return String.format(Locale.ROOT, "60 s 1080p %.0f MB", Files.size(input) / 1e6);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
