package co.anb.showcase.videos;

import co.anb.showcase.storage.MultipartStore;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Aborts direct uploads left open past their time (a closed tab, a player who never came back), so their parts do
 * not wait for the bucket's lifecycle rule. Any node may run it: each row is taken by one node only.
 */
@Component
class LapsedUploadSweeper {

    private static final Logger log = LoggerFactory.getLogger(LapsedUploadSweeper.class);
    private static final int BATCH = 50;

    private final DirectUploads uploads;
    private final MultipartStore multipart;

    LapsedUploadSweeper(DirectUploads uploads, MultipartStore multipart) {
        this.uploads = uploads;
        this.multipart = multipart;
    }

    @Scheduled(fixedDelayString = "${anb.direct-upload.sweep-interval:5m}")
    void abortLapsed() {
        List<DirectUpload> lapsed = uploads.takeLapsed(BATCH);
        for (DirectUpload upload : lapsed) {
            try {
                multipart.abort(upload.objectKey(), upload.storeUploadId());
            } catch (RuntimeException e) {
                // the bucket's lifecycle rule drops the parts later anyway
                log.warn("Could not abort lapsed direct upload {}: {}", upload.id(), e.getMessage());
            }
        }
    }
}
