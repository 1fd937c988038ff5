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
import org.springframework.util.unit.DataSize;

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

    @Test
    void confinedToolsRunUnderPrlimit() {
        FfmpegBinaries confined = TestVideos.confinedBinaries();

        assertThat(confined.runFfprobe(List.of("-version"), TIMEOUT).stdout()).startsWith("ffprobe version");
        assertThat(confined.toString()).isEqualTo(TestVideos.binaries().toString());
    }

    @Test
    void aRunPastItsCpuTimeIsStoppedByTheKernel() {
        FfmpegBinaries oneCpuSecond = TestVideos.binaries().confined(
                new ProcessLimits(DataSize.ofGigabytes(1), Duration.ofSeconds(1), DataSize.ofMegabytes(10)),
                new ProcessLimits(DataSize.ofMegabytes(256), Duration.ofSeconds(1), DataSize.ofMegabytes(10)),
                TIMEOUT);
        long started = System.nanoTime();

        // an endless encode to nowhere: only the CPU limit ends it, long before the wall-clock timeout
        ProcessOutput output = oneCpuSecond.runFfmpeg(List.of("-v", "error", "-f", "lavfi", "-i",
                "testsrc2=size=1280x720:rate=30", "-c:v", "libx264", "-preset", "ultrafast", "-f", "null", "-"),
                TIMEOUT);

        assertThat(output.succeeded()).isFalse();
        assertThat(output.limitReached()).contains("tiempo de CPU");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void outputPastItsCeilingStopsTheToolAndOnlyABoundedPartIsReadBack() {
        FfmpegBinaries smallOutput = TestVideos.binaries().confined(
                new ProcessLimits(DataSize.ofGigabytes(1), Duration.ofSeconds(30), DataSize.ofKilobytes(8)),
                new ProcessLimits(DataSize.ofMegabytes(256), Duration.ofSeconds(30), DataSize.ofKilobytes(8)),
                TIMEOUT);

        // the full report of a clip's every frame is megabytes long
        ProcessOutput output = smallOutput.runFfprobe(List.of("-v", "error", "-show_frames", "-print_format", "json",
                "file:" + TestVideos.landscape1080p21s()), TIMEOUT);

        assertThat(output.limitReached()).contains("tamaño de salida");
        assertThat(output.stdout().length()).isLessThanOrEqualTo(8 * 1024);
    }

    @Test
    void aCeilingTooLowToStartTheToolsFailsAtStartupWithTheFix() {
        ProcessLimits tiny = new ProcessLimits(DataSize.ofKilobytes(64), Duration.ofSeconds(5),
                DataSize.ofMegabytes(1));

        assertThatThrownBy(() -> TestVideos.binaries().confined(tiny, tiny, TIMEOUT))
                .isInstanceOf(FfmpegUnavailableException.class)
                .hasMessageContaining("prlimit");
    }
}
