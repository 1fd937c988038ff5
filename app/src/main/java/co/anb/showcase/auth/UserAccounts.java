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
        return jdbc.sql("SELECT id, password_hash FROM users WHERE email_key = :emailKey")
                .param("emailKey", emailKey)
                .query(Credentials.class)
                .optional();
    }

    record NewAccount(UUID id, String firstName, String lastName, String email, String emailKey,
                      String passwordHash, String city, String country) {
    }

    record Credentials(UUID id, String passwordHash) {
    }
}
