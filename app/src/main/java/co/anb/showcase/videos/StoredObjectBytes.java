package co.anb.showcase.videos;

import co.anb.showcase.media.RandomAccessBytes;
import co.anb.showcase.storage.MultipartStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An object in the store read by ranged GETs of aligned blocks, so the MP4 checks read its box headers and its
 * {@code moov} without downloading the video. The few blocks used last are kept (the index's tables are read
 * side by side), and the bytes fetched are capped: an index too large to read within the cap refuses the upload.
 */
final class StoredObjectBytes implements RandomAccessBytes {

    static final int BLOCK_BYTES = 64 * 1024;
    private static final int BLOCKS_KEPT = 32;

    private final MultipartStore store;
    private final String key;
    private final long length;
    private final long maxFetchedBytes;
    private final Map<Long, byte[]> blocks = new LinkedHashMap<>(BLOCKS_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
            return size() > BLOCKS_KEPT;
        }
    };
    private long fetchedBytes;
    private int requests;

    StoredObjectBytes(MultipartStore store, String key, long length, long maxFetchedBytes) {
        this.store = store;
        this.key = key;
        this.length = length;
        this.maxFetchedBytes = maxFetchedBytes;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public int read(ByteBuffer buffer, long position) throws IOException {
        if (position >= length) {
            return -1;
        }
        int read = 0;
        while (buffer.hasRemaining() && position < length) {
            long index = position / BLOCK_BYTES;
            byte[] block = block(index);
            int offset = (int) (position - index * BLOCK_BYTES);
            int count = Math.min(buffer.remaining(), block.length - offset);
            buffer.put(block, offset, count);
            position += count;
            read += count;
        }
        return read;
    }

    long fetchedBytes() {
        return fetchedBytes;
    }

    int requests() {
        return requests;
    }

    private byte[] block(long index) throws IOException {
        byte[] block = blocks.get(index);
        if (block != null) {
            return block;
        }
        long start = index * BLOCK_BYTES;
        int size = (int) Math.min(BLOCK_BYTES, length - start);
        if (fetchedBytes + size > maxFetchedBytes) {
            throw new ReadLimitException("read more than " + maxFetchedBytes + " bytes of " + key);
        }
        block = store.read(key, start, size);
        fetchedBytes += size;
        requests++;
        if (block.length != size) {
            throw new IOException("the store returned " + block.length + " bytes of " + key + " for " + size);
        }
        blocks.put(index, block);
        return block;
    }

    /** The checks needed more of the object than the cap allows. */
    static final class ReadLimitException extends IOException {

        ReadLimitException(String message) {
            super(message);
        }
    }
}
