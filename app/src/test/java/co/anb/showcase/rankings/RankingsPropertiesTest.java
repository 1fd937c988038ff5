package co.anb.showcase.rankings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The cache lifetime is bounded by the contract: a new vote must show up within 30 s. */
class RankingsPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Test
    void defaultsToTenSeconds() {
        context.run(started -> assertThat(started.getBean(RankingsProperties.class).cacheTtl())
                .isEqualTo(Duration.ofSeconds(10)));
    }

    @Test
    void acceptsUpToThirtySeconds() {
        context.withPropertyValues("anb.rankings.cache-ttl=30s")
                .run(started -> assertThat(started).hasNotFailed());
    }

    @Test
    void refusesToStartWithALongerOrNegativeTtl() {
        context.withPropertyValues("anb.rankings.cache-ttl=31s")
                .run(started -> assertThat(started).hasFailed());
        context.withPropertyValues("anb.rankings.cache-ttl=-1s")
                .run(started -> assertThat(started).hasFailed());
        context.withPropertyValues("anb.rankings.cache-max-entries=0")
                .run(started -> assertThat(started).hasFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RankingsProperties.class)
    static class Settings {
    }
}
