package co.anb.showcase.videos;

import java.time.Instant;
import java.util.UUID;

/**
 * An open upload the browser sends straight to the store in parts of {@code partSize} bytes (the last one shorter).
 *
 * @param storeUploadId the store's id of the multipart upload
 */
record DirectUpload(UUID id, UUID ownerId, UUID videoId, String title, String objectKey, String storeUploadId,
                    long size, int partSize, Instant expiresAt) {

    int partCount() {
        return (int) ((size + partSize - 1) / partSize);
    }

    /** The bytes part {@code number} (1-based) must hold. */
    long partLength(int number) {
        return number < partCount() ? partSize : size - (long) partSize * (partCount() - 1);
    }
}
