package co.anb.showcase.storage;

import java.time.Duration;
import java.util.List;

/**
 * Objects a browser uploads straight to the store in parts (S3 multipart upload with presigned part URLs), and the
 * ranged reads that check such an object without downloading it. Keys are the server's, as everywhere in storage.
 */
public interface MultipartStore {

    /** @return the store's id of the new multipart upload */
    String start(String key, String contentType);

    /** A URL the browser may PUT one part's bytes to, for {@code ttl}; its response carries the part's ETag. */
    String partUrl(String key, String uploadId, int partNumber, Duration ttl);

    /**
     * The parts the store has received so far, by part number.
     *
     * @throws UploadGoneException when the store no longer has the upload
     */
    List<StoredPart> parts(String key, String uploadId);

    /**
     * Joins the parts into the object {@code key}.
     *
     * @throws UploadGoneException    when the store no longer has the upload
     * @throws PartsRefusedException when the store refuses the parts
     */
    void complete(String key, String uploadId, List<StoredPart> parts);

    /** Drops the parts; an upload that is already gone is ignored. */
    void abort(String key, String uploadId);

    /** The size of a stored object in bytes. */
    long size(String key);

    /** {@code length} bytes from {@code offset} (fewer at the end of the object). */
    byte[] read(String key, long offset, int length);

    /** @param etag as the store reports it, quotes included */
    record StoredPart(int partNumber, String etag, long size) {
    }

    /** The store has no such multipart upload: completed, aborted, or dropped by the bucket's lifecycle rule. */
    class UploadGoneException extends RuntimeException {

        public UploadGoneException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The store refused to join the parts as given (a part missing, too small or with another ETag). */
    class PartsRefusedException extends RuntimeException {

        public PartsRefusedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
