package co.anb.showcase.videos;

import co.anb.showcase.media.MediaInfo;
import co.anb.showcase.media.Mp4Container;
import co.anb.showcase.shared.ApiException;
import co.anb.showcase.storage.MultipartStore;
import co.anb.showcase.storage.ObjectStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The contract upload's rules ({@link UploadValidator}) applied to an object the browser sent straight to the
 * store: the container and its index are read by ranged GETs of the box headers and the {@code moov} box, a bounded
 * number of bytes, so the web node never carries the video. Only a fragmented MP4, whose headers do not state the
 * duration, is downloaded for ffprobe, as the contract upload would probe it.
 */
@Component
class StoredUploadCheck {

    static final String INDEX_TOO_LARGE = "El índice del archivo MP4 es demasiado grande para revisarlo.";

    private static final Logger log = LoggerFactory.getLogger(StoredUploadCheck.class);

    private final UploadValidator validator;
    private final MultipartStore multipart;
    private final ObjectStore store;
    private final DirectUploadProperties properties;

    StoredUploadCheck(UploadValidator validator, MultipartStore multipart, ObjectStore store,
                      DirectUploadProperties properties) {
        this.validator = validator;
        this.multipart = multipart;
        this.store = store;
        this.properties = properties;
    }

    /** @throws ApiException (400) naming what is wrong with the video, as the contract upload would */
    MediaInfo check(String key) {
        long size = multipart.size(key);
        StoredObjectBytes bytes = new StoredObjectBytes(multipart, key, size, properties.maxHeaderReads().toBytes());
        Mp4Container.Inspection inspection;
        try {
            inspection = Mp4Container.read(bytes);
        } catch (StoredObjectBytes.ReadLimitException e) {
            log.info("Rejected a direct upload whose index is too large to read: {}", e.getMessage());
            throw ApiException.badRequest(UploadValidator.INVALID_VIDEO, INDEX_TOO_LARGE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded object " + key, e);
        }
        log.debug("Checked {} ({} bytes) with {} ranged reads, {} bytes", key, size, bytes.requests(),
                bytes.fetchedBytes());
        Optional<MediaInfo> header = validator.container(inspection, size);
        return header.isPresent() ? validator.media(header.get()) : probeDownloaded(key);
    }

    private MediaInfo probeDownloaded(String key) {
        Path local = null;
        try {
            local = Files.createTempFile("anb-direct-", ".mp4");
            store.download(key, local);
            return validator.media(local, Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not download " + key + " to probe it", e);
        } finally {
            if (local != null) {
                local.toFile().delete();
            }
        }
    }
}
