package co.anb.showcase.voting;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whole answers of the public listing to anonymous viewers (status 200 only), kept as bytes with their headers so a
 * repeat of the same request skips security, MVC and JSON. Everything an anonymous answer depends on is in its key
 * (path, query, Accept); it lives as long as the listing's shared page ({@code anb.public-videos.cache-ttl}) and is
 * cleared with it by {@link PublicVideoCatalog}. Bounded by bytes, so a flood of distinct queries cannot take more
 * than {@link #MAX_BYTES} of heap.
 */
@Component
class AnonymousListingResponses {

    static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final int ENTRY_OVERHEAD_BYTES = 1024;

    private final Cache<String, Answer> answers;

    AnonymousListingResponses(PublicVideosProperties properties) {
        this.answers = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl())
                .maximumWeight(MAX_BYTES)
                .weigher((String key, Answer answer) -> key.length() + answer.body().length + ENTRY_OVERHEAD_BYTES)
                .build();
    }

    Optional<Answer> find(String key) {
        return Optional.ofNullable(answers.getIfPresent(key));
    }

    void keep(String key, Answer answer) {
        answers.put(key, answer);
    }

    void clear() {
        answers.invalidateAll();
    }

    /** A 200 answer as it was sent: its headers in order (Content-Type and -Length apart) and its body. */
    record Answer(String contentType, Map<String, List<String>> headers, byte[] body) {

        String etag() {
            List<String> etags = headers.get("ETag");
            return etags == null || etags.isEmpty() ? null : etags.get(0);
        }
    }
}
