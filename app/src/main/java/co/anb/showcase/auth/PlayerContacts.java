package co.anb.showcase.auth;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Players' e-mail addresses for staff tasks that must contact them (the tournament roster). The address is personal
 * data: no view exports it, so a module that needs it asks here, by id, for the players it already has.
 */
@Service
public class PlayerContacts {

    private final JdbcClient jdbc;

    PlayerContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The e-mail of each of these users that exists; unknown ids are left out. */
    public Map<UUID, String> emailsOf(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT id, email FROM users WHERE id IN (:ids)")
                .param("ids", java.util.List.copyOf(userIds))
                .query((rs, rowNum) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("email")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
