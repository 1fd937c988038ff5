package co.anb.showcase.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param jwtSecret         HS256 key (JWT_SECRET), at least 32 bytes; only the local profile may leave it empty
 * @param jwtTtl            token lifetime (JWT_TTL), reported as {@code expires_in}
 * @see ThrottleProperties the login and signup throttles
 */
@ConfigurationProperties(prefix = "anb.auth")
record AuthProperties(
        String jwtSecret,
        @DefaultValue("3600s") Duration jwtTtl) {
}
