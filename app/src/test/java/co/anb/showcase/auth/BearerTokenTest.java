package co.anb.showcase.auth;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.ApiClient;
import co.anb.showcase.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Protected endpoints accept only unexpired HS256 tokens signed with the app's secret, of an existing account. */
@IntegrationTest
class BearerTokenTest {

    private static final String PROTECTED = "/api/videos";

    @LocalServerPort
    int port;
    @Autowired
    JwtEncoder appEncoder;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void missingTokenIsUnauthorizedWithProblemBody() {
        var response = api.get(PROTECTED, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.detail()).isEqualTo("Se requiere autenticación: envía un token Bearer válido.");
    }

    @Test
    void tokenSignedWithAnotherKeyIsRejected() {
        var otherKey = new SecretKeySpec("another-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8),
                "HmacSHA256");
        String forged = new NimbusJwtEncoder(new ImmutableSecret<>(otherKey)).encode(params(Instant.now().plusSeconds(600)))
                .getTokenValue();

        assertInvalid(forged);
    }

    @Test
    void expiredTokenIsRejected() {
        String expired = appEncoder.encode(params(Instant.now().minusSeconds(120))).getTokenValue();

        assertInvalid(expired);
    }

    @Test
    void unsignedAlgNoneTokenIsRejected() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"sub\":\"00000000-0000-0000-0000-000000000001\",\"exp\":"
                + Instant.now().plusSeconds(600).getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));

        assertInvalid(header + "." + claims + ".");
    }

    @Test
    void garbageTokenIsRejected() {
        assertInvalid("not-a-jwt");
    }

    @Test
    void validTokenIsAccepted() {
        String subject = api.newPlayer("Bogotá").userId().toString();
        String valid = appEncoder.encode(params(subject, Instant.now().plusSeconds(600))).getTokenValue();

        assertThat(api.get(PROTECTED, valid).status()).isNotIn(401, 403);
    }

    @Test
    void aSignedTokenOfNoAccountIsRejected() {
        String orphan = appEncoder.encode(params(java.util.UUID.randomUUID().toString(),
                Instant.now().plusSeconds(600))).getTokenValue();

        assertInvalid(orphan);
    }

    private void assertInvalid(String token) {
        var response = api.get(PROTECTED, token);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("El token de acceso no es válido o ha expirado.");
    }

    private static JwtEncoderParameters params(Instant expiresAt) {
        return params("00000000-0000-0000-0000-000000000001", expiresAt);
    }

    private static JwtEncoderParameters params(String subject, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(subject)
                .issuedAt(expiresAt.minusSeconds(3600))
                .expiresAt(expiresAt)
                .build();
        return JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims);
    }
}
