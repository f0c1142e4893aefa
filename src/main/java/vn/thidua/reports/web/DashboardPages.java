package vn.thidua.reports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.OrgPermissions;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.xlsx.XlsxTable;
import vn.thidua.reports.DashboardService;
import vn.thidua.reports.DashboardView;
import vn.thidua.rules.AwardCount;

/** The board's dashboard for an authority and a year, with its table as Excel. */
@Controller
@RequestMapping("/dashboard")
record DashboardPages(DashboardService dashboards, AuthorityService authorities, OrgPermissions permissions) {

    @GetMapping
    String dashboard(
            CurrentUser user,
            @RequestParam(required = false) Long authorityId,
            @RequestParam(required = false) Integer year,
            Model model) {
        long authority = authority(user, authorityId);
        DashboardView view = dashboards.dashboard(user, authority, year);
        model.addAttribute("view", view);
        model.addAttribute(
                "authorities",
                authorities.all().stream()
                        .filter(a -> permissions.canManage(user, a.id()))
                        .toList());
        List<AwardCount> thisYear = view.awardsByYear().stream()
                .filter(a -> a.year() == view.year())
                .toList();
        model.addAttribute(
                "byYear",
                Bars.of(
                        "Số khen thưởng theo năm",
                        Bars.count(view.awardsByYear(), a -> String.valueOf(a.year()), AwardCount::count)));
        model.addAttribute(
                "byAward",
                Bars.of(
                        "Theo danh hiệu, hình thức năm " + view.year(),
                        Bars.count(thisYear, AwardCount::label, AwardCount::count)));
        model.addAttribute(
                "byBloc",
                Bars.of(
                        "Theo khối, cụm năm " + view.year(),
                        Bars.count(
                                view.awardsByBloc().stream()
                                        .filter(a -> a.year() == view.year())
                                        .toList(),
                                AwardCount::blocName,
                                AwardCount::count)));
        return "reports/dashboard";
    }

    @GetMapping("/export.xlsx")
    void export(
            CurrentUser user,
            @RequestParam(required = false) Long authorityId,
            @RequestParam(required = false) Integer year,
            HttpServletResponse response)
            throws IOException {
        DashboardView view = dashboards.dashboard(user, authority(user, authorityId), year);
        XlsxTable.<DashboardView.BlocRow>of(
                        "Tiến độ " + view.year(),
                        List.of(
                                XlsxTable.column("Khối, cụm thi đua", 45, DashboardView.BlocRow::blocName),
                                XlsxTable.column(
                                        "Đơn vị trưởng",
                                        35,
                                        r -> r.leader() == null
                                                ? null
                                                : r.leader().name()),
                                XlsxTable.column("Số thành viên", 12, DashboardView.BlocRow::members),
                                XlsxTable.column("Đã phát động", 12, r -> r.launched() ? "Có" : "Chưa"),
                                XlsxTable.column("Đã ký giao ước", 14, DashboardView.BlocRow::signed),
                                XlsxTable.column("Đã nộp tự chấm", 14, DashboardView.BlocRow::selfScored),
                                XlsxTable.column("Đã có kết quả kiểm tra chéo", 16, DashboardView.BlocRow::inspected),
                                XlsxTable.column("Ý kiến chờ trả lời", 14, DashboardView.BlocRow::openObjections),
                                XlsxTable.column("Giai đoạn chấm điểm", 30, DashboardView.BlocRow::stage),
                                XlsxTable.column(
                                        "Đơn vị chậm",
                                        60,
                                        r -> String.join(
                                                ", ",
                                                r.late().stream()
                                                        .map(UnitRef::name)
                                                        .toList()))))
                .write(view.blocs(), response, "tien-do-" + view.year() + ".xlsx");
    }

    /** The one asked for, else the user's own, else (an administrator) the first it manages. */
    private long authority(CurrentUser user, Long requested) {
        if (requested != null) {
            return requested;
        }
        if (user.authorityId() != null) {
            return user.authorityId();
        }
        return authorities.all().stream()
                .filter(a -> permissions.canManage(user, a.id()))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("no authority to show"))
                .id();
    }
}
