package co.anb.showcase.processing;

import co.anb.showcase.media.ProcessOutput;
import co.anb.showcase.media.TestVideos;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What ffprobe and a few decoded frames say about a rendered video: for the pipeline's assertions. */
record RenderedVideo(Path file, JsonNode probe) {

    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    static RenderedVideo of(Path file) {
        ProcessOutput output = TestVideos.binaries().runFfprobe(List.of("-v", "error", "-print_format", "json",
                "-show_format", "-show_streams", file.toString()), TIMEOUT);
        if (!output.succeeded()) {
            throw new IllegalStateException("ffprobe failed on " + file + ": " + output.stderrTail());
        }
        return new RenderedVideo(file, JsonMapper.builder().build().readTree(output.stdout()));
    }

    double durationSeconds() {
        return Double.parseDouble(probe.get("format").get("duration").asString());
    }

    JsonNode videoStream() {
        return streams("video").get(0);
    }

    List<JsonNode> streams(String type) {
        List<JsonNode> found = new ArrayList<>();
        probe.get("streams").forEach(stream -> {
            if (type.equals(stream.get("codec_type").asString())) {
                found.add(stream);
            }
        });
        return found;
    }

    /** The decoded frame at {@code seconds}, as an image. */
    BufferedImage frameAt(double seconds) {
        try {
            Path png = Files.createTempFile("anb-frame-", ".png");
            try {
                ProcessOutput output = TestVideos.binaries().runFfmpeg(List.of("-v", "error", "-y",
                        "-ss", Double.toString(seconds), "-i", file.toString(), "-frames:v", "1", png.toString()),
                        TIMEOUT);
                if (!output.succeeded()) {
                    throw new IllegalStateException("could not decode a frame: " + output.stderrTail());
                }
                return ImageIO.read(png.toFile());
            } finally {
                Files.deleteIfExists(png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top-level MP4 boxes in file order, e.g. [ftyp, moov, mdat]. */
    List<String> topLevelBoxes() {
        List<String> boxes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            long offset = 0;
            while (offset + 8 <= size) {
                ByteBuffer header = ByteBuffer.wrap(in.readNBytes(8));
                long boxSize = Integer.toUnsignedLong(header.getInt());
                byte[] type = new byte[4];
                header.get(type);
                long headerLength = 8;
                if (boxSize == 1) {
                    boxSize = ByteBuffer.wrap(in.readNBytes(8)).getLong();
                    headerLength = 16;
                }
                boxes.add(new String(type, java.nio.charset.StandardCharsets.US_ASCII));
                if (boxSize < headerLength) {
                    break;
                }
                in.skipNBytes(boxSize - headerLength);
                offset += boxSize;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return boxes;
    }

    /** Whether a pixel is (close to) black. */
    static boolean isBlack(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r < 24 && g < 24 && b < 24;
    }

    /** How many pixels of the rectangle are not black. */
    static int nonBlackPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (!isBlack(image.getRGB(x, y))) {
                    count++;
                }
            }
        }
        return count;
    }
}
