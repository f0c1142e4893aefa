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
import vn.thidua.org.OrgPermissions;
import vn.thidua.org.SuccessionCommand;
import vn.thidua.org.SuccessionKind;
import vn.thidua.org.UnitCommand;
import vn.thidua.org.UnitKind;
import vn.thidua.org.UnitService;
import vn.thidua.org.UnitView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.FormErrors;
import vn.thidua.platform.validation.FormWrite;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Saved;
import vn.thidua.platform.xlsx.XlsxTable;

@Controller
@RequestMapping("/units")
record UnitController(UnitService units, AuthorityService authorities, OrgPermissions permissions, Messages messages) {

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long authorityId,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("authorityId", authorityId);
        List<UnitView> found = units.search(q, authorityId);
        model.addAttribute("units", found);
        model.addAttribute("truncated", found.size() >= UnitService.SEARCH_LIMIT);
        model.addAttribute("authorities", authorities.all());
        return request.getHeader("HX-Request") != null ? "units/list :: results" : "units/list";
    }

    /** The list as shown (same search and filter), as an Excel sheet. */
    @GetMapping("/export.xlsx")
    void export(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long authorityId,
            HttpServletResponse response)
            throws IOException {
        XlsxTable.<UnitView>of(
                        "Đơn vị",
                        List.of(
                                XlsxTable.column("Tên đơn vị", 45, UnitView::name),
                                XlsxTable.column("Tên viết tắt", 15, UnitView::shortName),
                                XlsxTable.column("Loại", 18, u -> messages.get("unitKind." + u.kind())),
                                XlsxTable.column("Cơ quan", 35, UnitView::authorityName),
                                XlsxTable.column("Thư điện tử", 28, UnitView::email),
                                XlsxTable.column("Điện thoại", 16, UnitView::phone),
                                XlsxTable.column(
                                        "Tình trạng",
                                        16,
                                        u -> u.active() ? "Đang hoạt động" : "Ngừng từ " + u.endedOn())))
                .write(units.search(q, authorityId), response, "don-vi.xlsx");
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, @RequestParam(required = false) Long authorityId, Model model) {
        UnitCommand command = new UnitCommand(authorityId != null ? authorityId : user.authorityId(), null, null, null);
        return form(model, command, null);
    }

    @PostMapping
    String create(
            CurrentUser user,
            @ModelAttribute("unit") UnitCommand command,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormWrite.submit(
                result,
                () -> {
                    UnitView created = units.create(user, command);
                    return Saved.redirect(redirect, "Đã thêm đơn vị " + created.name() + ".", "/units/" + created.id());
                },
                () -> form(model, command, null));
    }

    @GetMapping("/{id}")
    String detail(CurrentUser user, @PathVariable long id, Model model) {
        UnitService.UnitHistory history = units.history(id);
        model.addAttribute("history", history);
        model.addAttribute("unit", history.unit());
        model.addAttribute("canEdit", permissions.canEditUnit(user, history.unit()));
        model.addAttribute(
                "readsAwards",
                permissions.canEditUnit(user, history.unit())
                        || permissions.readsAsSuccessor(user, history.unit().authorityId()));
        boolean canManage = permissions.canManage(user, history.unit().authorityId());
        model.addAttribute("canManage", canManage);
        if (canManage && !model.containsAttribute("succession")) {
            model.addAttribute("succession", new SuccessionCommand(null, null, null, null));
        }
        if (canManage) {
            model.addAttribute("successionKinds", SuccessionKind.values());
            model.addAttribute(
                    "successorCandidates",
                    units.activeUnits().stream()
                            .filter(u -> u.id() != id && permissions.canManage(user, u.authorityId()))
                            .toList());
        }
        return "units/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        UnitView unit = units.get(id);
        if (!permissions.canEditUnit(user, unit)) {
            throw new AccessDeniedException("may not edit unit " + id);
        }
        return form(model, UnitCommand.of(unit), unit);
    }

    @PostMapping("/{id}")
    String update(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("unit") UnitCommand command,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormWrite.submit(
                result,
                Saved.after(
                        () -> units.update(user, id, command), redirect, "Đã lưu thông tin đơn vị.", "/units/" + id),
                () -> form(model, command, units.get(id)));
    }

    @PostMapping("/{id}/successions")
    String recordSuccession(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("succession") SuccessionCommand command,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormWrite.submit(
                result,
                Saved.after(
                        () -> units.recordSuccession(user, id, command),
                        redirect,
                        "Đã ghi nhận việc kế thừa của đơn vị.",
                        "/units/" + id),
                () -> {
                    FormErrors.show(model, "succession", command);
                    return detail(user, id, model);
                });
    }

    private String form(Model model, UnitCommand command, UnitView existing) {
        FormErrors.show(model, "unit", command);
        model.addAttribute("existing", existing);
        model.addAttribute("authorities", authorities.all());
        model.addAttribute("kinds", UnitKind.values());
        return "units/form";
    }
}
