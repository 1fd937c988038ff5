package co.anb.showcase.auth;

import co.anb.showcase.shared.ApiException;
import co.anb.showcase.system.ApiRoleOnly;
import jakarta.annotation.PreDestroy;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password reset by mail. Asking for a reset answers the same whether or not the e-mail has an account, and in the
 * same time: after the throttle, the lookup, the token and the mail happen on a thread of their own once the request
 * has been answered, so neither the body nor the timing tells whether the address is registered.
 */
@Service
@ApiRoleOnly
class PasswordRecovery {

    static final String REQUEST_ACCEPTED = "Si el correo corresponde a una cuenta, te enviamos un enlace para "
            + "restablecer la contraseña. Revisa tu bandeja de entrada.";
    static final String INVALID_TOKEN = "El enlace para restablecer la contraseña no es válido, ya se usó o venció. "
            + "Pide uno nuevo.";
    private static final Logger log = LoggerFactory.getLogger(PasswordRecovery.class);
    /** Requests waiting for the thread; beyond this a burst is dropped (logged): the throttles keep it rare. */
    private static final int BACKLOG = 1_000;

    private final UserAccounts accounts;
    private final PasswordResetTokens tokens;
    private final PasswordEncoder passwords;
    private final Throttles throttles;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ThreadPoolExecutor afterResponse = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(BACKLOG), new CustomizableThreadFactory("password-reset-"),
            (task, pool) -> log.warn("Password reset backlog full: a request was dropped"));

    PasswordRecovery(UserAccounts accounts, PasswordResetTokens tokens, PasswordEncoder passwords,
                     Throttles throttles, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.throttles = throttles;
        this.events = events;
        this.transactions = transactions;
    }

    /** @throws TooManyRequestsException when the e-mail or the client asked too often */
    void requestReset(String email, String clientIp) {
        String emailKey = EmailKey.of(email);
        if (emailKey.length() > EmailKey.MAX_LENGTH) {
            return; // no account can have it; answered like any other address
        }
        throttles.startPasswordReset(emailKey, clientIp);
        afterResponse.execute(() -> issueFor(emailKey));
    }

    /** Checks the rules, hashes, then spends the token and sets the password in one transaction. */
    void confirm(String token, String password1, String password2) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw invalidToken();
        }
        if (!password1.equals(password2)) {
            throw ApiException.badRequest("passwords_mismatch", AuthService.PASSWORDS_DIFFER);
        }
        String hash = passwords.encode(password1);
        String emailKey = transactions.execute(status -> {
            UUID userId = tokens.spend(token.trim()).orElseThrow(PasswordRecovery::invalidToken);
            return accounts.changePassword(userId, hash, true).orElseThrow(PasswordRecovery::invalidToken);
        });
        throttles.forgetLoginFailures(emailKey);
    }

    private void issueFor(String emailKey) {
        try {
            transactions.executeWithoutResult(status -> accounts.findRecipient(emailKey).ifPresent(account ->
                    events.publishEvent(new PasswordResetMails.Due(account.email(), account.firstName(),
                            tokens.issue(account.id())))));
        } catch (RuntimeException e) {
            log.warn("A password reset could not be prepared: {}", e.getMessage());
        }
    }

    private static ApiException invalidToken() {
        return ApiException.badRequest("invalid_reset_token", INVALID_TOKEN);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        afterResponse.shutdown();
        afterResponse.awaitTermination(10, TimeUnit.SECONDS);
    }
}
