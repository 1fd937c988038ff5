package co.anb.showcase.videos;

import co.anb.showcase.queue.JobOutbox;
import co.anb.showcase.queue.ProcessingJob;
import co.anb.showcase.shared.ApiException;
import co.anb.showcase.storage.MediaUrls;
import co.anb.showcase.storage.ObjectStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class VideoService {

    static final String NOT_FOUND = "Video no encontrado.";
    static final String NOT_YOURS = "No tienes permiso para acceder a este video.";
    static final String PUBLISHED = "El video ya fue publicado para votación y no se puede eliminar.";

    private static final Logger log = LoggerFactory.getLogger(VideoService.class);

    private final UploadValidator validator;
    private final VideoRepository videos;
    private final ObjectStore store;
    private final MediaUrls mediaUrls;
    private final JobOutbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    VideoService(UploadValidator validator, VideoRepository videos, ObjectStore store, MediaUrls mediaUrls,
                 JobOutbox outbox, TransactionTemplate transactions, Clock clock) {
        this.validator = validator;
        this.videos = videos;
        this.store = store;
        this.mediaUrls = mediaUrls;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Validates the upload, stores the original and records the video with its processing job. A rejected upload
     * leaves nothing behind: no row, no job, no stored object (the caller deletes the form's temporary file).
     */
    Uploaded upload(UUID ownerId, ReceivedForm form) {
        String title = validator.title(form.title().orElse(null));
        Path file = validator.filePresent(form);
        validator.media(file, validator.container(file, form.fileSize()));
        return store(ownerId, title, file);
    }

    List<VideoSummary> list(UUID ownerId) {
        return videos.findByOwner(ownerId).stream().map(video -> VideoSummary.of(video, mediaUrls::published)).toList();
    }

    VideoDetail detail(UUID userId, String videoId) {
        return VideoDetail.of(owned(userId, videoId, videos::findForOwner), store::url, mediaUrls::published);
    }

    /** Removes the row first (only if still unpublished), then its files, so a published video never loses them. */
    UUID delete(UUID userId, String videoId) {
        Video video = owned(userId, videoId, videos::findById);
        if (video.isPublished()) {
            throw ApiException.badRequest("video_published", PUBLISHED);
        }
        Video deleted = videos.deleteUnlessPublished(video.id()).orElseThrow(() ->
                // it changed between the read and the delete: published by a worker, or deleted by another request
                videos.findById(video.id()).isPresent()
                        ? ApiException.badRequest("video_published", PUBLISHED) : ApiException.notFound(NOT_FOUND));
        deleteFiles(deleted);
        return deleted.id();
    }

    private Uploaded store(UUID ownerId, String title, Path local) {
        Video video = Video.uploaded(UUID.randomUUID(), ownerId, UUID.randomUUID(), title,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        store.put(video.originalKey(), local, "video/mp4");
        try {
            transactions.executeWithoutResult(status -> {
                videos.insert(video);
                outbox.enqueue(new ProcessingJob(video.id(), video.taskId(), video.originalKey(),
                        video.uploadedAt()));
            });
        } catch (RuntimeException e) {
            try {
                store.delete(video.originalKey());
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        return new Uploaded(video.id(), video.taskId());
    }

    /** 404 for an id that is not a video (including one that is not even a UUID), 403 for someone else's. */
    private Video owned(UUID userId, String rawId, Function<UUID, Optional<Video>> reader) {
        Video video = parse(rawId).flatMap(reader).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        if (!video.ownedBy(userId)) {
            throw ApiException.forbidden(NOT_YOURS);
        }
        return video;
    }

    private void deleteFiles(Video video) {
        List<String> keys = video.storedKeys();
        try {
            store.delete(keys.toArray(String[]::new));
        } catch (RuntimeException e) {
            // the video is already gone for the player; what is left is storage to reclaim, not data to keep
            log.error("Video {} deleted but its files could not be removed, delete them by hand: {}", video.id(),
                    keys, e);
        }
    }

    private static Optional<UUID> parse(String rawId) {
        try {
            return Optional.of(UUID.fromString(rawId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    record Uploaded(UUID videoId, UUID taskId) {
    }
}
