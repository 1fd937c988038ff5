package co.anb.showcase.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks by content, without decoding and without a child process, that a file is an ISO BMFF (MP4) container
 * that is complete and whose index agrees with its bytes. An MP4 is a sequence of top-level boxes, each starting
 * with its size and a four-letter type; the first must be {@code ftyp} (so the bytes at offset 4 read "ftyp").
 * Walking the box headers catches a truncated upload (a box claims bytes past the end of the file) or a recording
 * that was never finished (no {@code moov} box) in a few reads; reading the index inside {@code moov}
 * ({@link Mp4Index}) catches one that declares samples, sizes or offsets the file does not have, or a file with no
 * media at all, before any FFmpeg tool reads it.
 */
public final class Mp4Container {

    /** Far more top-level boxes than any real MP4 has; a file with more is not one. */
    private static final int MAX_TOP_LEVEL_BOXES = 10_000;
    /** size + type + major brand + minor version. */
    private static final int MIN_FTYP_SIZE = 16;
    private static final String QUICKTIME_BRAND = "qt  ";

    public enum Verdict {
        /** An MP4 whose boxes fit in the file and whose index places every sample in its media data. */
        COMPLETE,
        /** Does not start with an {@code ftyp} box: not an MP4 at all. */
        NOT_MP4,
        /** An Apple QuickTime movie ({@code ftyp} major brand {@code qt}): the same box syntax, but not MP4. */
        QUICKTIME,
        /** Starts like an MP4 but is cut short, has a broken top-level box or no {@code moov}. */
        INCOMPLETE,
        /** The index contradicts itself or the file: tables, samples or chunks beyond the bytes there are. */
        BROKEN_INDEX,
        /** No video track with samples, or no media data ({@code mdat}) for them: nothing to play. */
        NO_MEDIA
    }

    /**
     * @param verdict what the file is
     * @param header  for a COMPLETE, unfragmented file, what its headers say of the video (no decoding involved)
     * @param problem for a BROKEN_INDEX, what was found, for the log
     */
    public record Inspection(Verdict verdict, Optional<MediaInfo> header, String problem) {

        Inspection(Verdict verdict, Optional<MediaInfo> header) {
            this(verdict, header, "");
        }
    }

    private Mp4Container() {
    }

    public static Verdict inspect(Path file) throws IOException {
        return read(file).verdict();
    }

    public static Inspection read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(new RandomAccessBytes() {
                @Override
                public long length() throws IOException {
                    return channel.size();
                }

                @Override
                public int read(ByteBuffer buffer, long position) throws IOException {
                    return channel.read(buffer, position);
                }
            });
        }
    }

    /** Reads only box headers and the {@code moov} box: a few ranges of the file, whatever its size. */
    public static Inspection read(RandomAccessBytes bytes) throws IOException {
        Mp4Reader reader = new Mp4Reader(bytes);
        long length = reader.length();
        long offset = 0;
        Mp4Box moov = null;
        boolean sawFragment = false;
        NavigableMap<Long, Long> mdats = new TreeMap<>();
        for (int boxes = 0; offset < length; boxes++) {
            if (boxes == MAX_TOP_LEVEL_BOXES || length - offset < 8) {
                return verdict(boxes == 0 ? Verdict.NOT_MP4 : Verdict.INCOMPLETE);
            }
            if (boxes == 0 && !"ftyp".equals(reader.fourCc(4))) {
                return verdict(Verdict.NOT_MP4);
            }
            Mp4Box box;
            try {
                box = reader.box(offset, length);
            } catch (BrokenMp4Exception e) {
                return verdict(boxes == 0 ? Verdict.NOT_MP4 : Verdict.INCOMPLETE);
            }
            if (boxes == 0 && box.size() < MIN_FTYP_SIZE) {
                return verdict(Verdict.NOT_MP4);
            }
            if (boxes == 0 && QUICKTIME_BRAND.equals(reader.fourCc(8))) {
                return verdict(Verdict.QUICKTIME);
            }
            switch (box.type()) {
                case "moov" -> moov = moov == null ? box : moov;
                case "mdat" -> {
                    if (box.payloadLength() > 0) {
                        mdats.put(box.payloadStart(), box.end());
                    }
                }
                case "moof" -> sawFragment = true;
                default -> {
                    // other boxes (free, skip, uuid, meta, ...) carry nothing that is checked here
                }
            }
            offset = box.end();
        }
        if (moov == null) {
            return verdict(length == 0 ? Verdict.NOT_MP4 : Verdict.INCOMPLETE);
        }
        return Mp4Index.inspect(reader, moov, mdats, sawFragment);
    }

    private static Inspection verdict(Verdict verdict) {
        return new Inspection(verdict, Optional.empty());
    }
}
