package vn.thidua.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEntry;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.audit.AuditQuery;
import vn.thidua.platform.security.CurrentUser;

@RestController
@Tag(
        name = "Nhật ký kiểm toán",
        description = "Sự kiện an ninh và thao tác quản trị (quản trị: tất cả; Ban TĐKT: của cơ quan mình)")
record AuditApi(AuditLog audit) {

    @GetMapping("/api/v1/audit")
    @Operation(
            summary =
                    "Nhật ký kiểm toán, mới nhất trước, tối đa 500 dòng: from, to (yyyy-mm-dd, tính cả ngày to), actor (tên đăng nhập), action")
    List<AuditEntry> search(
            CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(required = false) AuditAction action) {
        return audit.search(new AuditQuery(from, to, actor, action), audit.scopeOf(user), AuditPages.PAGE_ROWS);
    }
}
