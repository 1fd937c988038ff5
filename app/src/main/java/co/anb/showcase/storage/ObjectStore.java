package co.anb.showcase.storage;

import java.nio.file.Path;

/** Where originals, processed videos and thumbnails live. Business code sees keys, never buckets or endpoints. */
public interface ObjectStore {

    /** Streams a local file to the store; the file is read in chunks, never loaded whole. */
    void put(String key, Path file, String contentType);

    /** Streams an object to a local file. */
    void download(String key, Path target);

    /** Removes the objects; keys that do not exist are ignored. */
    void delete(String... keys);

    /** A presigned GET URL a browser can open for a while: for private objects (originals). */
    String url(String key);
}
