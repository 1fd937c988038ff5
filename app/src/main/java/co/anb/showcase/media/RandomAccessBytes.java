package co.anb.showcase.media;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Bytes read at given positions: a local file, or an object in the store read by ranges. The MP4 checks need no
 * more than this, so they run the same on an upload spooled to disk and on one the browser sent to the store.
 */
public interface RandomAccessBytes {

    long length() throws IOException;

    /**
     * Reads into {@code buffer} from {@code position}, as much as fits or is there.
     *
     * @return the number of bytes read, -1 at the end
     */
    int read(ByteBuffer buffer, long position) throws IOException;
}
