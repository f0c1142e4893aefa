package vn.thidua.statistics.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.org.AuthorityService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.statistics.StatisticsService;
import vn.thidua.statistics.domain.Headings;
import vn.thidua.statistics.domain.StatForm;

/**
 * Thống kê: the year's statistical forms of an authority as tables, each count a link to the records behind it, and the
 * workbook to send (the board's own authority; the administrator chooses one).
 */
@Controller
record StatisticsPages(StatisticsService statistics, AuthorityService authorities, Checks checks, Clock clock) {

    /** A form as the page draws it: its place in the report, headings as spans, whether it has a unit column. */
    record FormView(
            int index,
            StatForm.Filled<?> filled,
            List<List<Headings.Span>> headings,
            List<Headings.Span> codes,
            int depth,
            boolean unitColumn) {}

    @GetMapping("/statistics")
    String page(
            CurrentUser user,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long authority,
            Model model) {
        int y = year == null ? Year.now(clock).getValue() : year;
        long a = authority(user, authority);
        StatisticsService.Report report = statistics.report(user, a, y);
        List<FormView> forms = new ArrayList<>();
        for (int i = 0; i < report.forms().size(); i++) {
            StatForm.Filled<?> f = report.forms().get(i);
            forms.add(new FormView(
                    i,
                    f,
                    Headings.of(f.form()),
                    Headings.codes(f.form()),
                    Headings.depth(f.form()),
                    f.form().unitOfMeasure() == null));
        }
        model.addAttribute("report", report);
        model.addAttribute("forms", forms);
        model.addAttribute("authorities", user.isAdmin() ? authorities.all() : List.of());
        return "statistics/statistics";
    }

    @GetMapping("/statistics/cell")
    String cell(
            CurrentUser user,
            @RequestParam int year,
            @RequestParam long authority,
            @RequestParam int form,
            @RequestParam int row,
            @RequestParam int col,
            Model model) {
        model.addAttribute("cell", statistics.cell(user, authority, year, form, row, col));
        model.addAttribute("form", form);
        return "statistics/cell";
    }

    @GetMapping("/statistics/{year}.xlsx")
    void download(
            CurrentUser user,
            @PathVariable int year,
            @RequestParam(required = false) Long authority,
            HttpServletResponse response)
            throws IOException {
        StatisticsApi.send(statistics, user, authority(user, authority), year, response);
    }

    private long authority(CurrentUser user, Long authority) {
        if (authority != null) {
            return authority;
        }
        if (user.authorityId() != null) {
            return user.authorityId();
        }
        return authorities.all().stream()
                .findFirst()
                .map(v -> v.id())
                .orElseThrow(() -> checks.notFound("statistics.cell.notFound"));
    }
}
