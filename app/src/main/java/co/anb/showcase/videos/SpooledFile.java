package co.anb.showcase.videos;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A form's file part on its way to disk: written as it arrives, then read back; {@link #close()} deletes it. */
final class SpooledFile implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SpooledFile.class);

    private final Path path;
    private FileChannel channel;
    private long size;

    private SpooledFile(Path path) throws IOException {
        this.path = path;
        this.channel = FileChannel.open(path, StandardOpenOption.WRITE);
    }

    static SpooledFile createIn(Path dir) throws IOException {
        return new SpooledFile(Files.createTempFile(dir, "anb-upload-", ".mp4"));
    }

    void write(ByteBuffer bytes) throws IOException {
        size += bytes.remaining();
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** The part ended: the file is complete. */
    void finish() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    Path path() {
        return path;
    }

    long size() {
        return size;
    }

    @Override
    public void close() {
        try {
            finish();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete temporary upload {}: {}", path, e.getMessage());
        }
    }
}
