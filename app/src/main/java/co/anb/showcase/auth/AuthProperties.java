package co.anb.showcase.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param jwtSecret         HS256 key (JWT_SECRET), at least 32 bytes; only the local profile may leave it empty
 * @param jwtTtl            token lifetime (JWT_TTL), reported as {@code expires_in}
 * @param verificationMailsPerWindow verification mails one account may be sent within {@code verificationMailWindow}
 *                                   (the signup's mail included)
 * @param verificationMailWindow     the window of that limit
 * @see ThrottleProperties the login and signup throttles
 */
@ConfigurationProperties(prefix = "anb.auth")
record AuthProperties(
        String jwtSecret,
        @DefaultValue("3600s") Duration jwtTtl,
        @DefaultValue("3") int verificationMailsPerWindow,
        @DefaultValue("1h") Duration verificationMailWindow) {
}
