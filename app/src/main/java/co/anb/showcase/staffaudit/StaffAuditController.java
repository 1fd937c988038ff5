package co.anb.showcase.staffaudit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Staff")
class StaffAuditController {

    private static final int LATEST = 200;

    private final StaffAudit audit;

    StaffAuditController(StaffAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/api/staff/audit-log")
    @Operation(summary = "Las últimas 200 acciones del staff: quién, qué, cuándo y por qué")
    List<StaffAudit.Entry> latest() {
        return audit.latest(LATEST);
    }
}
