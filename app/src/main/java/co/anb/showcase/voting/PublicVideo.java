package co.anb.showcase.voting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * One published video as the public listing shows it. {@code votedByMe} is left out of the JSON for anonymous
 * callers; the URLs are {@code null} until they exist.
 */
record PublicVideo(
        UUID videoId,
        String title,
        String username,
        String city,
        String country,
        String processedUrl,
        String thumbnailUrl,
        int votes,
        Instant processedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean votedByMe) {
}
