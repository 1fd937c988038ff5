package co.anb.showcase.media;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where the FFmpeg tools are and how far they may go on one file (docs/processing.md, "Confinement"). The defaults
 * leave a real upload about ten times its measured need: ffprobe reads a 1080p upload in 29 MB and 0.07 s of CPU,
 * a render peaks at about 230 MB and a minute of CPU.
 *
 * @param ffmpegPath          an {@code ffmpeg} to use instead of the bundled one (FFMPEG_PATH); empty = look it up
 * @param ffprobePath         an {@code ffprobe} to use instead of the bundled one (FFPROBE_PATH); empty = look it up
 * @param startupCheckTimeout how long {@code -version} may take when the binaries are checked at startup
 * @param probeTimeout        how long one ffprobe run may take (wall clock) before it is killed
 * @param probeSize           how many bytes ffprobe may read to find the streams ({@code -probesize})
 * @param analyzeDuration     how much of the media ffprobe may decode to find the streams ({@code -analyzeduration})
 * @param ffprobeMemory       memory ceiling of one ffprobe (RLIMIT_DATA)
 * @param ffprobeCpuTime      CPU-time ceiling of one ffprobe
 * @param ffprobeOutput       largest output one ffprobe may write (its report and its errors)
 * @param ffmpegMemory        memory ceiling of one ffmpeg render
 * @param ffmpegCpuTime       CPU-time ceiling of one ffmpeg render (its wall-clock limit is
 *                            {@code anb.worker.ffmpeg-timeout})
 * @param ffmpegOutput        largest file one ffmpeg may write (the rendered video)
 */
@ConfigurationProperties(prefix = "anb.ffmpeg")
@Validated
record FfmpegProperties(
        String ffmpegPath,
        String ffprobePath,
        @NotNull @DefaultValue("15s") Duration startupCheckTimeout,
        @NotNull @DefaultValue("30s") Duration probeTimeout,
        @NotNull @DefaultValue("5MB") DataSize probeSize,
        @NotNull @DefaultValue("5s") Duration analyzeDuration,
        @NotNull @DefaultValue("256MB") DataSize ffprobeMemory,
        @NotNull @DefaultValue("10s") Duration ffprobeCpuTime,
        @NotNull @DefaultValue("16MB") DataSize ffprobeOutput,
        @NotNull @DefaultValue("2GB") DataSize ffmpegMemory,
        @NotNull @DefaultValue("15m") Duration ffmpegCpuTime,
        @NotNull @DefaultValue("1GB") DataSize ffmpegOutput) {

    ProcessLimits ffprobeLimits() {
        return new ProcessLimits(ffprobeMemory, ffprobeCpuTime, ffprobeOutput);
    }

    ProcessLimits ffmpegLimits() {
        return new ProcessLimits(ffmpegMemory, ffmpegCpuTime, ffmpegOutput);
    }
}
