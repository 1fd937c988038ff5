package co.anb.showcase.media;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Reads the entries of one sample table (sizes, chunk offsets, sample-to-chunk runs) in order, through a small
 * buffer: a table may hold millions of entries, and none of them is kept.
 */
final class TableCursor {

    private static final int BUFFER_BYTES = 16 * 1024;

    private final Mp4Reader reader;
    private final int entryBytes;
    private final long end;
    private final ByteBuffer buffer;
    private long next;

    /**
     * @param start      where the first entry starts
     * @param count      how many entries the table declares; the caller checked they fit in the table's box
     * @param entryBytes 1, 2, 4, 8 or 12 (a run of three 32-bit fields)
     */
    TableCursor(Mp4Reader reader, long start, long count, int entryBytes) {
        this.reader = reader;
        this.entryBytes = entryBytes;
        this.end = start + count * entryBytes;
        this.next = start;
        this.buffer = ByteBuffer.allocate(BUFFER_BYTES - BUFFER_BYTES % entryBytes).limit(0);
    }

    boolean hasNext() {
        return next < end || buffer.hasRemaining();
    }

    /** The next entry as an unsigned number, or the next field of a 12-byte run when read with {@link #u32()}. */
    long next() throws IOException, BrokenMp4Exception {
        fill(entryBytes);
        return switch (entryBytes) {
            case 1 -> Byte.toUnsignedLong(buffer.get());
            case 2 -> Short.toUnsignedLong(buffer.getShort());
            case 4 -> Integer.toUnsignedLong(buffer.getInt());
            case 8 -> {
                long value = buffer.getLong();
                if (value < 0) {
                    throw new BrokenMp4Exception("a chunk offset out of range");
                }
                yield value;
            }
            default -> throw new IllegalStateException("use u32() for " + entryBytes + "-byte entries");
        };
    }

    /** The next 32-bit field, for tables whose entries are several fields. */
    long u32() throws IOException {
        fill(4);
        return Integer.toUnsignedLong(buffer.getInt());
    }

    private void fill(int bytes) throws IOException {
        if (buffer.remaining() >= bytes) {
            return;
        }
        if (next >= end) {
            throw new IllegalStateException("read past the table's declared entries");
        }
        buffer.compact();
        buffer.limit((int) Math.min(buffer.capacity(), buffer.position() + (end - next)));
        int before = buffer.position();
        reader.readInto(buffer, next - before);
        next += buffer.position() - before;
        buffer.flip();
        if (buffer.remaining() < bytes) {
            throw new IOException("unexpected end of file in a sample table");
        }
    }
}
