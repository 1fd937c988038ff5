package co.anb.showcase.auth;

import co.anb.showcase.system.ApiRoleOnly;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bucket4j's PostgreSQL backend: each attempt reads its bucket row {@code FOR UPDATE}, takes a token and writes it
 * back in one transaction, so concurrent attempts on any node queue on the row and exactly the budget gets through.
 */
@Configuration(proxyBeanMethods = false)
@ApiRoleOnly
class ThrottleConfig {

    @Bean
    PostgreSQLSelectForUpdateBasedProxyManager<String> throttleBuckets(DataSource dataSource) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("throttle_buckets")
                // a row expires when its bucket is full again: deleting it then changes nothing
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }
}
