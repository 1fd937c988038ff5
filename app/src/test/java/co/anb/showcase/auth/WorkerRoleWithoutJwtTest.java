package co.anb.showcase.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.anb.showcase.ApiClient;
import co.anb.showcase.ShowcaseApplication;
import co.anb.showcase.local.WorkerStackInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * A worker starts without {@code JWT_SECRET} outside the local profile (where the api role refuses to), holds no
 * signing key, and accepts no token: its HTTP port serves health checks only.
 */
class WorkerRoleWithoutJwtTest {

    @Test
    void aWorkerNeedsNoSecretAndBuildsNoJwtBeans() {
        try (ConfigurableApplicationContext worker = start("worker")) {
            assertThat(worker.getBeanNamesForType(JwtEncoder.class)).isEmpty();
            assertThat(worker.getBeanNamesForType(JwtDecoder.class)).isEmpty();
            assertThat(worker.getBeanNamesForType(javax.crypto.SecretKey.class)).isEmpty();
            assertThat(worker.getBeanNamesForType(PasswordEncoder.class)).isEmpty();
            assertThat(worker.getBeanNamesForType(Throttles.class)).isEmpty();

            ApiClient api = new ApiClient(((WebServerApplicationContext) worker).getWebServer().getPort());
            assertThat(api.get("/api/health", null).status()).isEqualTo(200);
            assertThat(api.get("/api/videos", "any.token.here").status()).isEqualTo(401);
            assertThat(api.login("nadie@example.com", "secreta123").status()).isBetween(400, 499);
        }
    }

    @Test
    void theApiRoleStillRefusesToStartWithoutTheSecret() {
        assertThatThrownBy(() -> start("api").close()).rootCause().hasMessageContaining("JWT_SECRET");
    }

    /** The test profile without the local one, which would make a random secret up; arguments beat profiles. */
    private static ConfigurableApplicationContext start(String role) {
        return new SpringApplicationBuilder(ShowcaseApplication.class)
                .profiles("test")
                .initializers(new WorkerStackInitializer())
                .run("--server.port=0", "--anb.role=" + role);
    }
}
