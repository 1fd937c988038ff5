package co.anb.showcase.voting;

import co.anb.showcase.shared.CityFilter;
import co.anb.showcase.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read model of the gallery: the videos module's {@code published_videos} joined with auth's {@code player_profiles}
 * (the views those modules export), and whether the viewer voted for each (this module's own votes).
 */
@Repository
class PublicVideos {

    private static final String FROM_PUBLIC = """
            FROM published_videos v
            JOIN player_profiles u ON u.id = v.owner_id""";
    private static final String CITY_CONDITION = "\nWHERE lower(u.city) = :city";

    private final JdbcClient jdbc;

    PublicVideos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of published videos. {@code viewer} is the logged-in caller, or {@code null}: then
     * {@code votedByMe} is {@code null} too.
     */
    List<Row> page(CityFilter city, PublicVideoSort sort, PageRequest page, UUID viewer) {
        String votedByMe = viewer == null
                ? "NULL::boolean"
                : "EXISTS (SELECT 1 FROM votes x WHERE x.user_id = :viewer AND x.video_id = v.id)";
        var statement = jdbc.sql("""
                        SELECT v.id, v.title, u.display_name AS username, u.city, u.country,
                               v.processed_key, v.thumbnail_key, v.votes, v.processed_at, %s AS voted_by_me
                        %s%s
                        ORDER BY %s
                        LIMIT :limit OFFSET :offset""".formatted(votedByMe, FROM_PUBLIC, cityCondition(city),
                        sort.orderBy()))
                .param("limit", page.limit())
                .param("offset", page.offset());
        if (city.isPresent()) {
            statement = statement.param("city", city.normalized());
        }
        if (viewer != null) {
            statement = statement.param("viewer", viewer);
        }
        return statement.query(PublicVideos::row).list();
    }

    long count(CityFilter city) {
        var statement = jdbc.sql("SELECT count(*) " + FROM_PUBLIC + cityCondition(city));
        if (city.isPresent()) {
            statement = statement.param("city", city.normalized());
        }
        return statement.query(Long.class).single();
    }

    private static String cityCondition(CityFilter city) {
        return city.isPresent() ? CITY_CONDITION : "";
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("username"),
                rs.getString("city"),
                rs.getString("country"),
                rs.getString("processed_key"),
                rs.getString("thumbnail_key"),
                rs.getInt("votes"),
                rs.getObject("processed_at", OffsetDateTime.class).toInstant(),
                rs.getObject("voted_by_me", Boolean.class));
    }

    record Row(UUID id, String title, String username, String city, String country, String processedKey,
               String thumbnailKey, int votes, Instant processedAt, Boolean votedByMe) {
    }
}
