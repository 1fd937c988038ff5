package co.anb.showcase.media;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

/**
 * Real MP4 files made with the real ffmpeg (lavfi test patterns, ultrafast, few frames per second, so each takes
 * about a second), plus broken files made from them. Each file is generated once and cached under
 * {@code target/test-videos/}, so every test class of a build reuses it; a file is written to a temporary name and
 * moved into place, so a half-written file is never picked up.
 */
public final class TestVideos {

    public static final long MIB = 1024 * 1024;
    private static final Path DIR = Path.of("target", "test-videos").toAbsolutePath();
    private static final Duration GENERATE_TIMEOUT = Duration.ofMinutes(2);
    private static FfmpegBinaries binaries;
    private static FfmpegBinaries confined;

    private TestVideos() {
    }

    /** 1920×1080 landscape, 21 s: passes every rule. */
    public static Path landscape1080p21s() {
        return generate("landscape-1920x1080-21s.mp4", 1920, 1080, 21, 5, false, 0);
    }

    /** 1080×1920 portrait, 22 s: passes every rule. */
    public static Path portrait1080x1920s22s() {
        return generate("portrait-1080x1920-22s.mp4", 1080, 1920, 22, 5, false, 0);
    }

    /** Coded 1920×1080 with a 90° display rotation, as phones record portrait video; with an audio track. */
    public static Path rotatedPhone1080p21sWithAudio() {
        return generate("rotated-1920x1080-r90-21s-audio.mp4", 1920, 1080, 21, 5, true, 90);
    }

    /** 1920×1080 landscape, 45 s: longer than the 30 s the worker keeps. */
    public static Path landscape1080p45s() {
        return generate("landscape-1920x1080-45s.mp4", 1920, 1080, 45, 5, false, 0);
    }

    /** 1920×1080 at 30 fps, 40 s: a job that takes several seconds to render, longer than the tests' visibility. */
    public static Path landscape1080p30fps40s() {
        return generate("landscape-1920x1080-30fps-40s.mp4", 1920, 1080, 40, 30, false, 0);
    }

    /** 1920×1080, 24 s, variable frame rate (irregular gaps between frames, as phones record). */
    public static synchronized Path variableFrameRate1080p24s() {
        return cached("vfr-1920x1080-24s.mp4", target -> run(List.of("-v", "error", "-y",
                "-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=10",
                // keep 2 frames of every 3, plus every 7th: the kept frames are unevenly spaced
                "-vf", "select='not(mod(n\\,3))+not(mod(n\\,7))'", "-fps_mode", "vfr",
                "-t", "24", "-c:v", "libx264", "-preset", "ultrafast", "-crf", "35", "-pix_fmt", "yuv420p",
                target.toString())));
    }

    /**
     * A valid clip with its index moved to the front and the middle of its media data (40 % to 70 % of the file)
     * overwritten with noise: boxes, index and duration are intact, so it passes the upload checks, but its frames
     * cannot be decoded, so FFmpeg fails while rendering it.
     */
    public static synchronized Path corruptFrames() {
        return cached("corrupt-frames-1920x1080-21s.mp4", target -> {
            Path indexed = DIR.resolve("landscape-1920x1080-21s-faststart.mp4");
            run(List.of("-v", "error", "-y", "-i", landscape1080p21s().toString(), "-c", "copy",
                    "-movflags", "+faststart", indexed.toString()));
            byte[] bytes = Files.readAllBytes(indexed);
            byte[] noise = new byte[bytes.length * 3 / 10];
            new java.util.Random(7).nextBytes(noise);
            System.arraycopy(noise, 0, bytes, bytes.length * 4 / 10, noise.length);
            Files.write(target, bytes);
            Files.delete(indexed);
        });
    }

    /** 1080p but only 10 s: too short. */
    public static Path tooShort10s() {
        return generate("landscape-1920x1080-10s.mp4", 1920, 1080, 10, 5, false, 0);
    }

    /** 1080p but 90 s: too long. */
    public static Path tooLong90s() {
        return generate("landscape-1920x1080-90s.mp4", 1920, 1080, 90, 2, false, 0);
    }

    /** A valid 1080p 21 s clip remuxed into a QuickTime movie (ftyp major brand "qt  "): not an MP4. */
    public static synchronized Path quickTime1080p21s() {
        Path source = landscape1080p21s();
        return cached("landscape-1920x1080-21s.mov", target -> run(List.of("-v", "error", "-y", "-i",
                source.toString(), "-c", "copy", "-f", "mov", target.toString())));
    }

    /** 1280×720, 21 s: resolution too low. */
    public static Path hd720p21s() {
        return generate("landscape-1280x720-21s.mp4", 1280, 720, 21, 5, false, 0);
    }

    /** The first 60 % of a valid MP4: cut short like an interrupted upload. */
    public static synchronized Path truncated() {
        return cached("truncated-60pct.mp4", target -> {
            Path source = landscape1080p21s();
            long keep = Files.size(source) * 6 / 10;
            try (var in = Files.newInputStream(source); var out = Files.newOutputStream(target)) {
                out.write(in.readNBytes((int) keep));
            }
        });
    }

    /** Box structure intact but the {@code moov} box's content overwritten: only ffprobe can tell it is broken. */
    public static synchronized Path corruptMoov() {
        return cached("corrupt-moov.mp4", target -> {
            Files.copy(landscape1080p21s(), target, StandardCopyOption.REPLACE_EXISTING);
            try (RandomAccessFile file = new RandomAccessFile(target.toFile(), "rw")) {
                long offset = 0;
                while (offset < file.length()) {
                    file.seek(offset);
                    long size = Integer.toUnsignedLong(file.readInt());
                    byte[] type = new byte[4];
                    file.readFully(type);
                    if ("moov".equals(new String(type, StandardCharsets.ISO_8859_1))) {
                        byte[] garbage = new byte[(int) size - 8];
                        java.util.Arrays.fill(garbage, (byte) 0x5A);
                        file.write(garbage);
                        return;
                    }
                    offset += size;
                }
                throw new IllegalStateException("no moov box in " + target);
            }
        });
    }

    /** Plain text in a file named {@code .mp4}. */
    public static synchronized Path textNamedMp4() {
        return cached("not-a-video.mp4", target ->
                Files.writeString(target, "Esto no es un video, solo texto con extensión .mp4\n"));
    }

    /** Zero bytes. */
    public static synchronized Path empty() {
        return cached("empty.mp4", target -> Files.write(target, new byte[0]));
    }

    /**
     * A valid 1080p 21 s MP4 grown to exactly {@code bytes} with a trailing {@code free} box, the ISO BMFF box
     * meant for padding. The padding is a sparse region, so even a 100 MiB file costs no time or disk to make.
     */
    public static synchronized Path padded(long bytes) {
        return cached("padded-" + bytes + ".mp4", target -> {
            Path source = landscape1080p21s();
            long sourceSize = Files.size(source);
            if (bytes < sourceSize + 8 || bytes - sourceSize > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("cannot pad " + sourceSize + " bytes to " + bytes);
            }
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            try (RandomAccessFile file = new RandomAccessFile(target.toFile(), "rw")) {
                file.seek(sourceSize);
                file.writeInt((int) (bytes - sourceSize));
                file.write("free".getBytes(StandardCharsets.ISO_8859_1));
                file.setLength(bytes);
            }
        });
    }

    /** The settings the app runs with when nothing is configured: {@code anb.ffmpeg.*} bound from no properties. */
    static FfmpegProperties defaultSettings() {
        return Binder.get(new StandardEnvironment()).bindOrCreate("anb.ffmpeg", FfmpegProperties.class);
    }

    /** The binaries confined as the app confines them, with the default limits. */
    public static synchronized FfmpegBinaries confinedBinaries() {
        if (confined == null) {
            FfmpegProperties settings = defaultSettings();
            confined = binaries().confined(settings.ffmpegLimits(), settings.ffprobeLimits(), Duration.ofSeconds(30));
        }
        return confined;
    }

    /** A probe with the app's default bounds, run confined. */
    public static MediaProbe probe() {
        FfmpegProperties settings = defaultSettings();
        return new MediaProbe(confinedBinaries(), settings.probeTimeout(), settings.probeSize(),
                settings.analyzeDuration());
    }

    /** The ffmpeg/ffprobe the app would use on this machine, unconfined (to make the test files). */
    public static synchronized FfmpegBinaries binaries() {
        if (binaries == null) {
            binaries = FfmpegBinaries.locate(System.getenv("FFMPEG_PATH"), System.getenv("FFPROBE_PATH"),
                    Duration.ofSeconds(30));
        }
        return binaries;
    }

    private static synchronized Path generate(String name, int width, int height, int seconds, int fps,
                                              boolean audio, int rotation) {
        return cached(name, target -> {
            Path encoded = rotation == 0 ? target : target.resolveSibling(name + ".unrotated.mp4");
            List<String> args = new ArrayList<>(List.of("-v", "error", "-y",
                    "-f", "lavfi", "-i", "testsrc2=size=%dx%d:rate=%d".formatted(width, height, fps)));
            if (audio) {
                args.addAll(List.of("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=22050"));
            }
            args.addAll(List.of("-t", String.valueOf(seconds), "-c:v", "libx264", "-preset", "ultrafast",
                    "-crf", "35", "-pix_fmt", "yuv420p"));
            args.addAll(audio ? List.of("-c:a", "aac", "-b:a", "32k") : List.of("-an"));
            args.add(encoded.toString());
            run(args);
            if (rotation != 0) {
                // -display_rotation is counterclockwise; phones store "turn 90° clockwise to display"
                run(List.of("-v", "error", "-y", "-display_rotation", String.valueOf(-rotation), "-i",
                        encoded.toString(), "-c", "copy", target.toString()));
                Files.delete(encoded);
            }
        });
    }

    private static void run(List<String> args) {
        ProcessOutput output = binaries().runFfmpeg(args, GENERATE_TIMEOUT);
        if (!output.succeeded()) {
            throw new IllegalStateException("ffmpeg " + args + " failed: " + output.stderrTail());
        }
    }

    private static Path cached(String name, FileWriter writer) {
        Path target = DIR.resolve(name);
        if (Files.exists(target)) {
            return target;
        }
        try {
            Files.createDirectories(DIR);
            Path partial = DIR.resolve(name + ".partial.mp4");
            writer.write(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface FileWriter {
        void write(Path target) throws IOException;
    }
}
