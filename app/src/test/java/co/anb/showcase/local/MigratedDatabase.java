package co.anb.showcase.local;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shared {@link LocalStack}'s PostgreSQL with every migration applied, for module tests that need real SQL but no
 * application context: they build the module's classes on {@link #jdbc()} themselves and start in milliseconds. The
 * migrations are the app's own ({@code spring.flyway.locations}), so a context started later in the same run finds
 * the schema up to date.
 */
public final class MigratedDatabase {

    private static JdbcClient jdbc;

    private MigratedDatabase() {
    }

    public static synchronized JdbcClient jdbc() {
        if (jdbc == null) {
            Map<String, String> stack = LocalStack.shared().properties();
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(stack.get("spring.datasource.url"));
            config.setUsername(stack.get("spring.datasource.username"));
            config.setPassword(stack.get("spring.datasource.password"));
            config.setMaximumPoolSize(4);
            config.setPoolName("module-tests");
            HikariDataSource dataSource = new HikariDataSource(config);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            jdbc = JdbcClient.create(dataSource);
        }
        return jdbc;
    }
}
