package vn.thidua.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEntry;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.audit.AuditQuery;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.xlsx.XlsxTable;

/** The audit log for the administrator (all of it) and each board (its authority's rows): page, Excel, API. */
@Controller
record AuditPages(AuditLog audit, Messages messages) {

    static final int PAGE_ROWS = 500;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @GetMapping("/audit")
    String page(
            CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(required = false) AuditAction action,
            Model model) {
        AuditQuery query = new AuditQuery(from, to, actor, action);
        List<AuditEntry> rows = audit.search(query, audit.scopeOf(user), PAGE_ROWS + 1);
        model.addAttribute("rows", rows.size() > PAGE_ROWS ? rows.subList(0, PAGE_ROWS) : rows);
        model.addAttribute("truncated", rows.size() > PAGE_ROWS);
        model.addAttribute("query", query);
        model.addAttribute("actions", AuditAction.values());
        return "audit";
    }

    @GetMapping("/audit/export.xlsx")
    void export(
            CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(required = false) AuditAction action,
            HttpServletResponse response)
            throws IOException {
        Long scope = audit.scopeOf(user);
        AuditQuery query = new AuditQuery(from, to, actor, action);
        XlsxTable.<AuditEntry>of(
                        "Nhật ký",
                        List.of(
                                XlsxTable.column("Số", 10, AuditEntry::id),
                                XlsxTable.column("Thời điểm", 20, e -> WHEN.format(e.at())),
                                XlsxTable.column("Sự kiện", 32, e -> messages.get("audit.action." + e.action())),
                                XlsxTable.column("Người thực hiện", 24, AuditEntry::actorName),
                                XlsxTable.column("Đối tượng", 30, AuditEntry::subject),
                                XlsxTable.column("Chi tiết", 60, AuditEntry::detail),
                                XlsxTable.column("Địa chỉ", 16, AuditEntry::address),
                                XlsxTable.column("Hash", 66, AuditEntry::hash)))
                .write(row -> audit.forEach(query, scope, row), response, "nhat-ky-kiem-toan.xlsx");
    }
}
