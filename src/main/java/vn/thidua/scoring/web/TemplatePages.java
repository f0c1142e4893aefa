package vn.thidua.scoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthorityView;
import vn.thidua.org.OrgPermissions;
import vn.thidua.platform.files.Downloads;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.text.Numbers;
import vn.thidua.platform.validation.Flash;
import vn.thidua.platform.validation.FormWrite;
import vn.thidua.platform.validation.Saved;
import vn.thidua.platform.validation.Violation;
import vn.thidua.platform.xlsx.XlsxTable;
import vn.thidua.scoring.TemplateCommand;
import vn.thidua.scoring.TemplateService;
import vn.thidua.scoring.TemplateView;
import vn.thidua.scoring.domain.CriterionKind;
import vn.thidua.scoring.domain.ScoreRules;
import vn.thidua.scoring.domain.TieBreak;

/** The boards' scoring tables: list, edit a draft row by row or by Excel, publish, start a new version. */
@Controller
@RequestMapping("/scoring-templates")
record TemplatePages(TemplateService templates, AuthorityService authorities, OrgPermissions permissions, Clock clock) {

    private static final int SPARE_ROWS = 5;
    private static final String STALE = "Bảng tiêu chí vừa được người khác sửa. Tải lại trang để xem bản mới.";

    /** Points typed as Vietnamese officers do ("7,5") or with a dot; blank means none. */
    @InitBinder
    void decimals(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text == null || text.isBlank()) {
                    setValue(null);
                    return;
                }
                BigDecimal value = ScoreRules.parse(text);
                if (value == null) {
                    throw new IllegalArgumentException("not a number: " + text);
                }
                setValue(value);
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : Numbers.text((BigDecimal) getValue());
            }
        });
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) Long authorityId, Model model) {
        Long filter = authorityId != null ? authorityId : user.authorityId();
        model.addAttribute("authorityId", filter);
        model.addAttribute("authorities", authorities.all());
        model.addAttribute("templates", templates.list(user, filter));
        model.addAttribute("canCreate", manageable(user).size() > 0);
        return "scoring/templates";
    }

    @GetMapping("/export.xlsx")
    void exportList(CurrentUser user, @RequestParam(required = false) Long authorityId, HttpServletResponse response)
            throws IOException {
        XlsxTable.<TemplateView>of(
                        "Bảng tiêu chí",
                        List.of(
                                XlsxTable.column("Năm", 8, TemplateView::year),
                                XlsxTable.column("Tên bảng", 60, TemplateView::name),
                                XlsxTable.column("Cơ quan", 30, TemplateView::authorityName),
                                XlsxTable.column("Phiên bản", 10, TemplateView::versionNo),
                                XlsxTable.column("Trạng thái", 14, t -> t.published() ? "Đã ban hành" : "Bản nháp")))
                .write(
                        templates.list(user, authorityId != null ? authorityId : user.authorityId()),
                        response,
                        "bang-tieu-chi.xlsx");
    }

    @GetMapping("/new")
    String createForm(
            CurrentUser user,
            @RequestParam(required = false) Long authorityId,
            @RequestParam(required = false) Integer year,
            Model model) {
        TemplateCommand command = new TemplateCommand();
        command.setAuthorityId(authorityId != null ? authorityId : user.authorityId());
        command.setYear(year != null ? year : Year.now(clock).getValue());
        command.setTieBreaks(List.of(TieBreak.FEWER_PENALTY_POINTS, TieBreak.MORE_CRITERIA_AT_MAX));
        return form(user, model, command, null);
    }

    @PostMapping
    String create(
            CurrentUser user,
            @ModelAttribute("template") TemplateCommand command,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        addOtherProblems(command, result);
        return FormWrite.submit(
                result,
                () -> {
                    TemplateView created = templates.create(user, command);
                    return Saved.redirect(
                            redirect,
                            "Đã lưu bản nháp bảng tiêu chí. Kiểm tra lại rồi ban hành.",
                            "/scoring-templates/" + created.id());
                },
                () -> form(user, model, command, null));
    }

    @GetMapping("/{id}")
    String detail(CurrentUser user, @PathVariable long id, Model model) {
        TemplateView template = templates.get(user, id);
        return form(user, model, TemplateCommand.of(template), template);
    }

    @PostMapping("/{id}")
    String update(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("template") TemplateCommand command,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        TemplateView current = templates.get(user, id);
        command.setAuthorityId(current.authorityId());
        command.setYear(current.year());
        addOtherProblems(command, result);
        return FormWrite.submit(
                result,
                STALE,
                Saved.after(
                        () -> templates.update(user, id, command),
                        redirect,
                        "Đã lưu bảng tiêu chí.",
                        "/scoring-templates/" + id),
                () -> form(user, model, command, templates.get(user, id)));
    }

    @PostMapping("/{id}/publish")
    String publish(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return act(
                redirect,
                id,
                "Đã ban hành. Các khối của năm này chọn được bảng tiêu chí.",
                () -> templates.publish(user, id));
    }

    @PostMapping("/{id}/versions")
    String newVersion(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        TemplateView created = templates.newVersion(user, id);
        return Saved.redirect(
                redirect,
                "Đã tạo phiên bản " + created.versionNo() + " (bản nháp) từ phiên bản trước.",
                "/scoring-templates/" + created.id());
    }

    @GetMapping("/{id}.xlsx")
    ResponseEntity<byte[]> export(CurrentUser user, @PathVariable long id) {
        templates.get(user, id);
        return Downloads.xlsx(templates.export(id), "bang-tieu-chi-" + id + ".xlsx");
    }

    @PostMapping("/{id}/import")
    String importCriteria(
            CurrentUser user, @PathVariable long id, @RequestParam MultipartFile file, RedirectAttributes redirect) {
        return act(
                redirect,
                id,
                "Đã nhập các tiêu chí từ tệp Excel.",
                () -> templates.importCriteria(user, id, file.getInputStream()));
    }

    /** With a number that could not be read, the officer still sees every other problem of the form at once. */
    private void addOtherProblems(TemplateCommand command, BindingResult result) {
        if (!result.hasErrors()) {
            return;
        }
        for (Violation v : templates.problems(command)) {
            if (!result.hasFieldErrors(v.field())) {
                result.rejectValue(v.field(), "invalid", v.message());
            }
        }
    }

    private String act(RedirectAttributes redirect, long id, String success, Flash.Write write) {
        Flash.run(redirect, success, STALE, write);
        return "redirect:/scoring-templates/" + id;
    }

    private List<AuthorityView> manageable(CurrentUser user) {
        return authorities.all().stream()
                .filter(a -> permissions.canManage(user, a.id()))
                .toList();
    }

    private String form(CurrentUser user, Model model, TemplateCommand command, TemplateView existing) {
        boolean canEdit = existing == null
                ? command.getAuthorityId() == null || permissions.canManage(user, command.getAuthorityId())
                : !existing.published() && templates.canManage(user, existing);
        if (existing == null && manageable(user).isEmpty()) {
            throw new AccessDeniedException("no authority to manage");
        }
        if (canEdit) {
            for (int i = 0; i < SPARE_ROWS; i++) {
                command.getCriteria().add(new TemplateCommand.CriterionLine());
            }
            while (command.getBands().size() < 5) {
                command.getBands().add(new TemplateCommand.BandLine());
            }
        }
        model.addAttribute("template", command);
        model.addAttribute("existing", existing);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("canManage", existing != null && templates.canManage(user, existing));
        model.addAttribute("authorities", manageable(user));
        model.addAttribute("kinds", CriterionKind.values());
        model.addAttribute("allTieBreaks", TieBreak.values());
        return "scoring/template";
    }
}
