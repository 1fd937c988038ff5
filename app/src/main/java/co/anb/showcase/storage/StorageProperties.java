package co.anb.showcase.storage;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param bucket        the bucket holding every object
 * @param urlTtl        lifetime of presigned GET URLs
 * @param publicBaseUrl when set (the CDN), published media are {@code publicBaseUrl/key}; else the app's {@code /media/}
 */
@ConfigurationProperties(prefix = "anb.storage")
record StorageProperties(
        @DefaultValue("anb-videos") String bucket,
        @DefaultValue("1h") Duration urlTtl,
        String publicBaseUrl) {
}
