package co.anb.showcase.media;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param ffmpegPath          an {@code ffmpeg} to use instead of the bundled one (FFMPEG_PATH); empty = look it up
 * @param ffprobePath         an {@code ffprobe} to use instead of the bundled one (FFPROBE_PATH); empty = look it up
 * @param startupCheckTimeout how long {@code -version} may take when the binaries are checked at startup
 * @param probeTimeout        how long one ffprobe run may take before it is killed
 */
@ConfigurationProperties(prefix = "anb.ffmpeg")
@Validated
record FfmpegProperties(
        String ffmpegPath,
        String ffprobePath,
        @NotNull @DefaultValue("15s") Duration startupCheckTimeout,
        @NotNull @DefaultValue("30s") Duration probeTimeout) {
}
