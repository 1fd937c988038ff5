package co.anb.showcase.auth;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import co.anb.showcase.system.ApiRoleOnly;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes the configured staff account at start: created if the e-mail is new, promoted if a player has it; either
 * way verified, with the configured password. Nothing is made when no e-mail is configured (the default outside the
 * local profile). A weak password stops the app: staff can void votes.
 */
@Component
@ApiRoleOnly
@EnableConfigurationProperties(StaffProperties.class)
class StaffAccount implements ApplicationRunner {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Logger log = LoggerFactory.getLogger(StaffAccount.class);

    private final StaffProperties properties;
    private final UserAccounts accounts;
    private final PasswordEncoder passwords;

    StaffAccount(StaffProperties properties, UserAccounts accounts, PasswordEncoder passwords) {
        this.properties = properties;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = properties.email();
        if (email == null || email.isBlank()) {
            return;
        }
        String password = properties.password();
        if (!isStrong(password)) {
            throw new IllegalStateException("ANB_STAFF_PASSWORD must have at least " + MIN_PASSWORD_LENGTH
                    + " characters (at most 72), with at least one letter and one digit.");
        }
        boolean created = accounts.upsertStaff(UUID.randomUUID(), email, passwords.encode(password));
        log.info("Staff account {}: {}", created ? "created" : "promoted or updated", email.trim());
    }

    /** At least 12 characters (at most 72, BCrypt's limit), with a letter and a digit. */
    static boolean isStrong(String password) {
        return password != null && password.length() >= MIN_PASSWORD_LENGTH && password.length() <= 72
                && password.chars().anyMatch(Character::isLetter) && password.chars().anyMatch(Character::isDigit);
    }
}
