package co.anb.showcase.processing;

import co.anb.showcase.media.FfmpegBinaries;
import co.anb.showcase.media.MediaTimeoutException;
import co.anb.showcase.media.PermanentMediaException;
import co.anb.showcase.media.ProcessOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SPEC §4 in one FFmpeg run: the first 30 s of content, fitted into 1280×720 with black bars ({@code setsar=1}),
 * upright (FFmpeg applies a phone's rotation metadata when it decodes), the ANB logo as a translucent watermark
 * bottom-right, a 2.5 s logo card before and after, no audio, H.264 yuv420p at a constant 30 fps with the index
 * up front ({@code +faststart}), and a JPEG thumbnail of the content's second 1, from the same decode.
 */
class VideoPipeline {

    static final double MAX_CONTENT_SECONDS = 30;
    static final double CARD_SECONDS = 2.5;
    private static final Pattern PARENTHESISED_END = Pattern.compile(".*\\(([^()]+)\\)$");
    private static final String LOGO_RESOURCE = "/media/anb-logo.png";

    /**
     * The render's speed settings, chosen with {@code ./bench/pipeline.sh} (docs/processing.md): frames are dropped
     * to 30 fps before they are scaled (a 60 fps phone video is scaled half as often), the downscale averages areas
     * instead of fitting bicubic curves, and x264 skips the partition search of its {@code veryfast} preset. Together
     * 17 % less CPU per video than the previous settings, at SSIM 0.984 against their output and the same file size.
     */
    static final String FILTER_GRAPH = filterGraph("area", true);
    static final String X264_PARAMS = "partitions=none";

    private final FfmpegBinaries ffmpeg;
    private final Path logo;
    private final String preset;
    private final int crf;
    private final Duration timeout;
    private final String filterGraph;
    private final String x264Params;

    VideoPipeline(FfmpegBinaries ffmpeg, Path workDir, String preset, int crf, Duration timeout) {
        this(ffmpeg, workDir, preset, crf, timeout, FILTER_GRAPH, X264_PARAMS);
    }

    /** With other speed settings: the benchmark compares them; an empty {@code x264Params} leaves the preset's. */
    VideoPipeline(FfmpegBinaries ffmpeg, Path workDir, String preset, int crf, Duration timeout, String filterGraph,
                  String x264Params) {
        this.ffmpeg = ffmpeg;
        this.logo = extractLogo(workDir);
        this.preset = preset;
        this.crf = crf;
        this.timeout = timeout;
        this.filterGraph = filterGraph;
        this.x264Params = x264Params;
    }

    /**
     * Inputs: 0 = the video (read for at most 30 s), 1 = the logo. The logo is split three ways: the watermark
     * (180 px wide, 60 % opaque, 16 px from the corner) and the centre of the two cards (640 px wide on black).
     * {@code fps=30} makes a variable-frame-rate phone video constant; the thumbnail is taken before the watermark.
     * The thumbnail branch uses {@code trim}, not {@code select}: trim ends its branch after the frame, while a
     * select branch stays open and made FFmpeg hold every decoded frame of the content (1.4 GB for 30 s of 720p).
     *
     * @param scaleFlags the scaler's algorithm for fitting the video into 1280×720
     * @param fpsFirst   whether frames are dropped to 30 fps before scaling rather than after
     */
    static String filterGraph(String scaleFlags, boolean fpsFirst) {
        String fit = "scale=1280:720:force_original_aspect_ratio=decrease:flags=" + scaleFlags
                + ",pad=1280:720:(ow-iw)/2:(oh-ih)/2:black,setsar=1";
        return String.join(";",
                "[1:v]format=rgba,split=3[logo_mark][logo_intro][logo_outro]",
                "[logo_mark]scale=180:-1,colorchannelmixer=aa=0.6[mark]",
                "[logo_intro]scale=640:-1[intro_logo]",
                "[logo_outro]scale=640:-1[outro_logo]",
                card("intro"),
                card("outro"),
                "[0:v]" + (fpsFirst ? "fps=30," + fit : fit + ",fps=30")
                        + ",format=yuv420p,split=2[fitted][thumb_source]",
                "[fitted][mark]overlay=W-w-16:H-h-16[content]",
                "[intro][content][outro]concat=n=3:v=1:a=0,format=yuv420p[video]",
                "[thumb_source]trim=start_frame=30:end_frame=31,scale=640:360[thumb]");
    }

    /**
     * Renders {@code input} into {@code video} and {@code thumbnail}.
     *
     * @throws PermanentMediaException if the input is at fault (corrupt, undecodable, past a resource limit): a
     *                                 retry would fail the same way
     * @throws RenderFailedException   if FFmpeg fails otherwise or runs past its timeout: worth a retry
     */
    void render(Path input, Path video, Path thumbnail) throws RenderFailedException, PermanentMediaException {
        ProcessOutput output;
        try {
            output = ffmpeg.runFfmpeg(arguments(input, video, thumbnail), timeout);
        } catch (MediaTimeoutException e) {
            throw new RenderFailedException("El procesamiento superó el tiempo límite de " + timeout.toSeconds()
                    + " s.");
        }
        if (!output.succeeded()) {
            var permanent = PermanentMediaException.of(output, cause(output.lastErrorLine()));
            if (permanent.isPresent()) {
                throw permanent.get();
            }
            throw new RenderFailedException("FFmpeg falló al procesar el video (" + cause(output.lastErrorLine())
                    + ").", output.stderrTail());
        }
    }

    List<String> arguments(Path input, Path video, Path thumbnail) {
        List<String> arguments = new ArrayList<>(List.of(
                // -xerror: a truncated or corrupt input must fail the job, not publish a video cut short
                "-hide_banner", "-nostdin", "-loglevel", "error", "-xerror", "-y",
                "-t", format(MAX_CONTENT_SECONDS), "-i", input.toString(),
                "-i", logo.toString(),
                "-filter_complex", filterGraph,
                "-map", "[video]", "-an", "-c:v", "libx264", "-preset", preset, "-crf", Integer.toString(crf)));
        if (!x264Params.isEmpty()) {
            arguments.addAll(List.of("-x264-params", x264Params));
        }
        arguments.addAll(List.of("-pix_fmt", "yuv420p", "-r", "30", "-movflags", "+faststart", video.toString(),
                "-map", "[thumb]", "-frames:v", "1", "-q:v", "3", thumbnail.toString()));
        return arguments;
    }

    /**
     * FFmpeg's last line without its {@code [component @ address]} prefixes, and only the reason in parentheses when
     * it ends with one: "Terminating thread with return code -1094995529 (Invalid data found when processing
     * input)" becomes "Invalid data found when processing input".
     */
    static String cause(String lastLine) {
        String line = lastLine.replaceAll("^(\\[[^]]*] )+", "").strip();
        Matcher reason = PARENTHESISED_END.matcher(line);
        return reason.matches() ? reason.group(1) : line;
    }

    private static String card(String name) {
        return "color=c=black:s=1280x720:r=30:d=" + format(CARD_SECONDS) + "[" + name + "_bg];"
                + "[" + name + "_bg][" + name + "_logo]overlay=(W-w)/2:(H-h)/2[" + name + "]";
    }

    private static String format(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }

    /** FFmpeg reads the logo from a file; the jar carries it as a resource. */
    private static Path extractLogo(Path workDir) {
        try (InputStream in = VideoPipeline.class.getResourceAsStream(LOGO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the ANB logo " + LOGO_RESOURCE + " is missing from the build");
            }
            Files.createDirectories(workDir);
            Path file = workDir.resolve("anb-logo.png");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the ANB logo to " + workDir, e);
        }
    }

    /** FFmpeg could not render this input; the message is meant for the player. */
    static class RenderFailedException extends Exception {

        private final String details;

        RenderFailedException(String reason) {
            this(reason, "");
        }

        RenderFailedException(String reason, String details) {
            super(reason);
            this.details = details;
        }

        /** FFmpeg's stderr tail, for the log. */
        String details() {
            return details;
        }
    }
}
