package co.anb.showcase.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the MP4's own headers say, read in-process, against what ffprobe says, on every generated clip. */
class Mp4HeaderTest {

    private final MediaProbe ffprobe = TestVideos.probe();

    @Test
    void theHeadersAgreeWithFfprobeOnEveryGeneratedClip() throws Exception {
        for (Path clip : List.of(TestVideos.landscape1080p21s(), TestVideos.portrait1080x1920s22s(),
                TestVideos.rotatedPhone1080p21sWithAudio(), TestVideos.landscape1080p45s(),
                TestVideos.landscape1080p30fps40s(), TestVideos.variableFrameRate1080p24s(),
                TestVideos.corruptFrames(), TestVideos.tooShort10s(), TestVideos.tooLong90s(),
                TestVideos.hd720p21s(), TestVideos.padded(20 * TestVideos.MIB))) {
            MediaInfo probed = ffprobe.probe(clip);
            MediaInfo header = Mp4Container.read(clip).header().orElseThrow();

            assertThat(header.durationSeconds()).as("duration of " + clip)
                    .isCloseTo(probed.durationSeconds(), within(0.001));
            assertThat(header.width()).as("width of " + clip).isEqualTo(probed.width());
            assertThat(header.height()).as("height of " + clip).isEqualTo(probed.height());
            assertThat(header.rotation()).as("rotation of " + clip).isEqualTo(probed.rotation());
            assertThat(header.hasAudio()).as("audio of " + clip).isEqualTo(probed.hasAudio());
            assertThat(header.videoCodec()).as("codec of " + clip).isEqualTo(probed.videoCodec());
            assertThat(header.formatName()).as("format of " + clip).isEqualTo(probed.formatName());
        }
    }
}
