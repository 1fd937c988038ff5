package co.anb.showcase.system;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Which parts this process runs (ANB_ROLE): {@code api} (HTTP only), {@code worker} (processing only; its HTTP port
 * serves health checks) or {@code all}. Bound here so a misspelt role stops the app at startup instead of quietly
 * running without a worker.
 */
@ConfigurationProperties(prefix = "anb")
@Validated
record RoleProperties(@NotNull Role role) {

    enum Role {
        API, WORKER, ALL
    }
}
