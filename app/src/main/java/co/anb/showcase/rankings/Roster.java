package co.anb.showcase.rankings;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tournament roster's rows: the ranking of every city at once, from the rankings' own player rows
 * ({@link Rankings#PLAYERS}: counted votes on published videos), with the same competition positions a city's public
 * ranking shows (its filter compares {@code lower(city)}, so the partition does too). Ties at the cut-off all make it:
 * top 2 of (9, 5, 5) is three players, as staff cannot pick between equals.
 */
@Repository
class Roster {

    private final JdbcClient jdbc;

    Roster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> top(int top) {
        return jdbc.sql("""
                        WITH players AS (%s),
                        ranked AS (
                            SELECT id, username, city, votes,
                                   min(city) OVER (PARTITION BY lower(city)) AS city_name,
                                   rank() OVER (PARTITION BY lower(city) ORDER BY votes DESC) AS position
                            FROM players)
                        SELECT r.position, r.id, r.username, r.city, r.city_name, r.votes, best.id AS video_id
                        FROM ranked r
                        CROSS JOIN LATERAL (
                            SELECT v.id FROM published_videos v WHERE v.owner_id = r.id
                            ORDER BY v.votes DESC, v.processed_at, v.id LIMIT 1) best
                        WHERE r.position <= :top
                        ORDER BY lower(r.city), r.votes DESC, r.username, r.id"""
                        .formatted(Rankings.PLAYERS.formatted("")))
                .param("top", top)
                .query((rs, rowNum) -> new Row(rs.getLong("position"), rs.getObject("id", UUID.class),
                        rs.getString("username"), rs.getString("city"), rs.getString("city_name"),
                        rs.getLong("votes"), rs.getObject("video_id", UUID.class)))
                .list();
    }

    /**
     * @param cityName the city's name in the roster: one spelling for all of the city's players (the first by sort
     *                 order), while {@code city} is each player's own
     * @param videoId  the player's most-voted published video (the oldest among equals)
     */
    record Row(long position, UUID userId, String player, String city, String cityName, long votes, UUID videoId) {
    }
}
