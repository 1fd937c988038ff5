package co.anb.showcase.auth;

import co.anb.showcase.shared.ApiException;
import co.anb.showcase.shared.CityCatalogue;
import co.anb.showcase.system.ApiRoleOnly;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
@ApiRoleOnly
class AuthService {

    static final String EMAIL_TAKEN = "El correo electrónico ya está registrado.";
    static final String PASSWORDS_DIFFER = "Las contraseñas no coinciden.";
    static final String BAD_CREDENTIALS = "Correo electrónico o contraseña incorrectos.";
    static final String EMAIL_TOO_LONG = "El correo electrónico admite máximo 254 caracteres.";

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final JwtEncoder jwtEncoder;
    private final Throttles throttles;
    private final AuthProperties properties;
    private final AccountVerification verification;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    /** Compared against when the email is unknown, so that case costs as much time as a wrong password. */
    private final String unknownUserHash;

    AuthService(UserAccounts accounts, PasswordEncoder passwords, JwtEncoder jwtEncoder, Throttles throttles,
                AuthProperties properties, AccountVerification verification, TransactionTemplate transactions,
                ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.jwtEncoder = jwtEncoder;
        this.throttles = throttles;
        this.properties = properties;
        this.verification = verification;
        this.transactions = transactions;
        this.events = events;
        this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    /**
     * The account and its verification token in one transaction; the mail leaves after it commits. The throttle
     * (its own connection) and bcrypt run before the transaction opens, so a burst of signups never holds pool
     * connections while it waits for another one or hashes.
     */
    UUID signUp(SignupRequest request, String clientIp) {
        throttles.startSignup(clientIp);
        String emailKey = EmailKey.of(request.email());
        if (emailKey.length() > EmailKey.MAX_LENGTH) {
            throw ApiException.badRequest("invalid_email", EMAIL_TOO_LONG);
        }
        if (!request.password1().equals(request.password2())) {
            throw ApiException.badRequest("passwords_mismatch", PASSWORDS_DIFFER);
        }
        UUID id = UUID.randomUUID();
        var account = new UserAccounts.NewAccount(id, request.firstName().trim(), request.lastName().trim(),
                request.email().trim(), emailKey, passwords.encode(request.password1()),
                CityCatalogue.canonical(request.city()), request.country().trim());
        transactions.executeWithoutResult(status -> {
            try {
                accounts.insert(account);
            } catch (DuplicateKeyException e) {
                throw ApiException.badRequest("email_taken", EMAIL_TAKEN);
            }
            verification.sendFirst(id, account.email(), account.firstName());
            events.publishEvent(new PlayerSignedUp(id, account.city()));
        });
        return id;
    }

    /**
     * The attempt is counted before the password is compared (one bcrypt comparison whether or not the e-mail has
     * an account, so both cost the same time); a refused attempt compares nothing and changes nothing.
     */
    IssuedToken logIn(LoginRequest request, String clientIp) {
        String emailKey = EmailKey.of(request.email());
        throttles.startLogin(emailKey, clientIp);
        var credentials = accounts.findCredentials(emailKey);
        boolean valid = passwords.matches(request.password(),
                credentials.map(UserAccounts.Credentials::passwordHash).orElse(unknownUserHash));
        if (credentials.isEmpty() || !valid) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "invalid_credentials", BAD_CREDENTIALS);
        }
        if (credentials.get().suspended()) {
            // told only to whoever knows the password: the e-mail alone does not reveal a suspension
            throw AccountSuspension.suspended(credentials.get().suspendedReason());
        }
        throttles.loginSucceeded(emailKey, clientIp);
        if (passwords.upgradeEncoding(credentials.get().passwordHash())) {
            // an older hash (bcrypt): replaced now that the password is at hand; sessions stay as they are
            accounts.replacePasswordHash(credentials.get().id(), passwords.encode(request.password()));
        }
        return issue(credentials.get().id(), credentials.get().role());
    }

    /** The {@code roles} claim carries the account's role as it is now; a change shows in the next token. */
    IssuedToken issue(UUID userId, String role) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(userId.toString())
                .claim(JwtConfig.ROLES_CLAIM, List.of(role))
                .claim(JwtConfig.ISSUED_AT_MILLIS_CLAIM, now.toEpochMilli())
                .issuedAt(now)
                .expiresAt(now.plus(properties.jwtTtl()))
                .build();
        String token = jwtEncoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new IssuedToken(token, properties.jwtTtl().toSeconds());
    }

    record IssuedToken(String value, long expiresInSeconds) {
    }
}
