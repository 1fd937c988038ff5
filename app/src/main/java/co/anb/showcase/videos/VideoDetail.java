package co.anb.showcase.videos;

import static co.anb.showcase.videos.VideoSummary.urlOrNull;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/** One of my videos in full (endpoint 5). */
record VideoDetail(UUID videoId, String title, String status, Instant uploadedAt, Instant processedAt,
                   String originalUrl, String processedUrl, String thumbnailUrl, int votes, String failureReason) {

    static VideoDetail of(Video video, Function<String, String> urls) {
        return new VideoDetail(video.id(), video.title(), video.status().value(), video.uploadedAt(),
                video.processedAt(), urlOrNull(video.originalKey(), urls), urlOrNull(video.processedKey(), urls),
                urlOrNull(video.thumbnailKey(), urls), video.votes(), video.failureReason());
    }
}
