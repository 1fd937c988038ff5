package co.anb.showcase.media;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Reads the {@code moov} box of a file whose top-level boxes are complete: checks every track's index against the
 * file ({@link SampleLayout}), that there is a video track with samples and media data to hold them, and reads from
 * the headers what ffprobe would report about the video (duration, picture size, rotation).
 */
final class Mp4Index {

    /** What ffprobe names the demuxer of these files; kept so the in-process report reads like its report. */
    static final String FORMAT_NAME = "mov,mp4,m4a,3gp,3g2,mj2";

    private Mp4Index() {
    }

    /** Checks the index; the verdict is the first problem found, or COMPLETE with the header's facts. */
    static Mp4Container.Inspection inspect(Mp4Reader reader, Mp4Box moov, NavigableMap<Long, Long> mdats,
                                           boolean sawFragment) throws IOException {
        if (mdats.isEmpty()) {
            // an index and no media: whatever the index says, there is nothing to play
            return new Mp4Container.Inspection(Mp4Container.Verdict.NO_MEDIA, Optional.empty());
        }
        try {
            Mp4Box mvhd = reader.required(moov, "mvhd");
            boolean fragmented = reader.child(moov, "mvex").isPresent();
            List<Mp4Track> tracks = new ArrayList<>();
            for (Mp4Box box : reader.children(moov, 0)) {
                if (box.type().equals("trak")) {
                    tracks.add(Mp4Track.read(reader, box, mdats, fragmented));
                }
            }
            long[] movie = Mp4Track.timing(reader, mvhd);
            Optional<Mp4Track> video = tracks.stream()
                    .filter(track -> track.isVideo() && (fragmented || track.sampleCount() > 0))
                    .findFirst();
            if (video.isEmpty() || fragmented && !sawFragment) {
                return new Mp4Container.Inspection(Mp4Container.Verdict.NO_MEDIA, Optional.empty());
            }
            return new Mp4Container.Inspection(Mp4Container.Verdict.COMPLETE,
                    fragmented ? Optional.empty() : Optional.of(header(video.get(), movie, tracks)));
        } catch (BrokenMp4Exception e) {
            return new Mp4Container.Inspection(Mp4Container.Verdict.BROKEN_INDEX, Optional.empty(), e.getMessage());
        }
    }

    /** The movie's duration ({@code mvhd}), or the video track's when the movie header leaves it unknown. */
    private static MediaInfo header(Mp4Track video, long[] movie, List<Mp4Track> tracks) {
        double seconds = movie[1] > 0 ? (double) movie[1] / movie[0] : (double) video.duration() / video.timescale();
        boolean sideways = video.rotation() % 180 != 0;
        return new MediaInfo(FORMAT_NAME, seconds,
                sideways ? video.height() : video.width(),
                sideways ? video.width() : video.height(),
                video.rotation(),
                tracks.stream().anyMatch(track -> "soun".equals(track.handler())),
                codecName(video.codec()));
    }

    /** ffprobe's name for the common video codings, the sample entry's four letters otherwise. */
    private static String codecName(String sampleEntry) {
        return switch (sampleEntry) {
            case "avc1", "avc3" -> "h264";
            case "hvc1", "hev1" -> "hevc";
            case "av01" -> "av1";
            case "vp09" -> "vp9";
            case "mp4v" -> "mpeg4";
            default -> sampleEntry.strip();
        };
    }
}
