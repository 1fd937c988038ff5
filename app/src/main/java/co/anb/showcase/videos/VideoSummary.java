package co.anb.showcase.videos;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * One row of "my videos" (endpoint 4). URLs are null until the file exists. {@code hidden} and its reason are added
 * to the contract's fields: staff hid the video from every public read.
 */
record VideoSummary(UUID videoId, String title, String status, Instant uploadedAt, Instant processedAt,
                    String processedUrl, boolean hidden, String hiddenReason) {

    static VideoSummary of(Video video, Function<String, String> urls) {
        return new VideoSummary(video.id(), video.title(), video.status().value(), video.uploadedAt(),
                video.processedAt(), urlOrNull(video.processedKey(), urls), video.isHidden(), video.hiddenReason());
    }

    static String urlOrNull(String key, Function<String, String> urls) {
        return key == null ? null : urls.apply(key);
    }
}
