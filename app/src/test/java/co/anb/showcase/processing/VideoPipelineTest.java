package co.anb.showcase.processing;

import static co.anb.showcase.processing.RenderedVideo.nonBlackPixels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import co.anb.showcase.media.PermanentMediaException;
import co.anb.showcase.media.TestVideos;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The single FFmpeg run of SPEC §4 on generated inputs, checked with ffprobe and decoded frames. */
class VideoPipelineTest {

    @TempDir
    static Path work;
    static VideoPipeline pipeline;

    @BeforeAll
    static void setUp() {
        pipeline = new VideoPipeline(TestVideos.confinedBinaries(), work.resolve("assets"), "ultrafast", 23,
                Duration.ofMinutes(3));
    }

    @Test
    void aLongLandscapeClipIsCutTo30SecondsBetweenTheCards() throws Exception {
        RenderedVideo video = render(TestVideos.landscape1080p45s(), "landscape");

        assertThat(video.durationSeconds()).isCloseTo(35.0, within(0.2));
        assertThat(video.videoStream().get("codec_name").asString()).isEqualTo("h264");
        assertThat(video.videoStream().get("pix_fmt").asString()).isEqualTo("yuv420p");
        assertThat(video.videoStream().get("width").asInt()).isEqualTo(1280);
        assertThat(video.videoStream().get("height").asInt()).isEqualTo(720);
        assertThat(video.videoStream().get("sample_aspect_ratio").asString()).isEqualTo("1:1");
        assertThat(video.videoStream().get("r_frame_rate").asString()).isEqualTo("30/1");
        assertThat(video.videoStream().get("avg_frame_rate").asString()).isEqualTo("30/1");
        assertThat(video.streams("audio")).isEmpty();
        assertThat(video.topLevelBoxes()).as("+faststart: the index before the media data")
                .containsSubsequence("moov", "mdat");
        assertThat(video.topLevelBoxes().indexOf("moov")).isLessThan(video.topLevelBoxes().indexOf("mdat"));
    }

    @Test
    void theCardsShowTheLogoOnBlack() throws Exception {
        RenderedVideo video = render(TestVideos.landscape1080p21s(), "cards");

        assertThat(video.durationSeconds()).isCloseTo(26.0, within(0.2));
        for (double second : new double[] {1.0, 24.8}) {
            BufferedImage card = video.frameAt(second);
            assertThat(nonBlackPixels(card, 0, 0, 300, 200)).as("corner of the card at %s s", second).isZero();
            assertThat(nonBlackPixels(card, 320, 240, 960, 480)).as("logo of the card at %s s", second)
                    .isGreaterThan(20_000);
        }
        assertThat(nonBlackPixels(video.frameAt(5), 0, 0, 300, 200)).as("content, not a card").isPositive();
    }

    @Test
    void aPortraitClipIsPillarboxedWithTheWatermarkOverTheBars() throws Exception {
        RenderedVideo video = render(TestVideos.portrait1080x1920s22s(), "portrait");

        assertThat(video.durationSeconds()).isCloseTo(27.0, within(0.2));
        assertUprightPortrait(video.frameAt(8));
    }

    @Test
    void aRotatedPhoneClipComesOutUprightWithoutAudio() throws Exception {
        RenderedVideo video = render(TestVideos.rotatedPhone1080p21sWithAudio(), "rotated");

        assertThat(video.durationSeconds()).isCloseTo(26.0, within(0.2));
        assertThat(video.streams("audio")).isEmpty();
        assertThat(video.videoStream().get("width").asInt()).isEqualTo(1280);
        assertThat(video.videoStream().get("height").asInt()).isEqualTo(720);
        // coded 1920×1080 and turned by its metadata: shown as 1080×1920, so it must come out pillarboxed
        assertUprightPortrait(video.frameAt(8));
    }

    @Test
    void aVariableFrameRateClipComesOutAtAConstant30Fps() throws Exception {
        RenderedVideo video = render(TestVideos.variableFrameRate1080p24s(), "vfr");

        assertThat(video.durationSeconds()).isCloseTo(29.0, within(0.2));
        assertThat(video.videoStream().get("r_frame_rate").asString()).isEqualTo("30/1");
        assertThat(video.videoStream().get("avg_frame_rate").asString()).isEqualTo("30/1");
        assertThat(video.videoStream().get("nb_frames").asDouble())
                .as("one frame every 1/30 s throughout").isCloseTo(video.durationSeconds() * 30, within(2.0));
    }

    @Test
    void theThumbnailIsAFrameOfTheContent() throws Exception {
        Path dir = work.resolve("thumbnail");
        Files.createDirectories(dir);
        pipeline.render(TestVideos.landscape1080p21s(), dir.resolve("out.mp4"), dir.resolve("thumb.jpg"));

        BufferedImage thumbnail = ImageIO.read(dir.resolve("thumb.jpg").toFile());
        assertThat(thumbnail.getWidth()).isEqualTo(640);
        assertThat(thumbnail.getHeight()).isEqualTo(360);
        assertThat(nonBlackPixels(thumbnail, 0, 0, 640, 360)).as("content, not a black card")
                .isGreaterThan(640 * 360 / 2);
    }

    @Test
    void aClipWithUndecodableFramesFailsForGoodWithAReasonInsteadOfPublishingAShortVideo() throws IOException {
        Path dir = Files.createDirectories(work.resolve("corrupt"));

        assertThatThrownBy(() -> pipeline.render(TestVideos.corruptFrames(), dir.resolve("out.mp4"),
                dir.resolve("thumb.jpg")))
                .isInstanceOf(PermanentMediaException.class)
                .hasMessageStartingWith("FFmpeg no pudo procesar el video: el archivo está dañado o no se puede"
                        + " decodificar (")
                .hasMessageContaining("Invalid data");
    }

    @Test
    void aFailureThatIsNotTheInputsFaultIsWorthARetry() {
        // the output folder does not exist: the machine's problem, not the video's
        Path nowhere = work.resolve("missing-folder");

        assertThatThrownBy(() -> pipeline.render(TestVideos.landscape1080p21s(), nowhere.resolve("out.mp4"),
                nowhere.resolve("thumb.jpg")))
                .isInstanceOf(VideoPipeline.RenderFailedException.class)
                .hasMessageStartingWith("FFmpeg falló al procesar el video (");
    }

    @Test
    void ffmpegsReasonLosesItsPrefixes() {
        assertThat(VideoPipeline.cause("[in#0/mov,mp4 @ 0x55f5] Terminating thread with return code -1094995529"
                + " (Invalid data found when processing input)")).isEqualTo("Invalid data found when processing input");
        assertThat(VideoPipeline.cause("[h264 @ 0x1] [dec:h264 @ 0x2] moov atom not found"))
                .isEqualTo("moov atom not found");
    }

    /** 1080×1920 fitted to 720 px high is 405 px wide: black bars left and right, the watermark on the right one. */
    private static void assertUprightPortrait(BufferedImage frame) {
        assertThat(nonBlackPixels(frame, 0, 0, 400, 600)).as("left bar").isZero();
        assertThat(nonBlackPixels(frame, 880, 0, 1280, 600)).as("right bar above the watermark").isZero();
        assertThat(nonBlackPixels(frame, 480, 100, 800, 620)).as("content in the middle").isGreaterThan(100_000);
        assertThat(nonBlackPixels(frame, 1084, 632, 1264, 704)).as("watermark bottom-right").isGreaterThan(3_000);
        assertThat(nonBlackPixels(frame, 16, 632, 196, 704)).as("nothing bottom-left").isZero();
    }

    private static RenderedVideo render(Path input, String name) throws IOException,
            VideoPipeline.RenderFailedException, PermanentMediaException {
        Path dir = work.resolve(name);
        Files.createDirectories(dir);
        Path output = dir.resolve("out.mp4");
        pipeline.render(input, output, dir.resolve("thumb.jpg"));
        return RenderedVideo.of(output);
    }
}
