package co.anb.showcase.contract;

import co.anb.showcase.media.ProcessOutput;
import co.anb.showcase.media.TestVideos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * The files the collections upload, under {@code <work dir>/test-data/} (newman's {@code --working-dir} is the work
 * dir): real MP4s from {@link TestVideos} (made with the real ffmpeg and cached for the whole build), a text file and
 * a PDF posing as uploads, a 101 MiB MP4 for the size limit, and a JPEG thumbnail for the seeded published videos.
 */
final class ContractTestData {

    static final String VALID = "test-data/valid_1080p_21s.mp4";
    static final String THUMBNAIL = "test-data/seed_thumbnail.jpg";

    private ContractTestData() {
    }

    static void writeTo(Path workDir) throws IOException {
        Path dir = Files.createDirectories(workDir.resolve("test-data"));
        copy(TestVideos.landscape1080p21s(), dir.resolve("valid_1080p_21s.mp4"));
        copy(TestVideos.tooShort10s(), dir.resolve("short_10s.mp4"));
        copy(TestVideos.tooLong90s(), dir.resolve("long_90s.mp4"));
        copy(TestVideos.hd720p21s(), dir.resolve("low_720p_21s.mp4"));
        copy(TestVideos.textNamedMp4(), dir.resolve("not_a_video.mp4"));
        copy(TestVideos.quickTime1080p21s(), dir.resolve("quicktime_1080p_21s.mov"));
        // Sparse padding: over the limit without costing 101 MiB of disk or time.
        copy(TestVideos.padded(101 * TestVideos.MIB), dir.resolve("large_101mb.mp4"));
        Files.writeString(dir.resolve("not_a_video.pdf"), """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """, StandardCharsets.US_ASCII);
        Path thumbnail = dir.resolve("seed_thumbnail.jpg");
        if (Files.notExists(thumbnail)) {
            ProcessOutput made = TestVideos.binaries().runFfmpeg(List.of("-v", "error", "-y", "-f", "lavfi",
                    "-i", "color=c=0xe76f51:size=1280x720", "-frames:v", "1", thumbnail.toString()),
                    Duration.ofMinutes(1));
            if (!made.succeeded()) {
                throw new IllegalStateException("ffmpeg could not make the thumbnail: " + made.stderrTail());
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
        copy(workDir.resolve(existing), target);
    }

    /** A hard link where the file system allows (instant, and the sparse 101 MiB file stays sparse), else a copy. */
    private static void copy(Path source, Path target) throws IOException {
        Files.deleteIfExists(target);
        try {
            Files.createLink(target, source);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
