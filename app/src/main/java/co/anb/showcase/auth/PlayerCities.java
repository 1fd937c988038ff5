package co.anb.showcase.auth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The one way another module changes the city on accounts (staff merging two spellings of one city). */
@Component
public class PlayerCities {

    private final JdbcClient jdbc;

    PlayerCities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Moves every account whose city is {@code from} (compared case-insensitively, as the listings compare) to
     * {@code into}, in the caller's transaction.
     *
     * @return how many accounts moved
     */
    public int move(String from, String into) {
        return jdbc.sql("UPDATE users SET city = :into WHERE lower(city) = lower(:from) AND city <> :into")
                .param("from", from)
                .param("into", into)
                .update();
    }
}
