package co.anb.showcase.voting;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param cacheTtl        how long a page of the public listing is shared before it is read again; a vote or a
 *                        publication on this node evicts it at once, on other nodes within this time (≤ 30 s)
 * @param cacheMaxEntries how many (city, sort, page, limit) pages are kept at most
 */
@ConfigurationProperties(prefix = "anb.public-videos")
@Validated
record PublicVideosProperties(
        @DefaultValue("5s") @DurationMin(seconds = 0) @DurationMax(seconds = 30) Duration cacheTtl,
        @DefaultValue("10000") @Positive int cacheMaxEntries) {
}
