package co.anb.showcase.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** A token's signature is checked once per node; what can change (expiry, revocation) on every request. */
class VerifiedTokensTest {

    private static final SecretKey KEY = key("a signing secret of thirty-two bytes or more!");

    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final AtomicBoolean revoked = new AtomicBoolean();
    private final OAuth2TokenValidator<Jwt> standing = token -> revoked.get()
            ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "revoked", null))
            : new JwtTimestampValidator().validate(token);
    private final VerifiedTokens tokens = new VerifiedTokens(this::checkSignature, standing);

    @Test
    void checksASignatureOnceAndTheTokensStandingEveryTime() {
        String token = token(KEY, Instant.now().plusSeconds(3600));

        assertThat(tokens.decode(token).getSubject()).isEqualTo("player");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("player");
        assertThat(signatureChecks).hasValue(1);

        revoked.set(true);
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("revoked");
        assertThat(signatureChecks).hasValue(1);
    }

    @Test
    void anExpiredTokenIsRefusedAlthoughItsSignatureIsRemembered() {
        String expired = token(KEY, Instant.now().minusSeconds(600));

        assertThatThrownBy(() -> tokens.decode(expired)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> tokens.decode(expired)).isInstanceOf(JwtValidationException.class);
        assertThat(signatureChecks).hasValue(1);
    }

    @Test
    void aForgedTokenIsCheckedAgainEachTimeAndNeverKept() {
        String forged = token(key("another secret, also thirty-two bytes long!!"), Instant.now().plusSeconds(3600));

        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThat(signatureChecks).hasValue(2);
    }

    private Jwt checkSignature(String token) {
        signatureChecks.incrementAndGet();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(KEY).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return decoder.decode(token);
    }

    private static String token(SecretKey key, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("player").issuedAt(expiresAt.minusSeconds(3600))
                .expiresAt(expiresAt).build();
        return new NimbusJwtEncoder(new ImmutableSecret<>(key))
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    private static SecretKey key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }
}
