package co.anb.showcase.contract;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.Loader;

/**
 * The files the collections upload, under {@code <work dir>/test-data/} (newman's {@code --working-dir} is the work
 * dir): real MP4s made with FFmpeg (cheap to encode: a flat colour at 5 fps), a text file and a PDF posing as
 * uploads, and a sparse 101 MiB file for the size limit. Files already there are kept.
 */
final class ContractTestData {

    static final String VALID = "test-data/valid_1080p_21s.mp4";
    static final String THUMBNAIL = "test-data/seed_thumbnail.jpg";

    private ContractTestData() {
    }

    static void writeTo(Path workDir) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(workDir.resolve("test-data"));
        video(dir.resolve("valid_1080p_21s.mp4"), 1920, 1080, 21);
        video(dir.resolve("short_10s.mp4"), 1920, 1080, 10);
        video(dir.resolve("long_90s.mp4"), 1920, 1080, 90);
        video(dir.resolve("low_720p_21s.mp4"), 1280, 720, 21);
        if (Files.notExists(dir.resolve("seed_thumbnail.jpg"))) {
            ffmpeg("-f", "lavfi", "-i", "color=c=0xe76f51:size=1280x720", "-frames:v", "1",
                    dir.resolve("seed_thumbnail.jpg").toString());
        }
        Files.writeString(dir.resolve("not_a_video.mp4"), "Esto es texto, no un video MP4.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("not_a_video.pdf"), """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """, StandardCharsets.US_ASCII);
        Path large = dir.resolve("large_101mb.mp4");
        if (Files.notExists(large)) {
            // A real MP4 header followed by a sparse tail: over the limit without writing 101 MiB to disk.
            Files.copy(dir.resolve("valid_1080p_21s.mp4"), large);
            try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
                file.setLength(101L * 1024 * 1024);
            }
        }
    }

    /** Copies a test file under another relative path of the work dir (peer collections hard-code their paths). */
    static void alias(Path workDir, String alias, String existing) throws IOException {
        Path target = workDir.resolve(alias).normalize();
        if (!target.startsWith(workDir)) {
            throw new IllegalArgumentException("alias outside the work dir: " + alias);
        }
        Files.createDirectories(target.getParent());
        Files.copy(workDir.resolve(existing), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void video(Path file, int width, int height, int seconds) throws IOException, InterruptedException {
        if (Files.exists(file)) {
            return;
        }
        ffmpeg("-f", "lavfi", "-i", "color=c=0x1d3557:size=%dx%d:rate=5".formatted(width, height),
                "-t", String.valueOf(seconds), "-c:v", "libx264", "-preset", "ultrafast", "-crf", "40",
                "-pix_fmt", "yuv420p", "-movflags", "+faststart", file.toString());
    }

    private static void ffmpeg(String... args) throws IOException, InterruptedException {
        String binary = Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
        List<String> command = new ArrayList<>(List.of(binary, "-v", "error", "-y"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LD_LIBRARY_PATH", Path.of(binary).getParent().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("ffmpeg failed: " + String.join(" ", command) + "\n" + output);
        }
    }
}
