package co.anb.showcase.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.StreamSupport;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks ffprobe what a local file contains. Only headers are read (no decoding), so probing a 100 MB upload takes
 * milliseconds; the run is still bounded by a timeout because the input comes from strangers.
 */
public class MediaProbe {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FfmpegBinaries binaries;
    private final Duration timeout;
    private final DataSize probeSize;
    private final Duration analyzeDuration;

    public MediaProbe(FfmpegBinaries binaries, Duration timeout, DataSize probeSize, Duration analyzeDuration) {
        this.binaries = binaries;
        this.timeout = timeout;
        this.probeSize = probeSize;
        this.analyzeDuration = analyzeDuration;
    }

    /**
     * @throws UnreadableMediaException when ffprobe cannot read the file or finds no video stream in it
     * @throws MediaTimeoutException    when ffprobe runs past the timeout (a server problem more likely than a
     *                                  client one, so it is not reported as an unreadable file)
     */
    public MediaInfo probe(Path file) throws UnreadableMediaException {
        // "file:" keeps ffprobe from reading the name as another protocol (e.g. "concat:") or as an option
        // -probesize and -analyzeduration bound how much ffprobe reads and decodes to find the streams
        ProcessOutput output = binaries.runFfprobe(List.of("-v", "error",
                "-probesize", Long.toString(probeSize.toBytes()),
                "-analyzeduration", Long.toString(analyzeDuration.toNanos() / 1000),
                "-print_format", "json", "-show_format", "-show_streams", "file:" + file.toAbsolutePath()), timeout);
        if (!output.succeeded()) {
            throw new UnreadableMediaException("ffprobe could not read the file: " + output.limitReached()
                    .map(limit -> "stopped at its limit of " + limit).orElse(output.lastErrorLine()));
        }
        JsonNode root;
        try {
            root = JSON.readTree(output.stdout());
        } catch (JacksonException e) {
            throw new UnreadableMediaException("ffprobe printed no readable report");
        }
        List<JsonNode> streams = StreamSupport.stream(root.path("streams").spliterator(), false).toList();
        JsonNode video = streams.stream()
                .filter(stream -> "video".equals(stream.path("codec_type").asString("")))
                // cover art is stored as a one-frame "video" stream; it is not the video
                .filter(stream -> stream.path("disposition").path("attached_pic").asInt(0) == 0)
                .findFirst()
                .orElseThrow(() -> new UnreadableMediaException("the file has no video stream"));
        int codedWidth = video.path("width").asInt(0);
        int codedHeight = video.path("height").asInt(0);
        if (codedWidth <= 0 || codedHeight <= 0) {
            throw new UnreadableMediaException("the video stream has no frame size");
        }
        double duration = number(root.path("format"), "duration")
                .orElse(number(video, "duration").orElse(Double.NaN));
        if (!(duration > 0) || Double.isInfinite(duration)) {
            throw new UnreadableMediaException("the file has no duration");
        }
        int rotation = rotation(video);
        boolean sideways = rotation % 180 != 0;
        return new MediaInfo(
                root.path("format").path("format_name").asString(""),
                duration,
                sideways ? codedHeight : codedWidth,
                sideways ? codedWidth : codedHeight,
                rotation,
                streams.stream().anyMatch(stream -> "audio".equals(stream.path("codec_type").asString(""))),
                video.path("codec_name").asString(""));
    }

    /**
     * Clockwise display rotation, from the display matrix side data (which ffprobe reports counterclockwise, so a
     * portrait phone video says -90) or, in older files, the {@code rotate} tag (clockwise).
     */
    static int rotation(JsonNode video) {
        Optional<Double> fromMatrix = StreamSupport.stream(video.path("side_data_list").spliterator(), false)
                .filter(sideData -> sideData.has("rotation"))
                .map(sideData -> number(sideData, "rotation"))
                .filter(OptionalDouble::isPresent)
                .map(value -> -value.getAsDouble())
                .findFirst();
        double degrees = fromMatrix.orElseGet(() -> number(video.path("tags"), "rotate").orElse(0));
        int quarterTurns = (int) Math.round(degrees / 90.0);
        return Math.floorMod(quarterTurns * 90, 360);
    }

    private static OptionalDouble number(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (node.isNumber()) {
            return OptionalDouble.of(node.asDouble());
        }
        try {
            return node.isString() ? OptionalDouble.of(Double.parseDouble(node.asString().trim()))
                    : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
