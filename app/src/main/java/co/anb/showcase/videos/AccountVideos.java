package co.anb.showcase.videos;

import co.anb.showcase.auth.AccountDeleted;
import co.anb.showcase.auth.PersonalDataSection;
import co.anb.showcase.storage.MediaUrls;
import co.anb.showcase.storage.ObjectStore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A player's videos in their data export, and gone with their account: the rows in the deletion's transaction
 * (published ones too: the account holder's right to deletion outweighs the contest's), the stored objects once it
 * has committed, so a rolled-back deletion never loses files. A job still queued or running for one of them finds
 * its row gone and cleans up its outputs, as after any deletion.
 */
@Component
class AccountVideos implements PersonalDataSection {

    private static final Logger log = LoggerFactory.getLogger(AccountVideos.class);

    private final VideoRepository videos;
    private final ObjectStore store;
    private final MediaUrls mediaUrls;
    private final ApplicationEventPublisher events;

    AccountVideos(VideoRepository videos, ObjectStore store, MediaUrls mediaUrls, ApplicationEventPublisher events) {
        this.videos = videos;
        this.store = store;
        this.mediaUrls = mediaUrls;
        this.events = events;
    }

    @Override
    public String name() {
        return "videos";
    }

    @Override
    public List<ExportedVideo> dataOf(UUID userId) {
        return videos.findByOwner(userId).stream().map(video -> new ExportedVideo(video.id(), video.title(),
                video.status().value(), video.failureReason(), video.votes(), video.uploadedAt(), video.processedAt(),
                store.url(video.originalKey()), mediaUrls.published(video.processedKey()),
                mediaUrls.published(video.thumbnailKey()))).toList();
    }

    @EventListener
    void on(AccountDeleted deleted) {
        List<String> keys = videos.deleteAllOwnedBy(deleted.userId()).stream()
                .flatMap(video -> video.storedKeys().stream())
                .toList();
        if (!keys.isEmpty()) {
            events.publishEvent(new FilesOrphaned(deleted.userId(), keys));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void removeFiles(FilesOrphaned orphaned) {
        try {
            store.delete(orphaned.keys().toArray(String[]::new));
        } catch (RuntimeException e) {
            log.error("Account {} deleted but its files could not be removed, delete them by hand: {}",
                    orphaned.userId(), orphaned.keys(), e);
        }
    }

    /** One video as the export shows it; URLs are null until the file exists (the original's is presigned). */
    record ExportedVideo(UUID videoId, String title, String status, String failureReason, int votes,
                         Instant uploadedAt, Instant processedAt, String originalUrl, String processedUrl,
                         String thumbnailUrl) {
    }

    /** The stored objects of a deleted account's videos, removed after the deletion commits. */
    record FilesOrphaned(UUID userId, List<String> keys) {
    }
}
