package co.anb.showcase.auth;

import co.anb.showcase.system.ApiRoleOnly;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * HS256 signing and verification with one shared secret, so every api instance accepts every other's tokens. The
 * decoder only accepts HS256: {@code alg:none} and other algorithms are rejected. A worker builds none of it: it
 * answers no API request, so it neither needs nor holds the secret.
 */
@Configuration(proxyBeanMethods = false)
@ApiRoleOnly
class JwtConfig {

    static final int MIN_SECRET_BYTES = 32;
    /** The JWT claim with the account's roles ({@code ["player"]} or {@code ["staff"]}). */
    static final String ROLES_CLAIM = "roles";
    /** When the token was issued, in milliseconds: {@code iat} has whole seconds, too coarse to tell a token from
     *  just before a password change from one just after it ({@link AccountTokens}). */
    static final String ISSUED_AT_MILLIS_CLAIM = "iat_ms";
    private static final Logger log = LoggerFactory.getLogger(JwtConfig.class);

    @Bean
    SecretKey jwtSigningKey(AuthProperties properties, Environment environment) {
        String secret = properties.jwtSecret();
        if ((secret == null || secret.isBlank()) && environment.matchesProfiles("local")) {
            byte[] random = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(random);
            log.info("No JWT_SECRET set: the local profile uses a random one, so tokens end with this process");
            return new SecretKeySpec(random, "HmacSHA256");
        }
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("JWT_SECRET must be set to a random value of at least " + MIN_SECRET_BYTES
                    + " bytes (e.g. `openssl rand -base64 48`); only the local profile may leave it empty.");
        }
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtSigningKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(jwtSigningKey));
    }

    /**
     * Signature (checked once per token and node, {@link VerifiedTokens}), then on every request expiry and the
     * account's standing ({@link AccountTokens}): a forged token costs no read.
     */
    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtSigningKey, AccountStandings standings) {
        NimbusJwtDecoder signatureChecker = NimbusJwtDecoder.withSecretKey(jwtSigningKey)
                .macAlgorithm(MacAlgorithm.HS256).build();
        signatureChecker.setJwtValidator(token -> OAuth2TokenValidatorResult.success());
        return new VerifiedTokens(signatureChecker, new AccountTokens(standings));
    }

    /**
     * Turns the {@code roles} claim into authorities ({@code staff} → {@code ROLE_STAFF}); Spring Security's resource
     * server picks this bean up, so {@code hasRole("STAFF")} works on any path.
     */
    @Bean
    JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> roles.convert(jwt).stream()
                .map(authority -> (GrantedAuthority) new SimpleGrantedAuthority(
                        authority.getAuthority().toUpperCase(Locale.ROOT)))
                .toList());
        return converter;
    }

    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${anb.auth.password-hash-passes:" + PasswordHashing.PASSES + "}") int passes) {
        return new PasswordHashing(passes);
    }
}
