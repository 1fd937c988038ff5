package co.anb.showcase.videos;

import java.time.Instant;
import java.util.UUID;

/** One uploaded video, as stored. Status changes go through {@link VideoLifecycle}'s conditional updates. */
record Video(
        UUID id,
        UUID ownerId,
        UUID taskId,
        String title,
        VideoStatus status,
        String originalKey,
        String processedKey,
        String thumbnailKey,
        String failureReason,
        int votes,
        Instant uploadedAt,
        Instant processedAt,
        String hiddenReason) {

    static Video uploaded(UUID id, UUID ownerId, UUID taskId, String title, Instant uploadedAt) {
        return new Video(id, ownerId, taskId, title, VideoStatus.UPLOADED, VideoKeys.original(id), null, null, null,
                0, uploadedAt, null, null);
    }

    boolean ownedBy(UUID userId) {
        return ownerId.equals(userId);
    }

    /** Hidden by staff: out of every public read, shown to its owner with the reason. */
    boolean isHidden() {
        return hiddenReason != null;
    }

    /** Published for voting: from then on the player can no longer delete it. */
    boolean isPublished() {
        return status == VideoStatus.PROCESSED;
    }
}
