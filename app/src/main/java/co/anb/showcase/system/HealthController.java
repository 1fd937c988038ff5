package co.anb.showcase.system;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Liveness for the load balancer: answers while the process can serve HTTP. Readiness, which checks the database
 * and the queue, is actuator's {@code /actuator/health/readiness}.
 */
@RestController
class HealthController {

    @GetMapping("/api/health")
    Map<String, String> health() {
        return Map.of("status", "ok");
    }
}
