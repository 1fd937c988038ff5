package co.anb.showcase.auth;

import co.anb.showcase.shared.ApiException;
import co.anb.showcase.shared.PageRequest;
import co.anb.showcase.shared.ProblemCodes;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Accounts as staff look them up: by e-mail or name for the moderation console, by id to label a video's owner. */
@Component
public class AccountDirectory {

    static final int MAX_QUERY = 200;
    private static final String COLUMNS = """
            id, first_name, last_name, email, city, role, email_verified_at IS NOT NULL AS email_verified,
            suspended_at IS NOT NULL AS suspended, suspended_reason""";
    private static final String MATCHES = """
            WHERE :pattern = '%' OR lower(email) LIKE :pattern ESCAPE '\\'
               OR lower(first_name || ' ' || last_name) LIKE :pattern ESCAPE '\\'""";

    private final JdbcClient jdbc;

    AccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Accounts whose e-mail or full name contains {@code query} (any case), newest first; all when blank. */
    public Page search(String query, PageRequest page) {
        String pattern = pattern(query);
        List<Account> items = jdbc.sql("SELECT " + COLUMNS + " FROM users " + MATCHES
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("pattern", pattern)
                .param("limit", page.limit())
                .param("offset", page.offset())
                .query(Account.class)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM users " + MATCHES).param("pattern", pattern)
                .query(Long.class).single();
        return new Page(items, total);
    }

    /** The accounts with these ids (unknown ids are left out). */
    public Map<UUID, Account> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id IN (:ids)")
                .param("ids", ids)
                .query(Account.class)
                .list().stream()
                .collect(Collectors.toMap(Account::id, Function.identity()));
    }

    /** A LIKE pattern for "contains", with the user's own % and _ taken literally. */
    private static String pattern(String query) {
        String text = query == null ? "" : query.trim().toLowerCase(java.util.Locale.ROOT);
        if (text.length() > MAX_QUERY) {
            throw ApiException.badRequest(ProblemCodes.INVALID_PARAMETER,
                    "El parámetro 'q' admite máximo " + MAX_QUERY + " caracteres.");
        }
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public record Account(UUID id, String firstName, String lastName, String email, String city, String role,
                          boolean emailVerified, boolean suspended, String suspendedReason) {
    }

    public record Page(List<Account> items, long total) {
    }
}
