package co.anb.showcase.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;
import co.anb.showcase.shared.ApiException;

@Service
class AuthService {

    static final String EMAIL_TAKEN = "El correo electrónico ya está registrado.";
    static final String PASSWORDS_DIFFER = "Las contraseñas no coinciden.";
    static final String BAD_CREDENTIALS = "Correo electrónico o contraseña incorrectos.";
    static final String TOO_MANY_ATTEMPTS = "Demasiados intentos fallidos. Intenta de nuevo en %d minutos.";


    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final JwtEncoder jwtEncoder;
    private final LoginAttempts attempts;
    private final AuthProperties properties;
    /** Compared against when the email is unknown, so that case costs as much time as a wrong password. */
    private final String unknownUserHash;

    AuthService(UserAccounts accounts, PasswordEncoder passwords, JwtEncoder jwtEncoder, LoginAttempts attempts,
                AuthProperties properties) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.jwtEncoder = jwtEncoder;
        this.attempts = attempts;
        this.properties = properties;
        this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    UUID signUp(SignupRequest request) {
        if (!request.password1().equals(request.password2())) {
            throw ApiException.badRequest("passwords_mismatch", PASSWORDS_DIFFER);
        }
        UUID id = UUID.randomUUID();
        try {
            accounts.insert(new UserAccounts.NewAccount(id, request.firstName().trim(), request.lastName().trim(),
                    request.email().trim(), passwords.encode(request.password1()), request.city().trim(),
                    request.country().trim()));
        } catch (DuplicateKeyException e) {
            throw ApiException.badRequest("email_taken", EMAIL_TAKEN);
        }
        return id;
    }

    IssuedToken logIn(LoginRequest request) {
        attempts.lockedFor(request.email()).ifPresent(wait -> {
            throw new TooManyAttemptsException(wait);
        });
        var credentials = accounts.findCredentials(request.email());
        boolean valid = passwords.matches(request.password(),
                credentials.map(UserAccounts.Credentials::passwordHash).orElse(unknownUserHash));
        if (credentials.isEmpty() || !valid) {
            attempts.recordFailure(request.email());
            throw new ApiException(HttpStatus.UNAUTHORIZED, "invalid_credentials", BAD_CREDENTIALS);
        }
        attempts.recordSuccess(request.email());
        return issue(credentials.get().id());
    }

    private IssuedToken issue(UUID userId) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(userId.toString())
                .issuedAt(now)
                .expiresAt(now.plus(properties.jwtTtl()))
                .build();
        String token = jwtEncoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new IssuedToken(token, properties.jwtTtl().toSeconds());
    }

    record IssuedToken(String value, long expiresInSeconds) {
    }

    /** 429 with the time to wait, which the controller turns into {@code Retry-After}. */
    static class TooManyAttemptsException extends ApiException {

        private final Duration retryAfter;

        TooManyAttemptsException(Duration retryAfter) {
            super(HttpStatus.TOO_MANY_REQUESTS,
                    TOO_MANY_ATTEMPTS.formatted(Math.max(1, (retryAfter.toSeconds() + 59) / 60)));
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
