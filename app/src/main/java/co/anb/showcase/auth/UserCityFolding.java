package co.anb.showcase.auth;

import co.anb.showcase.shared.CityCatalogue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 25: rewrites the cities accounts already hold to the canonical names signup stores from now on, so
 * "Bogota", "bogotá" and "Bogotá D.C." stop ranking as three cities. It is Java rather than SQL because the folding
 * rules (accents, spacing, "D.C.", the name a shared municipality name means, aliases) live in one place,
 * {@link CityCatalogue}, and a SQL copy would drift from them. It works on any existing data: it reads each distinct
 * value once and only rewrites values that fold to a known municipality; unknown cities stay as typed. Spring Boot
 * hands every {@link JavaMigration} bean to Flyway.
 */
@Component
class UserCityFolding implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("25");
    }

    @Override
    public String getDescription() {
        return "auth fold user cities";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        fold(context.getConnection());
    }

    /** @return how many accounts changed city */
    static int fold(Connection connection) throws SQLException {
        List<String> cities = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT city FROM users WHERE city IS NOT NULL");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                cities.add(rows.getString(1));
            }
        }
        int changed = 0;
        try (PreparedStatement update = connection.prepareStatement("UPDATE users SET city = ? WHERE city = ?")) {
            for (String city : cities) {
                String canonical = CityCatalogue.canonical(city);
                if (!canonical.equals(city)) {
                    update.setString(1, canonical);
                    update.setString(2, city);
                    changed += update.executeUpdate();
                }
            }
        }
        return changed;
    }
}
