package co.anb.showcase.shared;

import java.time.Duration;
import org.springframework.http.CacheControl;

/**
 * How long browsers, proxies and the CDN may keep a public read (listings, rankings). Short, because votes move
 * the figures; {@code stale-while-revalidate} lets a cache answer at once while it fetches the next copy, and the
 * ETag (added by a filter) turns most refetches into a 304. An answer with personal fields is private.
 */
public final class PublicReadCaching {

    public static final CacheControl SHARED = CacheControl.maxAge(Duration.ofSeconds(5)).cachePublic()
            .staleWhileRevalidate(Duration.ofSeconds(30));
    public static final CacheControl PERSONAL = CacheControl.noCache().cachePrivate();

    private PublicReadCaching() {
    }
}
