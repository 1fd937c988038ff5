package co.anb.showcase.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads box headers and big-endian numbers at given positions of an MP4 file, local or in the store. Every box
 * read is checked to lie inside its parent, so nothing a file declares can send a read past its bytes, and children
 * are listed up to a fixed count, so no file can make a list grow without bound.
 */
final class Mp4Reader {

    /** Far more boxes than a real container holds in one parent; a parent with more is not a real MP4. */
    static final int MAX_CHILDREN = 10_000;

    private final RandomAccessBytes bytes;
    private final long length;
    private final ByteBuffer scratch = ByteBuffer.allocate(16);

    Mp4Reader(RandomAccessBytes bytes) throws IOException {
        this.bytes = bytes;
        this.length = bytes.length();
    }

    long length() {
        return length;
    }

    /** The box whose header starts at {@code at}, which must end by {@code limit}. */
    Mp4Box box(long at, long limit) throws IOException, BrokenMp4Exception {
        if (limit - at < 8) {
            throw new BrokenMp4Exception("a box header past its parent at " + at);
        }
        long size = u32(at);
        String type = fourCc(at + 4);
        int headerLength = 8;
        if (size == 1) {
            if (limit - at < 16) {
                throw new BrokenMp4Exception("a 64-bit box size past its parent at " + at);
            }
            size = u64(at + 8);
            headerLength = 16;
        } else if (size == 0) {
            size = limit - at; // "to the end of its parent"
        }
        if (size < headerLength || size > limit - at) {
            throw new BrokenMp4Exception("box '" + type + "' at " + at + " declares " + size + " bytes");
        }
        return new Mp4Box(type, at, headerLength, size);
    }

    /** The boxes inside {@code parent}, its payload starting {@code skip} bytes in (a full box's fields). */
    List<Mp4Box> children(Mp4Box parent, int skip) throws IOException, BrokenMp4Exception {
        List<Mp4Box> children = new ArrayList<>();
        long at = parent.payloadStart() + skip;
        while (at < parent.end()) {
            if (children.size() == MAX_CHILDREN) {
                throw new BrokenMp4Exception("more than " + MAX_CHILDREN + " boxes in '" + parent.type() + "'");
            }
            Mp4Box child = box(at, parent.end());
            children.add(child);
            at = child.end();
        }
        return children;
    }

    Optional<Mp4Box> child(Mp4Box parent, String type) throws IOException, BrokenMp4Exception {
        return children(parent, 0).stream().filter(box -> box.type().equals(type)).findFirst();
    }

    Mp4Box required(Mp4Box parent, String type) throws IOException, BrokenMp4Exception {
        return child(parent, type).orElseThrow(() ->
                new BrokenMp4Exception("no '" + type + "' in '" + parent.type() + "'"));
    }

    long u32(long at) throws IOException {
        return Integer.toUnsignedLong(read(at, 4).getInt(0));
    }

    long u64(long at) throws IOException, BrokenMp4Exception {
        long value = read(at, 8).getLong(0);
        if (value < 0) {
            throw new BrokenMp4Exception("a 64-bit number out of range at " + at);
        }
        return value;
    }

    int u16(long at) throws IOException {
        return Short.toUnsignedInt(read(at, 2).getShort(0));
    }

    int u8(long at) throws IOException {
        return Byte.toUnsignedInt(read(at, 1).get(0));
    }

    String fourCc(long at) throws IOException {
        return new String(read(at, 4).array(), 0, 4, StandardCharsets.ISO_8859_1);
    }

    /** Fills {@code buffer} from {@code at}, as far as the file goes. */
    void readInto(ByteBuffer buffer, long at) throws IOException {
        while (buffer.hasRemaining() && bytes.read(buffer, at + buffer.position()) >= 0) {
            // a positional read may return fewer bytes than asked: continue until full or at the end
        }
    }

    private ByteBuffer read(long at, int count) throws IOException {
        scratch.clear().limit(count);
        readInto(scratch, at);
        if (scratch.hasRemaining()) {
            throw new IOException("unexpected end of file at " + at);
        }
        return scratch;
    }
}
