package co.anb.showcase.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The real ffprobe against real generated files; no Spring context needed. */
class MediaProbeTest {

    private final MediaProbe probe = TestVideos.probe();

    @Test
    void readsLandscapeVideo() throws Exception {
        MediaInfo info = probe.probe(TestVideos.landscape1080p21s());

        assertThat(info.width()).isEqualTo(1920);
        assertThat(info.height()).isEqualTo(1080);
        assertThat(info.shortSide()).isEqualTo(1080);
        assertThat(info.durationSeconds()).isBetween(20.9, 21.1);
        assertThat(info.rotation()).isZero();
        assertThat(info.hasAudio()).isFalse();
        assertThat(info.videoCodec()).isEqualTo("h264");
        assertThat(info.formatName()).contains("mp4");
    }

    @Test
    void appliesDisplayRotationToTheSize() throws Exception {
        MediaInfo info = probe.probe(TestVideos.rotatedPhone1080p21sWithAudio());

        assertThat(info.rotation()).isEqualTo(90);
        assertThat(info.width()).isEqualTo(1080);
        assertThat(info.height()).isEqualTo(1920);
        assertThat(info.hasAudio()).isTrue();
    }

    @Test
    void readsPortraitVideo() throws Exception {
        MediaInfo info = probe.probe(TestVideos.portrait1080x1920s22s());

        assertThat(info.width()).isEqualTo(1080);
        assertThat(info.height()).isEqualTo(1920);
        assertThat(info.durationSeconds()).isBetween(21.9, 22.1);
    }

    @Test
    void paddedVideoIsStillReadable() throws Exception {
        MediaInfo info = probe.probe(TestVideos.padded(20 * TestVideos.MIB));

        assertThat(info.durationSeconds()).isBetween(20.9, 21.1);
    }

    @Test
    void rejectsFilesThatAreNotVideo() {
        for (Path file : new Path[] {TestVideos.textNamedMp4(), TestVideos.truncated(), TestVideos.corruptMoov(),
                TestVideos.empty()}) {
            assertThatThrownBy(() -> probe.probe(file)).as(file.toString())
                    .isInstanceOf(UnreadableMediaException.class);
        }
    }

    @Test
    void containerCheckGoesByContent() throws Exception {
        assertThat(Mp4Container.inspect(TestVideos.landscape1080p21s())).isEqualTo(Mp4Container.Verdict.COMPLETE);
        assertThat(Mp4Container.inspect(TestVideos.padded(20 * TestVideos.MIB)))
                .isEqualTo(Mp4Container.Verdict.COMPLETE);
        assertThat(Mp4Container.inspect(TestVideos.corruptMoov())).isEqualTo(Mp4Container.Verdict.BROKEN_INDEX);
        assertThat(Mp4Container.inspect(TestVideos.textNamedMp4())).isEqualTo(Mp4Container.Verdict.NOT_MP4);
        assertThat(Mp4Container.inspect(TestVideos.empty())).isEqualTo(Mp4Container.Verdict.NOT_MP4);
        assertThat(Mp4Container.inspect(TestVideos.truncated())).isEqualTo(Mp4Container.Verdict.INCOMPLETE);
    }
}
