package co.anb.showcase.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Outside the local profile the app refuses to start without a strong secret. */
class JwtSecretTest {

    private final JwtConfig config = new JwtConfig();

    @Test
    void productionRefusesMissingSecret() {
        assertThatThrownBy(() -> config.jwtSigningKey(properties(""), new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("JWT_SECRET");
    }

    @Test
    void productionRefusesShortSecret() {
        assertThatThrownBy(() -> config.jwtSigningKey(properties("too-short"), new MockEnvironment()))
                .hasMessageContaining("at least 32 bytes");
    }

    @Test
    void productionAcceptsStrongSecret() {
        assertThat(config.jwtSigningKey(properties("x".repeat(48)), new MockEnvironment()).getEncoded()).hasSize(48);
    }

    @Test
    void localProfileGeneratesARandomSecret() {
        MockEnvironment local = new MockEnvironment();
        local.setActiveProfiles("local");

        byte[] first = config.jwtSigningKey(properties(null), local).getEncoded();
        byte[] second = config.jwtSigningKey(properties(null), local).getEncoded();

        assertThat(first).hasSize(32).isNotEqualTo(second);
    }

    private static AuthProperties properties(String secret) {
        return new AuthProperties(secret, Duration.ofHours(1), 3, Duration.ofHours(1));
    }
}
