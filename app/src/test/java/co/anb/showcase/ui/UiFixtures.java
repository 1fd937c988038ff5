package co.anb.showcase.ui;

import co.anb.showcase.PublicFixtures;
import co.anb.showcase.media.ProcessOutput;
import co.anb.showcase.media.TestVideos;
import co.anb.showcase.storage.ObjectStore;
import co.anb.showcase.videos.VideoKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published videos whose files really are in the store, so the browser shows their thumbnails and can play them:
 * the row comes from {@link PublicFixtures}, the processed file is a generated clip and the thumbnail one of its
 * frames, tinted differently per video so a page of them is easy to tell apart.
 */
final class UiFixtures {

    private static final int TINTS = 8;

    private final PublicFixtures fixtures;
    private final ObjectStore store;

    UiFixtures(PublicFixtures fixtures, ObjectStore store) {
        this.fixtures = fixtures;
        this.store = store;
    }

    UUID publishedVideo(UUID ownerId, String title, Instant processedAt, int votes) {
        UUID id = fixtures.processedVideo(ownerId, title, processedAt, votes);
        storeFiles(id, Math.floorMod(title.hashCode(), TINTS));
        return id;
    }

    /** Puts a processed video and its thumbnail at the video's keys, as the worker leaves them. */
    private void storeFiles(UUID videoId, int tint) {
        store.put(VideoKeys.processed(videoId), TestVideos.landscape1080p21s(), "video/mp4");
        store.put(VideoKeys.thumbnail(videoId), thumbnail(tint), "image/jpeg");
    }

    /** A 640×360 JPEG frame of the test clip with its hue turned by {@code tint}/8 of a turn; cached per build. */
    private static synchronized Path thumbnail(int tint) {
        Path target = Path.of("target", "test-videos", "thumbnail-" + tint + ".jpg").toAbsolutePath();
        if (Files.exists(target)) {
            return target;
        }
        ProcessOutput made = TestVideos.binaries().runFfmpeg(List.of("-v", "error", "-y", "-ss", "3",
                "-i", TestVideos.landscape1080p21s().toString(), "-frames:v", "1",
                "-vf", "scale=640:360,hue=h=" + (tint * 360 / TINTS), "-q:v", "5", target.toString()),
                Duration.ofMinutes(1));
        if (!made.succeeded()) {
            throw new IllegalStateException("ffmpeg could not make a thumbnail: " + made.stderrTail());
        }
        return target;
    }
}
