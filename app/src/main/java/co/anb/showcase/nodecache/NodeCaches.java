package co.anb.showcase.nodecache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates the node caches and carries their evictions between nodes: an eviction is a notification on
 * {@link #CHANNEL} with the cache's name and the row's id, sent in the writing transaction, so PostgreSQL delivers
 * it to every listening node when (and only if) the change commits. A node that is not listening (a worker, or an
 * api node whose listening connection is down) keeps no copies.
 */
@Component
public class NodeCaches {

    static final String CHANNEL = "anb_node_cache";
    private static final Logger log = LoggerFactory.getLogger(NodeCaches.class);

    private final JdbcClient jdbc;
    private final Map<String, NodeCache<?, ?>> caches = new ConcurrentHashMap<>();
    private volatile boolean live;

    public NodeCaches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param name       unique per kind of row, carried by every eviction (no spaces)
     * @param keys       parses an id back from its {@code toString()}
     * @param timeToLive the longest a copy is kept even if no eviction comes
     */
    public <K, V> NodeCache<K, V> create(String name, Function<String, K> keys, int maxEntries,
                                         Duration timeToLive) {
        if (name.isBlank() || name.contains(" ")) {
            throw new IllegalArgumentException("A node cache name is one word: " + name);
        }
        NodeCache<K, V> cache = new NodeCache<>(name, keys, maxEntries, timeToLive, this);
        if (caches.putIfAbsent(name, cache) != null) {
            throw new IllegalStateException("Two node caches named " + name);
        }
        return cache;
    }

    boolean live() {
        return live;
    }

    void notifyEviction(String cache, String key) {
        jdbc.sql("SELECT pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param("payload", cache + " " + key)
                .query().listOfRows();
    }

    /** Listening again: evictions sent while this node was not may have been missed, so nothing kept is trusted. */
    void listening() {
        caches.values().forEach(NodeCache::evictAllHere);
        live = true;
    }

    /** Not listening: stop keeping copies, and drop the ones kept. */
    void deaf() {
        live = false;
        caches.values().forEach(NodeCache::evictAllHere);
    }

    void evicted(String payload) {
        int space = payload.indexOf(' ');
        NodeCache<?, ?> cache = space < 0 ? null : caches.get(payload.substring(0, space));
        if (cache == null) {
            log.warn("Ignoring a node cache eviction for no cache here: {}", payload);
            return;
        }
        try {
            cache.evictNotified(payload.substring(space + 1));
        } catch (RuntimeException e) {
            // an id this node cannot read: drop the whole cache rather than keep a copy that may be stale
            log.warn("Dropping node cache {}: unreadable eviction {}", cache.name(), payload);
            cache.evictAllHere();
        }
    }
}
