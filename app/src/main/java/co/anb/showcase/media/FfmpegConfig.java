package co.anb.showcase.media;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Finds the FFmpeg tools once, at startup, and confines them, so a host that cannot run them (or cannot limit them)
 * fails fast instead of on first upload.
 */
@Configuration(proxyBeanMethods = false)
class FfmpegConfig {

    @Bean
    FfmpegBinaries ffmpegBinaries(FfmpegProperties properties) {
        return FfmpegBinaries.locate(properties.ffmpegPath(), properties.ffprobePath(),
                properties.startupCheckTimeout())
                .confined(properties.ffmpegLimits(), properties.ffprobeLimits(), properties.startupCheckTimeout());
    }

    @Bean
    MediaProbe mediaProbe(FfmpegBinaries binaries, FfmpegProperties properties) {
        return new MediaProbe(binaries, properties.probeTimeout(), properties.probeSize(),
                properties.analyzeDuration());
    }
}
