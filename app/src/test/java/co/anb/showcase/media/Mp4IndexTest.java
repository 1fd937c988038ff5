package co.anb.showcase.media;

import static org.assertj.core.api.Assertions.assertThat;

import co.anb.showcase.media.Mp4Container.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * The in-process index check on real clips and on hostile files, and what ffprobe does with a hostile file when it
 * does get to read one: it stays under its memory ceiling.
 */
class Mp4IndexTest {

    private static final DataSize LOW_CEILING = DataSize.ofMegabytes(128);

    @TempDir
    Path work;

    @Test
    void everyGeneratedClipPassesTheIndexCheck() throws IOException {
        for (Path clip : List.of(TestVideos.landscape1080p21s(), TestVideos.portrait1080x1920s22s(),
                TestVideos.rotatedPhone1080p21sWithAudio(), TestVideos.variableFrameRate1080p24s(),
                TestVideos.corruptFrames(), TestVideos.hd720p21s(), TestVideos.padded(20 * TestVideos.MIB))) {
            assertThat(Mp4Container.read(clip).verdict()).as(clip.toString()).isEqualTo(Verdict.COMPLETE);
        }
    }

    @Test
    void anIndexClaimingMillionsOfSamplesInAFewKilobytesIsBroken() throws IOException {
        Path crafted = CraftedMp4.millionsOfSamples(work.resolve("millions.mp4"), 10_000_000);

        assertThat(Files.size(crafted)).isLessThan(5_000);
        assertThat(Mp4Container.read(crafted).verdict()).isEqualTo(Verdict.BROKEN_INDEX);
    }

    @Test
    void aHeaderWithoutMediaOrATrackWithoutSamplesHasNoMedia() throws IOException {
        Path headerOnly = CraftedMp4.headerOnly(TestVideos.landscape1080p21s(), work.resolve("header.mp4"));
        Path emptyTrack = CraftedMp4.emptyTrack(work.resolve("empty-track.mp4"));

        assertThat(Mp4Container.read(headerOnly).verdict()).isEqualTo(Verdict.NO_MEDIA);
        assertThat(Mp4Container.read(emptyTrack).verdict()).isEqualTo(Verdict.NO_MEDIA);
    }

    @Test
    void aGarbledIndexIsBrokenAndACutShortFileIncomplete() throws IOException {
        assertThat(Mp4Container.read(TestVideos.corruptMoov()).verdict()).isEqualTo(Verdict.BROKEN_INDEX);
        assertThat(Mp4Container.read(TestVideos.truncated()).verdict()).isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    void confinedFfprobeStaysUnderItsCeilingOnTheCraftedFile() throws Exception {
        Path crafted = CraftedMp4.millionsOfSamples(work.resolve("millions.mp4"), 10_000_000);
        FfmpegBinaries generous = confinedTo(DataSize.ofGigabytes(2));
        FfmpegBinaries low = confinedTo(LOW_CEILING);

        long unbounded = PeakMemory.whileRunning(() -> probe(generous, crafted));
        long bounded = PeakMemory.whileRunning(() -> probe(low, crafted));

        // the same file takes ffprobe well past the ceiling when the ceiling is high, and not past it when it is low
        assertThat(unbounded).as("peak resident bytes without a low ceiling").isGreaterThan(LOW_CEILING.toBytes());
        assertThat(bounded).as("peak resident bytes under the ceiling").isLessThan(LOW_CEILING.toBytes());
    }

    private static FfmpegBinaries confinedTo(DataSize memory) {
        ProcessLimits limits = new ProcessLimits(memory, Duration.ofSeconds(30), DataSize.ofMegabytes(16));
        return TestVideos.binaries().confined(limits, limits, Duration.ofSeconds(30));
    }

    private static ProcessOutput probe(FfmpegBinaries binaries, Path file) {
        return binaries.runFfprobe(List.of("-v", "quiet", "-print_format", "json", "-show_format", "-show_streams",
                "file:" + file), Duration.ofSeconds(60));
    }
}
