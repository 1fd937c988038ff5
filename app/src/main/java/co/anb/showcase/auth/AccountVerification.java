package co.anb.showcase.auth;

import co.anb.showcase.shared.ApiException;
import co.anb.showcase.shared.TooManyRequestsException;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** E-mail verification: the mail at signup, resending it (throttled per account), and using its link. */
@Service
class AccountVerification {

    static final String INVALID_TOKEN = "El enlace de verificación no es válido, ya se usó o venció. "
            + "Pide uno nuevo desde tu cuenta.";
    static final String TOO_MANY_MAILS = "Ya te enviamos varios correos de verificación. "
            + "Intenta de nuevo en %d minutos.";
    static final String ALREADY_VERIFIED = "Tu correo electrónico ya está verificado.";
    static final String MAIL_SENT = "Te enviamos un correo para verificar tu cuenta.";

    private final EmailVerification verification;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final AuthProperties properties;

    AccountVerification(EmailVerification verification, UserAccounts accounts, ApplicationEventPublisher events,
                        AuthProperties properties) {
        this.verification = verification;
        this.accounts = accounts;
        this.events = events;
        this.properties = properties;
    }

    /** In the caller's transaction: the mail leaves only if it commits. The signup's mail counts as the first. */
    void sendFirst(UUID userId, String email, String firstName) {
        verification.countSend(userId, properties.verificationMailsPerWindow(), properties.verificationMailWindow());
        events.publishEvent(new VerificationMails.Due(userId, email, firstName, verification.issue(userId)));
    }

    /** @return the message for the client */
    @Transactional
    String resend(UUID userId) {
        UserAccounts.Account account = accounts.find(userId)
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "account_not_found",
                        "La cuenta no existe."));
        if (account.emailVerified()) {
            return ALREADY_VERIFIED;
        }
        Duration window = properties.verificationMailWindow();
        if (!verification.countSend(userId, properties.verificationMailsPerWindow(), window)) {
            Duration wait = verification.sendWindowLeft(userId, window);
            throw new TooManyRequestsException(TOO_MANY_MAILS.formatted(TooManyRequestsException.minutes(wait)), wait);
        }
        events.publishEvent(new VerificationMails.Due(userId, account.email(), account.firstName(),
                verification.issue(userId)));
        return MAIL_SENT;
    }

    @Transactional
    void verify(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw invalidToken();
        }
        verification.use(token.trim()).orElseThrow(AccountVerification::invalidToken);
    }

    private static ApiException invalidToken() {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid_verification_token", INVALID_TOKEN);
    }
}
