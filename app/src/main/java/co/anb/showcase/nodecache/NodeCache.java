package co.anb.showcase.nodecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One kind of row kept in this node's memory, keyed by its id. A copy is only kept while the node hears every
 * eviction ({@link NodeCaches#live()}); otherwise each read goes to the database. The time limit bounds how long a
 * copy could outlive a change if the listening connection died without the node noticing.
 *
 * @param <K> the row's id; its {@code toString()} is what a notification carries and {@code keys} parses back
 * @param <V> what is kept of the row
 */
public final class NodeCache<K, V> {

    private final String name;
    private final Function<String, K> keys;
    private final NodeCaches caches;
    private final Cache<K, V> copies;
    /** Bumped by every eviction: a copy loaded while one happened is not kept, it may predate the change. */
    private final AtomicLong evictions = new AtomicLong();

    NodeCache(String name, Function<String, K> keys, int maxEntries, Duration timeToLive, NodeCaches caches) {
        this.name = name;
        this.keys = keys;
        this.caches = caches;
        this.copies = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(timeToLive).build();
    }

    /** The kept copy, or the loader's answer (kept when not null and nothing changed meanwhile). */
    public V get(K key, Function<K, V> loader) {
        V copy = copies.getIfPresent(key);
        if (copy != null) {
            return copy;
        }
        long before = evictions.get();
        V loaded = loader.apply(key);
        if (loaded != null && caches.live()) {
            copies.put(key, loaded);
            // an eviction between the read and the put may have missed this copy: drop it ourselves
            if (evictions.get() != before || !caches.live()) {
                copies.invalidate(key);
            }
        }
        return loaded;
    }

    /**
     * Drops the row's copies on every node once the current transaction commits (at once without one). Call it in
     * the transaction that changes the row, after the change: a rolled-back change evicts nothing anywhere.
     */
    public void evictEverywhere(K key) {
        caches.notifyEviction(name, key.toString());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // this node's own notification arrives a moment later; the writer's next request must not wait for it
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    evictHere(key);
                }
            });
        } else {
            evictHere(key);
        }
    }

    String name() {
        return name;
    }

    /** An eviction heard from PostgreSQL, with the id as the notification carries it. */
    void evictNotified(String key) {
        evictHere(keys.apply(key));
    }

    void evictHere(K key) {
        evictions.incrementAndGet();
        copies.invalidate(key);
    }

    void evictAllHere() {
        evictions.incrementAndGet();
        copies.invalidateAll();
    }
}
