package co.anb.showcase.auth;

import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * A signed, unexpired token stands only while its account does and its password has not changed since the token was
 * issued: a deleted account's tokens stop at once, and a reset or change ends every older session (an attacker's
 * included). The account's standing is kept per node and dropped on every node by the change
 * ({@link AccountStandings}). The issue time is read from the millisecond claim our tokens carry
 * ({@link JwtConfig#ISSUED_AT_MILLIS_CLAIM}), else from {@code iat}.
 */
class AccountTokens implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error REVOKED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The account is gone or its password changed after this token was issued", null);

    private final OAuth2TokenValidator<Jwt> signedClaims = JwtValidators.createDefault();
    private final AccountStandings standings;

    AccountTokens(AccountStandings standings) {
        this.standings = standings;
    }

    /** Expiry and the other standard claims first, so an expired or malformed token costs no database read. */
    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        OAuth2TokenValidatorResult standard = signedClaims.validate(token);
        if (standard.hasErrors()) {
            return standard;
        }
        Instant issuedAt = issuedAt(token);
        UUID userId;
        try {
            userId = CurrentUser.id(token);
        } catch (IllegalArgumentException | NullPointerException e) {
            return OAuth2TokenValidatorResult.failure(REVOKED);
        }
        if (issuedAt == null || !standings.acceptsTokenIssuedAt(userId, issuedAt)) {
            return OAuth2TokenValidatorResult.failure(REVOKED);
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static Instant issuedAt(Jwt token) {
        Object millis = token.getClaims().get(JwtConfig.ISSUED_AT_MILLIS_CLAIM);
        return millis instanceof Number number ? Instant.ofEpochMilli(number.longValue()) : token.getIssuedAt();
    }
}
