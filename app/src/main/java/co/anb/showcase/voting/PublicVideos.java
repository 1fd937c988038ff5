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
 * (the views those modules export).
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

    /** One page of published videos, the same for every viewer (who voted for what is {@link Votes#votedAmong}). */
    List<Row> page(CityFilter city, PublicVideoSort sort, PageRequest page) {
        var statement = jdbc.sql("""
                        SELECT v.id, v.title, u.display_name AS username, u.city, u.country,
                               v.processed_key, v.thumbnail_key, v.votes, v.processed_at
                        %s%s
                        ORDER BY %s
                        LIMIT :limit OFFSET :offset""".formatted(FROM_PUBLIC, cityCondition(city), sort.orderBy()))
                .param("limit", page.limit())
                .param("offset", page.offset());
        if (city.isPresent()) {
            statement = statement.param("city", city.normalized());
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
                rs.getObject("processed_at", OffsetDateTime.class).toInstant());
    }

    record Row(UUID id, String title, String username, String city, String country, String processedKey,
               String thumbnailKey, int votes, Instant processedAt) {
    }
}
