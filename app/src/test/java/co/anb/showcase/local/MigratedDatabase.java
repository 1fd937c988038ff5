package co.anb.showcase.local;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ClassUtils;

/**
 * The shared {@link LocalStack}'s PostgreSQL with every migration applied, for module tests that need real SQL but no
 * application context: they build the module's classes on {@link #jdbc()} themselves and start in milliseconds. The
 * migrations are the app's own ({@code spring.flyway.locations}), so a context started later in the same run finds
 * the schema up to date. Java migrations are Spring beans in the app (Spring Boot hands them to Flyway), so they are
 * found here by scanning the app's packages for them.
 */
public final class MigratedDatabase {

    private static JdbcClient jdbc;
    private static HikariDataSource dataSource;

    private MigratedDatabase() {
    }

    /** The pool behind {@link #jdbc()}, for tests that run transactions or need a connection of their own. */
    public static synchronized DataSource dataSource() {
        jdbc();
        return dataSource;
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
            dataSource = new HikariDataSource(config);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .javaMigrations(javaMigrations()).load().migrate();
            jdbc = JdbcClient.create(dataSource);
        }
        return jdbc;
    }

    private static JavaMigration[] javaMigrations() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(JavaMigration.class));
        return scanner.findCandidateComponents("co.anb.showcase").stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
                .map(type -> (JavaMigration) BeanUtils.instantiateClass(type))
                .toArray(JavaMigration[]::new);
    }
}
