package co.anb.showcase.auth;

import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserAccounts {

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws DuplicateKeyException when the e-mail is taken, that is when another account has its key */
    void insert(NewAccount account) {
        jdbc.sql("""
                        INSERT INTO users (id, first_name, last_name, email, email_key, password_hash, city, country)
                        VALUES (:id, :firstName, :lastName, :email, :emailKey, :passwordHash, :city, :country)""")
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

    /** The account as {@code GET /api/me} shows it. */
    record Account(UUID id, String firstName, String lastName, String email, String city, String country,
                   String role, boolean emailVerified) {
    }
}
