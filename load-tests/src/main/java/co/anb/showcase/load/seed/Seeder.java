package co.anb.showcase.load.seed;

import co.anb.showcase.load.system.StackEndpoints;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Writes a {@link SeedData} set straight into the app's database with COPY (a few seconds for 55,000 rows), after
 * removing the previous seed (accounts under {@link SeedData#EMAIL_DOMAIN} and everything hanging from them), and
 * checks that every {@code videos.votes} equals its vote rows. Processed videos get their processed and thumbnail
 * keys but no objects in the store: no read endpoint touches the store (URLs are presigned locally, without a call).
 * Also writes the accounts the load scenarios log in with: {@code players.csv} (email, password, own video id).
 */
public final class Seeder {

    public record Counts(int users, int videos, int votes, int cities, int topVideoVotes, double topTenPercentShare) {
    }

    /** The standard dataset ({@link #standard}, dated now) into the database of a running local system. */
    public static Counts seedStandard(StackEndpoints db, Path playersCsv) throws SQLException, IOException {
        return seedStandard(db.jdbcUrl(), db.dbUser(), db.dbPassword(), playersCsv);
    }

    /** The standard dataset ({@link #standard}, dated now) into any database with the app's schema. */
    public static Counts seedStandard(String jdbcUrl, String user, String password, Path playersCsv)
            throws SQLException, IOException {
        return seed(jdbcUrl, user, password, standard(Instant.now()), playersCsv);
    }

    static Counts seed(String jdbcUrl, String user, String password, SeedData data, Path playersCsv)
            throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL synchronous_commit = off");
                removePrevious(statement);
            }
            // One hash for every account: BCrypt is slow on purpose, and the seed needs no distinct salts.
            String hash = BCrypt.hashpw(SeedData.PASSWORD, BCrypt.gensalt(10));
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            // email_key is the app's normalised e-mail (auth.EmailKey); for these ASCII addresses, lower case.
            copy(copy, "COPY users (id, first_name, last_name, email, email_key, password_hash, city, country,"
                            + " created_at)",
                    data.users, u -> row(u.id(), u.firstName(), u.lastName(), u.email(),
                            u.email().toLowerCase(Locale.ROOT), hash, u.city(), "Colombia", u.createdAt()));
            copy(copy, "COPY videos (id, owner_id, task_id, title, status, original_key, processed_key, thumbnail_key,"
                            + " votes, uploaded_at, processed_at)",
                    data.videos, v -> row(v.id(), v.ownerId(), v.taskId(), v.title(), "processed",
                            "uploads/" + v.id() + ".mp4", "processed/" + v.id() + ".mp4",
                            "thumbnails/" + v.id() + ".jpg", v.voteCount(), v.uploadedAt(), v.processedAt()));
            copy(copy, "COPY votes (user_id, video_id, created_at)",
                    data.votes, v -> row(v.userId(), v.videoId(), v.createdAt()));
            try (Statement statement = connection.createStatement()) {
                var mismatch = statement.executeQuery("""
                        SELECT count(*) FROM videos v
                        WHERE v.votes <> (SELECT count(*) FROM votes WHERE video_id = v.id)""");
                mismatch.next();
                if (mismatch.getLong(1) != 0) {
                    throw new IllegalStateException(mismatch.getLong(1) + " videos whose votes counter is off");
                }
            }
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE users");
                statement.execute("ANALYZE videos");
                statement.execute("ANALYZE votes");
            }
        }
        writePlayers(data, playersCsv);
        return counts(data);
    }

    static Counts counts(SeedData data) {
        int[] perVideo = data.videos.stream().mapToInt(SeedData.Video::voteCount).sorted().toArray();
        int top = perVideo.length == 0 ? 0 : perVideo[perVideo.length - 1];
        long topTenth = 0;
        for (int i = perVideo.length - Math.max(1, perVideo.length / 10); i < perVideo.length; i++) {
            topTenth += perVideo[i];
        }
        double share = data.votes.isEmpty() ? 0 : (double) topTenth / data.votes.size();
        int cities = (int) data.users.stream().map(SeedData.User::city).distinct().count();
        return new Counts(data.users.size(), data.videos.size(), data.votes.size(), cities, top, share);
    }

    private static void removePrevious(Statement statement) throws SQLException {
        String seeded = "SELECT id FROM users WHERE email LIKE '%" + SeedData.EMAIL_DOMAIN + "'";
        statement.execute("DELETE FROM votes WHERE user_id IN (" + seeded + ")"
                + " OR video_id IN (SELECT id FROM videos WHERE owner_id IN (" + seeded + "))");
        // The counters of other videos lose the seeded voters' votes.
        statement.execute("UPDATE videos v SET votes = (SELECT count(*) FROM votes WHERE video_id = v.id)"
                + " WHERE v.votes <> (SELECT count(*) FROM votes WHERE video_id = v.id)");
        statement.execute("DELETE FROM outbox WHERE video_id IN (SELECT id FROM videos WHERE owner_id IN ("
                + seeded + "))");
        statement.execute("DELETE FROM videos WHERE owner_id IN (" + seeded + ")");
        statement.execute("DELETE FROM users WHERE email LIKE '%" + SeedData.EMAIL_DOMAIN + "'");
    }

    private static <T> void copy(CopyManager copy, String command, List<T> rows, Function<T, String> line)
            throws SQLException, IOException {
        StringBuilder csv = new StringBuilder(rows.size() * 120);
        rows.forEach(row -> csv.append(line.apply(row)).append('\n'));
        copy.copyIn(command + " FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
    }

    private static String row(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String text = values[i] instanceof Instant instant ? instant.toString() : String.valueOf(values[i]);
            line.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
        return line.toString();
    }

    /** One line per player (owner of at least one video): the account and one of its videos. */
    private static void writePlayers(SeedData data, Path file) {
        Map<UUID, UUID> firstVideo = new HashMap<>();
        data.videos.forEach(video -> firstVideo.putIfAbsent(video.ownerId(), video.id()));
        StringBuilder csv = new StringBuilder("email,password,video_id,city\n");
        data.users.stream().filter(user -> firstVideo.containsKey(user.id())).forEach(user -> csv
                .append(user.email()).append(',').append(SeedData.PASSWORD).append(',')
                .append(firstVideo.get(user.id())).append(',').append(user.city()).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SeedData standard(Instant now) {
        return SeedData.generate(2_000, 1_200, 3_000, 50_000, 0.75, 2026_11_23L, now);
    }
}
