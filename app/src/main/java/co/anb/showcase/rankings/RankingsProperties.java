package co.anb.showcase.rankings;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param cacheTtl        how long a computed ranking page is served before it is recomputed, so a new vote shows
 *                        up within this time; at most 30 s, {@code 0s} disables the cache
 * @param cacheMaxEntries how many (city, page, limit) pages are kept at most
 */
@ConfigurationProperties(prefix = "anb.rankings")
@Validated
record RankingsProperties(
        @DefaultValue("10s") @DurationMin(seconds = 0) @DurationMax(seconds = 30) Duration cacheTtl,
        @DefaultValue("10000") @Positive int cacheMaxEntries) {
}
