package co.anb.showcase.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserAccounts {

    private final JdbcClient jdbc;
    private final AccountStandings standings;

    UserAccounts(JdbcClient jdbc, AccountStandings standings) {
        this.jdbc = jdbc;
        this.standings = standings;
    }

    /**
     * Signing up is accepting the privacy notice (the form says so next to its button), so the time of consent is
     * the time of signup.
     *
     * @throws DuplicateKeyException when the e-mail is taken, that is when another account has its key
     */
    void insert(NewAccount account) {
        jdbc.sql("""
                        INSERT INTO users (id, first_name, last_name, email, email_key, password_hash, city, country,
                                           terms_accepted_at)
                        VALUES (:id, :firstName, :lastName, :email, :emailKey, :passwordHash, :city, :country,
                                now())""")
                .paramSource(account)
                .update();
    }

    Optional<Credentials> findCredentials(String emailKey) {
        return jdbc.sql("""
                        SELECT id, password_hash, role, suspended_at IS NOT NULL AS suspended, suspended_reason
                        FROM users WHERE email_key = :emailKey""")
                .param("emailKey", emailKey)
                .query(Credentials.class)
                .optional();
    }

    Optional<Holder> findHolder(UUID id) {
        return jdbc.sql("SELECT id, email_key, password_hash, role FROM users WHERE id = :id")
                .param("id", id)
                .query(Holder.class)
                .optional();
    }

    Optional<Recipient> findRecipient(String emailKey) {
        return jdbc.sql("SELECT id, email, first_name FROM users WHERE email_key = :emailKey")
                .param("emailKey", emailKey)
                .query(Recipient.class)
                .optional();
    }

    /**
     * Sets the password and the time it changed, which ends every token issued before it ({@link AccountTokens}).
     * A reset through a mailed link also proves the address, so it marks the e-mail verified.
     *
     * @return the account's e-mail key, or empty when there is no such account
     */
    Optional<String> changePassword(UUID id, String passwordHash, boolean viaMailbox) {
        Optional<String> emailKey = jdbc.sql("""
                        UPDATE users SET password_hash = :hash, password_changed_at = now(),
                            email_verified_at = CASE WHEN :viaMailbox THEN coalesce(email_verified_at, now())
                                                     ELSE email_verified_at END
                        WHERE id = :id RETURNING email_key""")
                .param("hash", passwordHash)
                .param("viaMailbox", viaMailbox)
                .param("id", id)
                .query(String.class)
                .optional();
        standings.changed(id);
        return emailKey;
    }

    /** The same password, hashed with the current settings: not a change, so no session ends. */
    void replacePasswordHash(UUID id, String passwordHash) {
        jdbc.sql("UPDATE users SET password_hash = :hash WHERE id = :id")
                .param("hash", passwordHash)
                .param("id", id)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM users WHERE id = :id").param("id", id).update();
        standings.changed(id);
    }

    /** Everything the users row holds about the person but the password hash and the internal e-mail key. */
    Optional<ExportedAccount> export(UUID id) {
        return jdbc.sql("""
                        SELECT id, first_name, last_name, email, city, country, role,
                               email_verified_at IS NOT NULL AS email_verified, email_verified_at, created_at,
                               terms_accepted_at, password_changed_at
                        FROM users WHERE id = :id""")
                .param("id", id)
                .query(ExportedAccount.class)
                .optional();
    }

    Optional<Account> find(UUID id) {
        return jdbc.sql("""
                        SELECT id, first_name, last_name, email, city, country, role,
                               email_verified_at IS NOT NULL AS email_verified
                        FROM users WHERE id = :id""")
                .param("id", id)
                .query(Account.class)
                .optional();
    }

    /**
     * Makes the account with this e-mail a verified staff account with this password, creating it if needed (its
     * city is the catalogue's name for Bogotá, as signup would store it).
     *
     * @return whether the account was created (rather than promoted)
     */
    boolean upsertStaff(UUID newId, String email, String passwordHash) {
        return jdbc.sql("""
                        INSERT INTO users AS u (id, first_name, last_name, email, email_key, password_hash, city,
                                                country, role, email_verified_at)
                        VALUES (:id, 'Staff', 'ANB', :email, :emailKey, :passwordHash, 'Bogotá D.C.', 'Colombia',
                                :role, now())
                        ON CONFLICT (email_key) DO UPDATE SET role = :role, password_hash = :passwordHash,
                            email_verified_at = coalesce(u.email_verified_at, now())
                        RETURNING id = :id""")
                .param("id", newId)
                .param("email", email.trim())
                .param("emailKey", EmailKey.of(email))
                .param("passwordHash", passwordHash)
                .param("role", Role.STAFF.value())
                .query(Boolean.class)
                .single();
    }

    record NewAccount(UUID id, String firstName, String lastName, String email, String emailKey,
                      String passwordHash, String city, String country) {
    }

    record Credentials(UUID id, String passwordHash, String role, boolean suspended, String suspendedReason) {
    }

    /** The caller's own account, for checking their password again before a sensitive change. */
    record Holder(UUID id, String emailKey, String passwordHash, String role) {
    }

    record Recipient(UUID id, String email, String firstName) {
    }

    record ExportedAccount(UUID id, String firstName, String lastName, String email, String city, String country,
                           String role, boolean emailVerified, Instant emailVerifiedAt,
                           Instant createdAt, Instant termsAcceptedAt,
                           Instant passwordChangedAt) {
    }

    /** The account as {@code GET /api/me} shows it. */
    record Account(UUID id, String firstName, String lastName, String email, String city, String country,
                   String role, boolean emailVerified) {
    }
}
