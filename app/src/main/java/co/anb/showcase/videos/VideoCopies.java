package co.anb.showcase.videos;

import co.anb.showcase.nodecache.NodeCache;
import co.anb.showcase.nodecache.NodeCaches;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Videos as their owners read them, one copy per api node ({@link NodeCaches}). Every statement that changes what
 * the owner sees (status, files, votes, hiding, deletion) calls {@link #changed} in its transaction; a worker's
 * heartbeat and the last error of an attempt that will be retried are not shown, so they evict nothing.
 */
@Component
class VideoCopies {

    /** A copy is a few hundred bytes: at most a few MB per node. */
    static final int MAX_VIDEOS = 20_000;
    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

    private final NodeCache<UUID, Video> copies;

    VideoCopies(NodeCaches caches) {
        this.copies = caches.create("video", UUID::fromString, MAX_VIDEOS, TIME_TO_LIVE);
    }

    Optional<Video> find(UUID id, Function<UUID, Optional<Video>> reader) {
        return Optional.ofNullable(copies.get(id, key -> reader.apply(key).orElse(null)));
    }

    void changed(UUID id) {
        copies.evictEverywhere(id);
    }
}
