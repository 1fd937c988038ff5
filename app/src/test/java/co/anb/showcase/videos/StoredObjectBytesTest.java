package co.anb.showcase.videos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.anb.showcase.IntegrationTest;
import co.anb.showcase.local.LocalStack;
import co.anb.showcase.media.Mp4Container;
import co.anb.showcase.media.TestVideos;
import co.anb.showcase.storage.MultipartStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.core.sync.RequestBody;

/** The completion's check reads a stored video by ranges: its verdict as from the file, for a bounded few bytes. */
@IntegrationTest
class StoredObjectBytesTest {

    private static final String KEY = "uploads/ranged-read-test.mp4";
    private static final long SIZE = 60_000_000;

    @Autowired
    MultipartStore store;

    @AfterEach
    void removeObject() {
        StackClients.s3().deleteObject(delete -> delete.bucket(LocalStack.BUCKET).key(KEY));
    }

    @Test
    void readsTheHeadersOfA60MbVideoInAFewSmallRanges() throws Exception {
        Path file = TestVideos.padded(SIZE);
        StackClients.s3().putObject(put -> put.bucket(LocalStack.BUCKET).key(KEY), RequestBody.fromFile(file));
        StoredObjectBytes bytes = new StoredObjectBytes(store, KEY, store.size(KEY), 16 * 1024 * 1024);

        Mp4Container.Inspection remote = Mp4Container.read(bytes);

        Mp4Container.Inspection local = Mp4Container.read(file);
        assertThat(remote.verdict()).isEqualTo(Mp4Container.Verdict.COMPLETE);
        assertThat(remote.header()).isEqualTo(local.header());
        assertThat(remote.header().orElseThrow().durationSeconds()).isBetween(20.0, 22.0);
        assertThat(bytes.fetchedBytes()).as("bytes read of %d", SIZE).isLessThan(1024 * 1024);
        assertThat(bytes.requests()).isLessThanOrEqualTo(16);
    }

    @Test
    void stopsAtItsCap() {
        Path file = TestVideos.padded(SIZE);
        StackClients.s3().putObject(put -> put.bucket(LocalStack.BUCKET).key(KEY), RequestBody.fromFile(file));
        StoredObjectBytes bytes = new StoredObjectBytes(store, KEY, SIZE, StoredObjectBytes.BLOCK_BYTES);

        assertThatThrownBy(() -> Mp4Container.read(bytes)).isInstanceOf(StoredObjectBytes.ReadLimitException.class);
        assertThat(bytes.fetchedBytes()).isEqualTo(StoredObjectBytes.BLOCK_BYTES);
    }
}
