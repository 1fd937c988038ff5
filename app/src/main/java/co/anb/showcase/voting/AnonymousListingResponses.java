package co.anb.showcase.voting;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Whole answers of the public listing to anonymous viewers (status 200 only), kept as bytes with their headers so a
 * repeat of the same request skips security, MVC and JSON. Everything an anonymous answer depends on is in its key
 * (scheme, path, query, Accept); it lives as long as the listing's shared page ({@code anb.public-videos.cache-ttl}) and is
 * cleared with it by {@link PublicVideoCatalog}. Bounded by bytes, so a flood of distinct queries cannot take more
 * than {@link #MAX_BYTES} of heap.
 */
@Component
class AnonymousListingResponses {

    static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final int ENTRY_OVERHEAD_BYTES = 1024;

    private final Cache<String, Answer> answers;
    /** Counts the clears, so an answer rendered before a clear is not kept after it. */
    private final AtomicLong generation = new AtomicLong();

    AnonymousListingResponses(PublicVideosProperties properties) {
        this.answers = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl())
                .maximumWeight(MAX_BYTES)
                .weigher((String key, Answer answer) -> key.length() + answer.body().length + ENTRY_OVERHEAD_BYTES)
                .build();
    }

    Optional<Answer> find(String key) {
        return Optional.ofNullable(answers.getIfPresent(key));
    }

    /** The current generation: read it before rendering, and hand it to {@link #keep}. */
    long generation() {
        return generation.get();
    }

    /** Keeps the answer unless the listing changed while it was being rendered. */
    void keep(String key, Answer answer, long renderedIn) {
        if (generation.get() == renderedIn) {
            answers.put(key, answer);
        }
    }

    void clear() {
        generation.incrementAndGet();
        answers.invalidateAll();
    }

    /** A 200 answer as it was sent: its headers in order (Content-Type and -Length apart) and its body. */
    record Answer(String contentType, Map<String, List<String>> headers, byte[] body) {

        String etag() {
            return headers.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase("ETag") && !header.getValue().isEmpty())
                    .map(header -> header.getValue().get(0)).findFirst().orElse(null);
        }
    }
}
