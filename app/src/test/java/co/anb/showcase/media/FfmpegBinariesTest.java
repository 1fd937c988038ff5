package co.anb.showcase.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

class FfmpegBinariesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void bundledBuildStartsOnThisHost() {
        FfmpegBinaries binaries = FfmpegBinaries.locate(null, null, TIMEOUT);

        assertThat(binaries.runFfprobe(List.of("-version"), TIMEOUT).stdout()).startsWith("ffprobe version");
        assertThat(binaries.runFfmpeg(List.of("-version"), TIMEOUT).stdout()).startsWith("ffmpeg version");
    }

    @Test
    void brokenConfiguredPathsFallBackToTheNextCandidate() {
        FfmpegBinaries binaries = FfmpegBinaries.locate("/nonexistent/ffmpeg", "/nonexistent/ffprobe", TIMEOUT);

        assertThat(binaries.ffprobe()).isNotEqualTo(Path.of("/nonexistent/ffprobe"));
    }

    @Test
    void noWorkingCandidateFailsWithOneMessageThatSaysHowToFix() {
        FfmpegBinaries broken = new FfmpegBinaries(Path.of("/nonexistent/ffmpeg"), Path.of("/nonexistent/ffprobe"),
                Map.of(), "a test");

        assertThatThrownBy(() -> FfmpegBinaries.firstWorking(List.of(() -> broken), TIMEOUT))
                .isInstanceOf(FfmpegUnavailableException.class)
                .hasMessageContaining("/nonexistent/ffprobe")
                .hasMessageContaining("apt-get install -y libpulse0")
                .hasMessageContaining("FFMPEG_PATH");
    }

    @Test
    void startupFailureIsReportedWithoutTheStackTrace() {
        var failure = new BeanCreationException("ffmpegBinaries",
                new FfmpegUnavailableException("No working ffmpeg/ffprobe found"));

        var analysis = new FfmpegUnavailableFailureAnalyzer().analyze(failure);

        assertThat(analysis.getDescription()).isEqualTo("No working ffmpeg/ffprobe found");
        assertThat(analysis.getAction()).contains("libpulse0");
    }

    @Test
    void startupFailureAnalyzerIsRegistered() {
        // Boot's own analyzers need constructor arguments; only whether ours loads matters here
        var analyzers = SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class, null,
                SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> { }));

        assertThat(analyzers).hasAtLeastOneElementOfType(FfmpegUnavailableFailureAnalyzer.class);
    }

    @Test
    void timesOutARunawayProcess() {
        FfmpegBinaries binaries = TestVideos.binaries();

        assertThatThrownBy(() -> binaries.runFfmpeg(List.of("-v", "error", "-re", "-f", "lavfi", "-i",
                "testsrc2=size=320x240:rate=5", "-t", "60", "-f", "null", "-"), Duration.ofMillis(500)))
                .isInstanceOf(MediaTimeoutException.class);
    }
}
