package co.anb.showcase.admission;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Upload admission and slow-client limits ({@code anb.admission.*}).
 *
 * @param uploadsPerAccount   uploads one account may stream at once, across all nodes (429 beyond)
 * @param uploadsPerNode      uploads one node streams at once (503 beyond); kept well under
 *                            {@code server.tomcat.threads.max} so the other request threads stay free for reads
 * @param bodyIdleTimeout     longest wait for the next bytes of a request body before the connection is closed
 * @param leaseTtl            how long an account's upload counts after its node stops renewing it (a node died)
 * @param leaseRenewInterval  how often a node renews the leases of the uploads it is streaming
 * @param accountRetryAfter   {@code Retry-After} when the account is at its limit
 * @param nodeRetryAfter      {@code Retry-After} when this node is at its limit (another node may take it sooner)
 */
@ConfigurationProperties(prefix = "anb.admission")
record AdmissionProperties(
        @DefaultValue("2") int uploadsPerAccount,
        @DefaultValue("20") int uploadsPerNode,
        @DefaultValue("10s") Duration bodyIdleTimeout,
        @DefaultValue("2m") Duration leaseTtl,
        @DefaultValue("30s") Duration leaseRenewInterval,
        @DefaultValue("30s") Duration accountRetryAfter,
        @DefaultValue("5s") Duration nodeRetryAfter) {
}
