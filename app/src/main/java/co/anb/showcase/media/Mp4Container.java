package co.anb.showcase.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Checks by content, without decoding, that a file is an ISO BMFF (MP4) container and is complete. An MP4 is a
 * sequence of top-level boxes, each starting with its size and a four-letter type; the first must be {@code ftyp}
 * (so the bytes at offset 4 read "ftyp"). Walking the box headers catches a truncated upload (a box claims bytes
 * past the end of the file) or a recording that was never finished (no {@code moov} box) in a few reads, whatever
 * the file name or declared content type said.
 */
public final class Mp4Container {

    /** Far more top-level boxes than any real MP4 has; a file with more is not one. */
    private static final int MAX_TOP_LEVEL_BOXES = 10_000;
    /** size + type + major brand + minor version. */
    private static final int MIN_FTYP_SIZE = 16;
    private static final String QUICKTIME_BRAND = "qt  ";

    public enum Verdict {
        /** Starts with an {@code ftyp} box, every top-level box fits in the file, and there is a {@code moov}. */
        COMPLETE,
        /** Does not start with an {@code ftyp} box: not an MP4 at all. */
        NOT_MP4,
        /** An Apple QuickTime movie ({@code ftyp} major brand {@code qt}): the same box syntax, but not MP4. */
        QUICKTIME,
        /** Starts like an MP4 but is cut short, has a broken box or no {@code moov}. */
        INCOMPLETE
    }

    private Mp4Container() {
    }

    public static Verdict inspect(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = channel.size();
            ByteBuffer header = ByteBuffer.allocate(16);
            long offset = 0;
            boolean sawMoov = false;
            for (int boxes = 0; offset < length; boxes++) {
                if (boxes == MAX_TOP_LEVEL_BOXES || length - offset < 8) {
                    return boxes == 0 ? Verdict.NOT_MP4 : Verdict.INCOMPLETE;
                }
                read(channel, header, offset, 8);
                long size = Integer.toUnsignedLong(header.getInt(0));
                String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
                int headerLength = 8;
                if (size == 1) {
                    // a 64-bit "largesize" follows the type
                    if (length - offset < 16) {
                        return Verdict.INCOMPLETE;
                    }
                    read(channel, header, offset + 8, 8);
                    size = header.getLong(0);
                    headerLength = 16;
                } else if (size == 0) {
                    // the last box may say "until the end of the file"
                    size = length - offset;
                }
                if (boxes == 0 && (!"ftyp".equals(type) || size < MIN_FTYP_SIZE)) {
                    return Verdict.NOT_MP4;
                }
                if (boxes == 0 && isQuickTime(channel, header)) {
                    return Verdict.QUICKTIME;
                }
                if (size < headerLength || size > length - offset) {
                    return Verdict.INCOMPLETE;
                }
                sawMoov |= "moov".equals(type);
                offset += size;
            }
            return sawMoov ? Verdict.COMPLETE : length == 0 ? Verdict.NOT_MP4 : Verdict.INCOMPLETE;
        }
    }

    private static boolean isQuickTime(FileChannel channel, ByteBuffer header) throws IOException {
        read(channel, header, 8, 4);
        return QUICKTIME_BRAND.equals(new String(header.array(), 0, 4, StandardCharsets.ISO_8859_1));
    }

    private static void read(FileChannel channel, ByteBuffer buffer, long position, int count) throws IOException {
        buffer.clear().limit(count);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of file");
            }
        }
        buffer.flip();
    }
}
