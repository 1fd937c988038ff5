package co.anb.showcase.cities;

import co.anb.showcase.auth.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads auth's {@code player_profiles} view: which city values accounts hold, and how many hold each. */
@Repository
class CityPlayerCounts {

    private final JdbcClient jdbc;

    CityPlayerCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One row per city as the listings filter it (case-insensitively), under its most common spelling; staff
     * accounts are not players and are left out.
     */
    List<Count> all() {
        return jdbc.sql("""
                        SELECT mode() WITHIN GROUP (ORDER BY city) AS city, count(*) AS players
                        FROM player_profiles WHERE city IS NOT NULL AND role = :player GROUP BY lower(city)""")
                .param("player", Role.PLAYER.value())
                .query(Count.class)
                .list();
    }

    /** The spelling accounts hold for this city, compared case-insensitively; the most common if several. */
    Optional<String> storedSpelling(String city) {
        return jdbc.sql("""
                        SELECT city FROM player_profiles WHERE lower(city) = lower(:city)
                        GROUP BY city ORDER BY count(*) DESC, city LIMIT 1""")
                .param("city", city)
                .query(String.class)
                .optional();
    }

    record Count(String city, long players) {
    }
}
