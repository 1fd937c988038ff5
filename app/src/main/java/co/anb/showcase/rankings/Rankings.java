package co.anb.showcase.rankings;

import co.anb.showcase.shared.CityFilter;
import co.anb.showcase.shared.PageRequest;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read model of the ranking, derived at read time from the views the owners export (auth's {@code player_profiles},
 * videos' {@code published_videos}): one row per player with at least one published video, votes summed over them.
 * Positions come from a window function evaluated over the whole filtered set before paging, so page 2 keeps the
 * true positions; players with zero votes sort after every player with votes.
 */
@Repository
class Rankings {

    /** One row per player with a published video: the only source of votes the rankings and the roster count. */
    static final String PLAYERS = """
            SELECT u.id, u.display_name AS username, u.city, sum(v.votes) AS votes
            FROM player_profiles u
            JOIN published_videos v ON v.owner_id = u.id
            %s
            GROUP BY u.id, u.display_name, u.city""";
    private static final String CITY_CONDITION = "WHERE lower(u.city) = :city";

    private final JdbcClient jdbc;

    Rankings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Ranking> page(CityFilter city, PageRequest page) {
        var statement = jdbc.sql("""
                        WITH players AS (%s)
                        SELECT rank() OVER (ORDER BY votes DESC) AS position, username, city, votes
                        FROM players
                        ORDER BY votes DESC, username, id
                        LIMIT :limit OFFSET :offset""".formatted(players(city)))
                .param("limit", page.limit())
                .param("offset", page.offset());
        if (city.isPresent()) {
            statement = statement.param("city", city.normalized());
        }
        return statement.query((rs, rowNum) -> new Ranking(rs.getLong("position"), rs.getString("username"),
                rs.getString("city"), rs.getLong("votes"))).list();
    }

    /** How many players the (filtered) ranking has. */
    long count(CityFilter city) {
        var statement = jdbc.sql("""
                SELECT count(DISTINCT u.id)
                FROM player_profiles u
                JOIN published_videos v ON v.owner_id = u.id
                """ + (city.isPresent() ? CITY_CONDITION : ""));
        if (city.isPresent()) {
            statement = statement.param("city", city.normalized());
        }
        return statement.query(Long.class).single();
    }

    private static String players(CityFilter city) {
        return PLAYERS.formatted(city.isPresent() ? CITY_CONDITION : "");
    }
}
