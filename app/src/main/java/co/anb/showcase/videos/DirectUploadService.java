package co.anb.showcase.videos;

import co.anb.showcase.queue.JobOutbox;
import co.anb.showcase.queue.ProcessingJob;
import co.anb.showcase.shared.ApiException;
import co.anb.showcase.shared.TooManyRequestsException;
import co.anb.showcase.storage.MultipartStore;
import co.anb.showcase.storage.MultipartStore.StoredPart;
import co.anb.showcase.storage.ObjectStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads the browser sends straight to the store: opened here with presigned part URLs, resumed from the parts the
 * store already holds, and completed into a video with the contract upload's checks and its processing job. A
 * refused video leaves nothing behind: no upload row, no object, no parts.
 */
@Service
class DirectUploadService {

    static final String NOT_FOUND = "Subida no encontrada.";
    static final String TOO_MANY = "Tienes %d subidas sin terminar. Termínalas o cancélalas antes de empezar otra.";

    private final DirectUploadRequests requests;
    private final DirectUploads uploads;
    private final MultipartStore multipart;
    private final ObjectStore store;
    private final StoredUploadCheck check;
    private final VideoRepository videos;
    private final JobOutbox outbox;
    private final TransactionTemplate transactions;
    private final DirectUploadProperties properties;
    private final Clock clock;

    DirectUploadService(DirectUploadRequests requests, DirectUploads uploads, MultipartStore multipart,
                        ObjectStore store, StoredUploadCheck check, VideoRepository videos, JobOutbox outbox,
                        TransactionTemplate transactions, DirectUploadProperties properties, Clock clock) {
        this.requests = requests;
        this.uploads = uploads;
        this.multipart = multipart;
        this.store = store;
        this.check = check;
        this.videos = videos;
        this.outbox = outbox;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Checks what the client declares, then opens a multipart upload in the store if the account has room. */
    DirectUploadResponses.Started start(UUID ownerId, DirectUploadRequests.Start request) {
        DirectUploadRequests.Declared declared = requests.declared(request);
        int limit = properties.openPerAccount();
        // refused before any call to the store; the locked insert below settles races between nodes
        if (uploads.openCount(ownerId) >= limit) {
            throw tooMany(limit);
        }
        UUID videoId = UUID.randomUUID();
        String key = VideoKeys.original(videoId);
        String storeUploadId = multipart.start(key, "video/mp4");
        DirectUpload wanted = new DirectUpload(UUID.randomUUID(), ownerId, videoId, declared.title(), key,
                storeUploadId, declared.size(), (int) properties.partSize().toBytes(), null);
        Optional<DirectUpload> opened = uploads.open(wanted, properties.uploadTtl(), limit);
        if (opened.isEmpty()) {
            multipart.abort(key, storeUploadId);
            throw tooMany(limit);
        }
        DirectUpload upload = opened.get();
        return new DirectUploadResponses.Started(upload.id(), upload.partSize(), urls(upload, List.of()),
                urlsExpireAt(upload));
    }

    /** What a reloaded page needs to resume: the parts the store holds and fresh URLs for the others. */
    DirectUploadResponses.Status status(UUID ownerId, UUID id) {
        DirectUpload upload = owned(ownerId, id);
        List<StoredPart> stored = storedParts(upload);
        return new DirectUploadResponses.Status(upload.id(), upload.title(), upload.size(), upload.partSize(),
                stored.stream().map(DirectUploadResponses.UploadedPart::of).toList(), urls(upload, stored),
                urlsExpireAt(upload));
    }

    /** Joins the parts, checks the video by ranged reads, then records it with its job in one transaction. */
    VideoService.Uploaded complete(UUID ownerId, UUID id, DirectUploadRequests.Complete request) {
        DirectUpload upload = owned(ownerId, id);
        List<StoredPart> parts = requests.matchingParts(upload, request, storedParts(upload));
        try {
            multipart.complete(upload.objectKey(), upload.storeUploadId(), parts);
        } catch (MultipartStore.UploadGoneException e) {
            throw gone(upload);
        } catch (MultipartStore.PartsRefusedException e) {
            throw ApiException.badRequest(DirectUploadRequests.PARTS_MISMATCH, DirectUploadRequests.PARTS_REFUSED);
        }
        try {
            check.check(upload.objectKey());
        } catch (ApiException refused) {
            if (uploads.delete(upload.id())) {
                store.delete(upload.objectKey());
            }
            throw refused;
        }
        Video video = Video.uploaded(upload.videoId(), ownerId, UUID.randomUUID(), upload.title(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        boolean recorded = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!uploads.delete(upload.id())) {
                return false; // another request completed or aborted it meanwhile; that one owns the outcome
            }
            videos.insert(video);
            outbox.enqueue(new ProcessingJob(video.id(), video.taskId(), video.originalKey(), video.uploadedAt()));
            return true;
        }));
        if (!recorded) {
            throw ApiException.notFound(NOT_FOUND);
        }
        return new VideoService.Uploaded(video.id(), video.taskId());
    }

    void abort(UUID ownerId, UUID id) {
        DirectUpload upload = owned(ownerId, id);
        if (uploads.delete(upload.id())) {
            multipart.abort(upload.objectKey(), upload.storeUploadId());
        }
    }

    /** Someone else's upload is answered like one that does not exist: its id tells nothing. */
    private DirectUpload owned(UUID ownerId, UUID id) {
        return uploads.find(id).filter(upload -> upload.ownerId().equals(ownerId))
                .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    private List<StoredPart> storedParts(DirectUpload upload) {
        try {
            return multipart.parts(upload.objectKey(), upload.storeUploadId());
        } catch (MultipartStore.UploadGoneException e) {
            throw gone(upload);
        }
    }

    /** The store dropped the upload (lifecycle rule): the row goes too, and the client starts again. */
    private ApiException gone(DirectUpload upload) {
        uploads.delete(upload.id());
        return ApiException.notFound(NOT_FOUND);
    }

    private List<DirectUploadResponses.PartUrl> urls(DirectUpload upload, List<StoredPart> stored) {
        Duration ttl = properties.urlTtl();
        return IntStream.rangeClosed(1, upload.partCount())
                .filter(number -> stored.stream().noneMatch(part -> part.partNumber() == number
                        && part.size() == upload.partLength(number)))
                .mapToObj(number -> new DirectUploadResponses.PartUrl(number,
                        multipart.partUrl(upload.objectKey(), upload.storeUploadId(), number, ttl)))
                .toList();
    }

    private Instant urlsExpireAt(DirectUpload upload) {
        Instant urls = clock.instant().plus(properties.urlTtl());
        return (urls.isBefore(upload.expiresAt()) ? urls : upload.expiresAt()).truncatedTo(ChronoUnit.SECONDS);
    }

    private static TooManyRequestsException tooMany(int limit) {
        return new TooManyRequestsException(TOO_MANY.formatted(limit), Duration.ofMinutes(1));
    }
}
