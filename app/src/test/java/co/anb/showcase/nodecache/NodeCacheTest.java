package co.anb.showcase.nodecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.anb.showcase.local.LocalStack;
import co.anb.showcase.local.MigratedDatabase;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two api nodes on the real PostgreSQL, each with its caches and its listening connection: what one node changes,
 * the other stops serving from memory once (and only if) the change commits.
 */
class NodeCacheTest {

    private static final Duration DELIVERY = Duration.ofSeconds(10);

    private final String cacheName = "test-" + UUID.randomUUID().toString().substring(0, 8);
    private final TransactionTemplate transactions =
            new TransactionTemplate(new DataSourceTransactionManager(MigratedDatabase.dataSource()));
    private final Node a = new Node(cacheName + "-a");
    private final Node b = new Node(cacheName + "-b");

    @AfterEach
    void stopNodes() {
        a.listener.stop();
        b.listener.stop();
    }

    @Test
    void keepsACopyUntilAnotherNodeCommitsAChangeToTheRow() {
        UUID id = UUID.randomUUID();
        a.read(id);
        a.read(id);
        assertThat(a.reads).as("the second read is served from memory").hasValue(1);

        transactions.executeWithoutResult(status -> {
            b.cache.evictEverywhere(id);
            sleep(Duration.ofMillis(300));
            a.read(id);
            assertThat(a.reads).as("not evicted before the change commits").hasValue(1);
        });

        awaitReads(a, id, 2);
        a.read(id);
        assertThat(a.reads).as("the fresh copy is kept again").hasValue(2);
    }

    @Test
    void aRolledBackChangeEvictsNothing() {
        UUID kept = UUID.randomUUID();
        UUID changed = UUID.randomUUID();
        a.read(kept);
        a.read(changed);

        transactions.executeWithoutResult(status -> {
            b.cache.evictEverywhere(kept);
            status.setRollbackOnly();
        });
        // notifications arrive in commit order: once the later change is heard, the rolled-back one never will be
        transactions.executeWithoutResult(status -> b.cache.evictEverywhere(changed));
        awaitReads(a, changed, 3);

        a.read(kept);
        assertThat(a.reads).as("the rolled-back change left the copy alone").hasValue(3);
    }

    @Test
    void aNodeThatCannotHearEvictionsKeepsNothingUntilItListensAgain() {
        UUID id = UUID.randomUUID();
        a.read(id);
        int terminated = MigratedDatabase.jdbc().sql("""
                        SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = :name""")
                .param("name", a.connectionName).query(Integer.class).single();
        assertThat(terminated).isEqualTo(1);

        await().atMost(DELIVERY).until(() -> !a.caches.live());
        int before = a.reads.get();
        a.read(id);
        a.read(id);
        assertThat(a.reads.get() - before).as("every read goes to the database while deaf").isEqualTo(2);

        await().atMost(DELIVERY).until(a.caches::live);
        int listening = a.reads.get();
        a.read(id);
        a.read(id);
        assertThat(a.reads.get() - listening).as("copies are kept again").isEqualTo(1);
    }

    @Test
    void aCopyReadWhileAnEvictionArrivesIsNotKept() {
        UUID id = UUID.randomUUID();
        a.cache.get(id, key -> {
            a.reads.incrementAndGet();
            // the row changed on another node between this read and keeping its copy
            a.cache.evictHere(key);
            return "old " + key;
        });
        a.read(id);
        assertThat(a.reads).as("the copy that may predate the change was not kept").hasValue(2);
    }

    /** Reads until the node has gone to the database {@code reads} times: its copy was evicted and read again. */
    private static void awaitReads(Node node, UUID id, int reads) {
        await().atMost(DELIVERY).until(() -> {
            node.read(id);
            return node.reads.get() == reads;
        });
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One node's caches, listening on a connection of its own, with one cache of "rows" counting its reads. */
    private final class Node {

        final NodeCaches caches = new NodeCaches(MigratedDatabase.jdbc());
        final String connectionName;
        final EvictionListener listener;
        final NodeCache<UUID, String> cache = caches.create(cacheName, UUID::fromString, 100, Duration.ofMinutes(5));
        final AtomicInteger reads = new AtomicInteger();

        Node(String connectionName) {
            Map<String, String> stack = LocalStack.shared().properties();
            this.connectionName = connectionName;
            listener = new EvictionListener(caches, stack.get("spring.datasource.url"),
                    stack.get("spring.datasource.username"), stack.get("spring.datasource.password"),
                    connectionName);
            listener.start();
            await().atMost(DELIVERY).until(caches::live);
        }

        String read(UUID id) {
            return cache.get(id, key -> {
                reads.incrementAndGet();
                return "row " + key;
            });
        }
    }
}
