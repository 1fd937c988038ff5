package co.anb.showcase.videos;

import co.anb.showcase.storage.MultipartStore.StoredPart;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON bodies of the direct upload endpoints (snake_case on the wire). */
final class DirectUploadResponses {

    private DirectUploadResponses() {
    }

    /** @param parts a presigned PUT URL per part, valid until {@code expiresAt} */
    record Started(UUID uploadId, long partSize, List<PartUrl> parts, Instant expiresAt) {
    }

    /**
     * @param uploadedParts the parts the store holds whole, with their ETags for the completion
     * @param parts         fresh URLs for the parts still to send
     */
    record Status(UUID uploadId, String title, long size, long partSize, List<UploadedPart> uploadedParts,
                  List<PartUrl> parts, Instant expiresAt) {
    }

    record PartUrl(int partNumber, String url) {
    }

    record UploadedPart(int partNumber, String etag, long size) {

        static UploadedPart of(StoredPart part) {
            return new UploadedPart(part.partNumber(), part.etag(), part.size());
        }
    }
}
