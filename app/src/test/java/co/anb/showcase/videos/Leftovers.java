package co.anb.showcase.videos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a request could leave behind: video rows, outbox rows and stored originals. Test classes run one after
 * another, so a snapshot taken before a rejected request must equal one taken after it.
 */
public record Leftovers(long videoRows, long outboxRows, List<String> originals) {

    public static Leftovers now(JdbcClient jdbc) {
        return new Leftovers(
                jdbc.sql("SELECT count(*) FROM videos").query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM outbox").query(Long.class).single(),
                StackClients.keysUnder("uploads/"));
    }

    public void assertNothingAddedSince(JdbcClient jdbc) {
        Leftovers after = now(jdbc);
        assertThat(after.videoRows()).as("video rows").isEqualTo(videoRows);
        assertThat(after.outboxRows()).as("outbox rows").isEqualTo(outboxRows);
        assertThat(after.originals()).as("objects under uploads/").isEqualTo(originals);
    }
}
