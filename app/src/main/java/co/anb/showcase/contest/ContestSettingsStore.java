package co.anb.showcase.contest;

import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The single settings row: made at the first start with the profile's default, then only staff change it. */
@Repository
@EnableConfigurationProperties(ContestProperties.class)
class ContestSettingsStore implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final ContestProperties properties;

    ContestSettingsStore(JdbcClient jdbc, ContestProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        jdbc.sql("""
                        INSERT INTO contest_settings (verified_voters_only) VALUES (:verifiedOnly)
                        ON CONFLICT (id) DO NOTHING""")
                .param("verifiedOnly", properties.verifiedVotersOnly())
                .update();
    }

    ContestSettings read() {
        return jdbc.sql("""
                        SELECT verified_voters_only, voting_opens_at, voting_closes_at FROM contest_settings""")
                .query(ContestSettings.class)
                .optional()
                // a node that serves before any node finished starting: the profile's default, no window
                .orElseGet(() -> new ContestSettings(properties.verifiedVotersOnly(), null, null));
    }

    void write(ContestSettings settings, UUID staffId) {
        jdbc.sql("""
                        INSERT INTO contest_settings AS c (verified_voters_only, voting_opens_at, voting_closes_at,
                                                           updated_by)
                        VALUES (:verifiedOnly, :opensAt, :closesAt, :staffId)
                        ON CONFLICT (id) DO UPDATE SET verified_voters_only = :verifiedOnly,
                            voting_opens_at = :opensAt, voting_closes_at = :closesAt,
                            updated_at = now(), updated_by = :staffId""")
                .param("verifiedOnly", settings.verifiedVotersOnly())
                .param("opensAt", settings.votingOpensAt() == null ? null
                        : java.sql.Timestamp.from(settings.votingOpensAt()))
                .param("closesAt", settings.votingClosesAt() == null ? null
                        : java.sql.Timestamp.from(settings.votingClosesAt()))
                .param("staffId", staffId)
                .update();
    }
}
