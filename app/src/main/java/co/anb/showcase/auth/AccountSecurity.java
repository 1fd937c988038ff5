package co.anb.showcase.auth;

import co.anb.showcase.shared.ApiException;
import co.anb.showcase.system.ApiRoleOnly;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a logged-in player may do only by typing the password again: change it, or delete the account. The password
 * check is throttled like a login (the same budgets), so a stolen token cannot be used to guess the password.
 */
@Service
@ApiRoleOnly
class AccountSecurity {

    static final String WRONG_PASSWORD = "La contraseña no es correcta.";
    static final String STAFF_NOT_DELETABLE = "La cuenta del personal de la ANB se administra desde la configuración "
            + "y no se puede eliminar aquí.";

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final Throttles throttles;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    AccountSecurity(UserAccounts accounts, PasswordEncoder passwords, Throttles throttles,
                    ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttles = throttles;
        this.events = events;
        this.transactions = transactions;
    }

    /** Every token issued before now stops working; the caller gets a new one from the controller. */
    void changePassword(UUID userId, String currentPassword, String password1, String password2, String clientIp) {
        UserAccounts.Holder holder = checkPassword(userId, currentPassword, clientIp, "wrong_current_password");
        if (!password1.equals(password2)) {
            throw ApiException.badRequest("passwords_mismatch", AuthService.PASSWORDS_DIFFER);
        }
        accounts.changePassword(holder.id(), passwords.encode(password1), false);
    }

    /**
     * Deletes the account and, through {@link AccountDeleted}, everything other modules keep of it, in one
     * transaction; stored objects are removed after it commits.
     */
    void delete(UUID userId, String password, String clientIp) {
        UserAccounts.Holder holder = checkPassword(userId, password, clientIp, "wrong_password");
        if (Role.STAFF.value().equals(holder.role())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "staff_account", STAFF_NOT_DELETABLE);
        }
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new AccountDeleted(holder.id()));
            accounts.delete(holder.id());
        });
    }

    /** The attempt is counted before the comparison; a right password gives the attempt back, as a login does. */
    private UserAccounts.Holder checkPassword(UUID userId, String password, String clientIp, String wrongCode) {
        UserAccounts.Holder holder = accounts.findHolder(userId).orElseThrow(() ->
                new ApiException(HttpStatus.NOT_FOUND, "account_not_found", "La cuenta no existe."));
        throttles.startLogin(holder.emailKey(), clientIp);
        if (password == null || !passwords.matches(password, holder.passwordHash())) {
            throw new ApiException(HttpStatus.FORBIDDEN, wrongCode, WRONG_PASSWORD);
        }
        throttles.loginSucceeded(holder.emailKey(), clientIp);
        return holder;
    }
}
