package co.anb.showcase.storage;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Stable URLs for published media (processed videos and thumbnails): the same URL on every request, so lists compute
 * no signature and browsers, proxies and the CDN can cache the bytes: {@code /media/{key}} under the media
 * origin ({@code MEDIA_BASE_URL}, CloudFront on AWS, which keeps them for their year-long lifetime), or under the
 * request's own origin when none is set ({@link PublishedMediaController} serves them). Originals are never published: they keep the
 * store's presigned URLs ({@link ObjectStore#url}).
 */
@Component
public class MediaUrls {

    static final String LOCAL_PATH = "/media/";

    private final StorageProperties properties;

    MediaUrls(StorageProperties properties) {
        this.properties = properties;
    }

    /** The absolute URL of a published object, or {@code null} for no key; call while serving a request. */
    public String published(String key) {
        if (key == null) {
            return null;
        }
        String base = properties.publicBaseUrl();
        if (base != null && !base.isBlank()) {
            return base.replaceAll("/+$", "") + LOCAL_PATH + key;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(LOCAL_PATH).path(key).toUriString();
    }
}
