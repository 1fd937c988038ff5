package co.anb.showcase.videos;

import static co.anb.showcase.videos.VideoSummary.urlOrNull;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/** One of my videos in full (endpoint 5), with whether staff hid it and why (added to the contract's fields). */
record VideoDetail(UUID videoId, String title, String status, Instant uploadedAt, Instant processedAt,
                   String originalUrl, String processedUrl, String thumbnailUrl, int votes, String failureReason,
                   boolean hidden, String hiddenReason) {

    /** The original is private (a presigned URL); the rendered files are published media (stable URLs). */
    static VideoDetail of(Video video, Function<String, String> privateUrls, Function<String, String> publishedUrls) {
        return new VideoDetail(video.id(), video.title(), video.status().value(), video.uploadedAt(),
                video.processedAt(), urlOrNull(video.originalKey(), privateUrls),
                urlOrNull(video.processedKey(), publishedUrls), urlOrNull(video.thumbnailKey(), publishedUrls),
                video.votes(), video.failureReason(), video.isHidden(), video.hiddenReason());
    }
}
