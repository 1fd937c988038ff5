package co.anb.showcase.auth;

import co.anb.showcase.shared.ApiException;
import co.anb.showcase.system.ApiRoleOnly;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** All of one person's data: the account, then each module's section, read in one snapshot. */
@Service
@ApiRoleOnly
class PersonalDataExport {

    private final UserAccounts accounts;
    private final List<PersonalDataSection> sections;

    PersonalDataExport(UserAccounts accounts, List<PersonalDataSection> sections) {
        this.accounts = accounts;
        this.sections = sections;
    }

    @Transactional(readOnly = true)
    Map<String, Object> of(UUID userId) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exported_at", Instant.now());
        export.put("account", accounts.export(userId).orElseThrow(() ->
                new ApiException(HttpStatus.NOT_FOUND, "account_not_found", "La cuenta no existe.")));
        sections.forEach(section -> export.put(section.name(), section.dataOf(userId)));
        return export;
    }
}
