package vn.thidua.org.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthorityView;
import vn.thidua.org.BlocCommand;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocView;
import vn.thidua.org.BlocYearCommand;
import vn.thidua.org.BlocYearView;
import vn.thidua.org.OrgPermissions;
import vn.thidua.org.domain.BlocKind;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.FormErrors;
import vn.thidua.platform.validation.FormWrite;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Saved;
import vn.thidua.platform.xlsx.XlsxTable;

@Controller
@RequestMapping("/blocs")
record BlocController(BlocService blocs, AuthorityService authorities, OrgPermissions permissions, Messages messages) {

    @GetMapping
    String list(
            CurrentUser user,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long authorityId,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("authorityId", authorityId);
        model.addAttribute("blocs", blocs.search(user, q, authorityId));
        model.addAttribute("authorities", authorities.all());
        return request.getHeader("HX-Request") != null ? "blocs/list :: results" : "blocs/list";
    }

    /** The list as shown (same search and filter), as an Excel sheet. */
    @GetMapping("/export.xlsx")
    void export(
            CurrentUser user,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long authorityId,
            HttpServletResponse response)
            throws IOException {
        XlsxTable.<BlocView>of(
                        "Khối thi đua",
                        List.of(
                                XlsxTable.column("Tên khối", 50, BlocView::name),
                                XlsxTable.column("Loại", 18, b -> messages.get("blocKind." + b.kind())),
                                XlsxTable.column("Cơ quan quản lý", 35, BlocView::authorityName),
                                XlsxTable.column("Năm gần nhất", 12, BlocView::latestYear),
                                XlsxTable.column("Đơn vị trưởng năm đó", 35, BlocView::latestLeaderName)))
                .write(blocs.search(user, q, authorityId), response, "khoi-thi-dua.xlsx");
    }

    @GetMapping("/{id}")
    String detail(CurrentUser user, @PathVariable long id, Model model) {
        BlocView bloc = blocs.get(user, id);
        model.addAttribute("bloc", bloc);
        model.addAttribute("years", blocs.years(user, id));
        model.addAttribute("canManage", permissions.canManage(user, bloc.authorityId()));
        return "blocs/detail";
    }

    /** The workspace of one year of the bloc (linked from pages that know the year but not its id). */
    @GetMapping("/{id}/years/{year}/cycle")
    String cycle(CurrentUser user, @PathVariable long id, @PathVariable int year) {
        return "redirect:/bloc-years/" + blocs.year(user, id, year).id();
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, @RequestParam(required = false) Long authorityId, Model model) {
        BlocCommand command = new BlocCommand(authorityId != null ? authorityId : user.authorityId(), null, null, null);
        return form(user, model, command, null);
    }

    @PostMapping
    String create(
            CurrentUser user,
            @ModelAttribute("bloc") BlocCommand command,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormWrite.submit(
                result,
                () -> {
                    BlocView created = blocs.create(user, command);
                    return Saved.redirect(
                            redirect,
                            "Đã thêm " + created.name() + ". Hãy thêm năm thi đua đầu tiên.",
                            "/blocs/" + created.id());
                },
                () -> form(user, model, command, null));
    }

    @GetMapping("/{id}/edit")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        BlocView bloc = blocs.get(id);
        requireManage(user, bloc);
        return form(user, model, BlocCommand.of(bloc), bloc);
    }

    @PostMapping("/{id}")
    String update(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("bloc") BlocCommand command,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormWrite.submit(
                result,
                Saved.after(() -> blocs.update(user, id, command), redirect, "Đã lưu thông tin khối.", "/blocs/" + id),
                () -> form(user, model, command, blocs.get(id)));
    }

    @GetMapping("/{id}/years/new")
    String newYearForm(CurrentUser user, @PathVariable long id, Model model) {
        BlocView bloc = blocs.get(id);
        requireManage(user, bloc);
        return yearForm(model, bloc, blocs.proposeNextYear(id), null);
    }

    @PostMapping("/{id}/years")
    String createYear(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("year") BlocYearCommand command,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormWrite.submit(
                result,
                () -> {
                    BlocYearView created = blocs.createYear(user, id, command);
                    return Saved.redirect(
                            redirect,
                            "Đã thêm năm thi đua " + created.year() + ".",
                            "/blocs/" + id + "#nam-" + created.year());
                },
                () -> yearForm(model, blocs.get(id), command, null));
    }

    @GetMapping("/{id}/years/{year}/edit")
    String editYearForm(CurrentUser user, @PathVariable long id, @PathVariable int year, Model model) {
        BlocView bloc = blocs.get(id);
        requireManage(user, bloc);
        BlocYearView existing = blocs.year(user, id, year);
        return yearForm(model, bloc, BlocYearCommand.of(existing), existing);
    }

    @PostMapping("/{id}/years/{year}")
    String updateYear(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable int year,
            @ModelAttribute("year") BlocYearCommand command,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormWrite.submit(
                result,
                Saved.after(
                        () -> blocs.updateYear(user, id, year, command),
                        redirect,
                        "Đã lưu năm thi đua " + year + ".",
                        "/blocs/" + id + "#nam-" + year),
                () -> yearForm(model, blocs.get(id), command, blocs.year(user, id, year)));
    }

    private void requireManage(CurrentUser user, BlocView bloc) {
        if (!permissions.canManage(user, bloc.authorityId())) {
            throw new AccessDeniedException("not the board of " + bloc.authorityId());
        }
    }

    private String form(CurrentUser user, Model model, BlocCommand command, BlocView existing) {
        List<AuthorityView> manageable = authorities.all().stream()
                .filter(a -> permissions.canManage(user, a.id()))
                .toList();
        FormErrors.show(model, "bloc", command);
        model.addAttribute("existing", existing);
        model.addAttribute("authorities", manageable);
        model.addAttribute("kinds", BlocKind.values());
        return "blocs/form";
    }

    private String yearForm(Model model, BlocView bloc, BlocYearCommand command, BlocYearView existing) {
        model.addAttribute("bloc", bloc);
        FormErrors.show(model, "year", command);
        model.addAttribute("existing", existing);
        model.addAttribute("candidates", blocs.candidateMembers(bloc.id()));
        model.addAttribute("councilMembers", blocs.candidateCouncilMembers(bloc.id()));
        return "blocs/year-form";
    }
}
