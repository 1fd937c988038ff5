package co.anb.showcase.load.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.Loader;

/**
 * Real MP4 files of realistic sizes that pass the upload rules (MP4, 20–60 s, 1080p, ≤ 100 MiB), made once with
 * FFmpeg and cached: a 1080p30 test pattern with film grain (so the encoder has to spend bits, as on a phone
 * recording) at a constant bitrate chosen for the size. The 50 MB and 100 MB clips are both 30 s long, so they
 * differ in bitrate as phone recordings at two quality settings do; the 4 MB clip is a 25 s low-bitrate one.
 * The quick clip (20 s at 5 frames per second, no grain) is for the quick runs only: cheap to process, it checks
 * the machinery and measures nothing.
 */
public final class UploadClips {

    public enum Clip {
        MB4("upload-4mb.mp4", 25, 30, 1_300, "4 MB"),
        MB50("upload-50mb.mp4", 30, 30, 13_200, "50 MB"),
        MB100("upload-100mb.mp4", 30, 30, 26_500, "100 MB"),
        QUICK("upload-quick.mp4", 20, 5, 300, "quick clip");

        final String file;
        final int seconds;
        final int fps;
        final int kbps;
        final String label;

        Clip(String file, int seconds, int fps, int kbps, String label) {
            this.file = file;
            this.seconds = seconds;
            this.fps = fps;
            this.kbps = kbps;
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private UploadClips() {
    }

    public static synchronized Path get(Path cacheDir, Clip clip) throws IOException, InterruptedException {
        Path target = cacheDir.resolve(clip.file);
        if (Files.exists(target)) {
            return target;
        }
        Files.createDirectories(cacheDir);
        Path partial = cacheDir.resolve(clip.file + ".partial.mp4");
        String rate = clip.kbps + "k";
        List<String> command = new ArrayList<>(List.of(ffmpeg(), "-v", "error", "-y",
                "-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=" + clip.fps, "-t", String.valueOf(clip.seconds),
                "-vf", clip == Clip.QUICK ? "null" : "noise=alls=12:allf=t",
                "-c:v", "libx264", "-preset", "ultrafast",
                "-b:v", rate, "-maxrate", rate, "-bufsize", rate, "-pix_fmt", "yuv420p", "-an",
                "-movflags", "+faststart", partial.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(libraryPath());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("ffmpeg failed to make " + clip.file + ": " + output);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** The bundled FFmpeg (bytedeco, as the app uses), or the one on the PATH. */
    private static String ffmpeg() {
        try {
            return Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
        } catch (RuntimeException | LinkageError e) {
            return "ffmpeg";
        }
    }

    private static Map<String, String> libraryPath() {
        try {
            String dir = Path.of(Loader.load(org.bytedeco.ffmpeg.ffmpeg.class)).getParent().toString();
            String current = System.getenv("LD_LIBRARY_PATH");
            return Map.of("LD_LIBRARY_PATH", current == null || current.isBlank() ? dir : dir + ":" + current);
        } catch (RuntimeException | LinkageError e) {
            return Map.of();
        }
    }
}
