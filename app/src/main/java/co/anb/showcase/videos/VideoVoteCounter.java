package co.anb.showcase.videos;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The vote count kept on each published video, so the gallery sorts by votes from an index instead of counting.
 * The voting module owns the votes themselves and is the only caller: it moves the count inside the same transaction
 * as the vote, so the two never disagree.
 */
@Component
public class VideoVoteCounter {

    private final JdbcClient jdbc;
    private final VideoCopies copies;

    VideoVoteCounter(JdbcClient jdbc, VideoCopies copies) {
        this.jdbc = jdbc;
        this.copies = copies;
    }

    /** @return {@code false} when the video is not (or no longer) published: the caller rolls its vote back */
    public boolean add(UUID videoId, int delta) {
        boolean counted = jdbc.sql("UPDATE videos SET votes = votes + :delta WHERE id = :id AND status = :published")
                .param("delta", delta)
                .param("id", videoId)
                .param("published", VideoStatus.PROCESSED.value())
                .update() == 1;
        if (counted) {
            copies.changed(videoId);
        }
        return counted;
    }
}
