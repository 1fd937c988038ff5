package co.anb.showcase.videos;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The upload rules of SPEC §3 that may be tuned (the size limit is {@code anb.upload.max-size}).
 *
 * @param minDuration    shortest accepted video
 * @param maxDuration    longest accepted video
 * @param minShortSide   the short side of the picture must be at least this many pixels (1080 = 1080p)
 * @param titleMaxLength longest title in characters; the column holds 200
 */
@ConfigurationProperties(prefix = "anb.videos")
@Validated
record VideoRules(
        @NotNull @DefaultValue("20s") Duration minDuration,
        @NotNull @DefaultValue("60s") Duration maxDuration,
        @Min(1) @DefaultValue("1080") int minShortSide,
        @Min(1) @Max(200) @DefaultValue("200") int titleMaxLength) {

    VideoRules {
        if (minDuration != null && maxDuration != null && minDuration.compareTo(maxDuration) > 0) {
            throw new IllegalArgumentException("anb.videos.min-duration must not exceed anb.videos.max-duration");
        }
    }

    double minSeconds() {
        return minDuration.toMillis() / 1000.0;
    }

    double maxSeconds() {
        return maxDuration.toMillis() / 1000.0;
    }
}
