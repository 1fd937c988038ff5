package co.anb.showcase.admission;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The uploads each account has open, counted in PostgreSQL so every node sees the same number. Admissions of one
 * account are serialised by a transaction-scoped advisory lock on it, so two nodes admitting at the same moment
 * cannot both see room for one more. This node remembers only the leases it holds (at most its upload limit).
 */
class UploadLeases {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AdmissionProperties properties;
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();

    UploadLeases(JdbcClient jdbc, TransactionTemplate transactions, AdmissionProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
    }

    /** A lease on one of the account's upload slots, or empty when all are taken. */
    Optional<UUID> tryAcquire(UUID ownerId) {
        UUID id = UUID.randomUUID();
        Boolean acquired = transactions.execute(status -> {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:key, 0))")
                    .param("key", "upload-lease:" + ownerId).query(Integer.class).single();
            return jdbc.sql("""
                            INSERT INTO upload_leases (id, owner_id, expires_at)
                            SELECT :id, :owner, now() + make_interval(secs => :ttl)
                            WHERE (SELECT count(*) FROM upload_leases
                                   WHERE owner_id = :owner AND expires_at > now()) < :limit""")
                    .param("id", id).param("owner", ownerId).param("ttl", seconds(properties.leaseTtl()))
                    .param("limit", properties.uploadsPerAccount())
                    .update() == 1;
        });
        if (!Boolean.TRUE.equals(acquired)) {
            return Optional.empty();
        }
        held.add(id);
        return Optional.of(id);
    }

    void release(UUID id) {
        held.remove(id);
        jdbc.sql("DELETE FROM upload_leases WHERE id = :id").param("id", id).update();
    }

    /** Keeps this node's uploads counted while their bodies stream, however long that takes. */
    @Scheduled(fixedDelayString = "${anb.admission.lease-renew-interval:30s}")
    void renew() {
        List<UUID> ids = List.copyOf(held);
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE upload_leases SET expires_at = now() + make_interval(secs => :ttl) WHERE id IN (:ids)")
                    .param("ttl", seconds(properties.leaseTtl())).param("ids", ids).update();
        }
    }

    /** Leases of nodes that died without releasing them, once they have lapsed. */
    @Scheduled(fixedDelayString = "${anb.admission.lease-ttl:2m}")
    void removeLapsed() {
        jdbc.sql("DELETE FROM upload_leases WHERE expires_at < now()").update();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
