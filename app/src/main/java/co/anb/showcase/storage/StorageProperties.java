package co.anb.showcase.storage;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param bucket        the bucket holding every object
 * @param urlTtl        lifetime of presigned GET URLs
 * @param publicBaseUrl when set (e.g. a CDN), URLs are {@code publicBaseUrl/key} instead of presigned
 */
@ConfigurationProperties(prefix = "anb.storage")
record StorageProperties(
        @DefaultValue("anb-videos") String bucket,
        @DefaultValue("1h") Duration urlTtl,
        String publicBaseUrl) {
}
