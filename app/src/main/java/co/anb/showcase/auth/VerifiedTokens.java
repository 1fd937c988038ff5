package co.anb.showcase.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Decoding a token and checking its signature is most of what an authenticated read costs beyond an anonymous
 * one, and a client sends the same token on every request: so each node keeps the tokens whose signature it
 * checked. What can change while a token is kept (its expiry, its account's standing) is validated on every
 * request. A token that fails to decode is not kept, so forged tokens take no room.
 */
final class VerifiedTokens implements JwtDecoder {

    /** About 2 KB each with the decoded claims: at most some 20 MB per node. */
    static final int MAX_TOKENS = 10_000;
    static final Duration KEPT_FOR = Duration.ofMinutes(5);

    private final JwtDecoder signatureChecker;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified = Caffeine.newBuilder().maximumSize(MAX_TOKENS)
            .expireAfterWrite(KEPT_FOR).build();

    /** @param signatureChecker decodes and checks the signature only; {@code validator} does the rest */
    VerifiedTokens(JwtDecoder signatureChecker, OAuth2TokenValidator<Jwt> validator) {
        this.signatureChecker = signatureChecker;
        this.validator = validator;
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = verified.get(token, signatureChecker::decode);
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            String reason = result.getErrors().stream().map(OAuth2Error::getDescription)
                    .filter(description -> description != null && !description.isEmpty()).findFirst()
                    .orElse("Unable to validate Jwt");
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: " + reason,
                    result.getErrors());
        }
        return jwt;
    }
}
