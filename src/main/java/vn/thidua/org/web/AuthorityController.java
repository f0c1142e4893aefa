package vn.thidua.org.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.org.AuthorityCommand;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthoritySuccessionCommand;
import vn.thidua.org.AuthoritySuccessionKind;
import vn.thidua.org.AuthoritySuccessions;
import vn.thidua.org.AuthorityView;
import vn.thidua.org.BlocService;
import vn.thidua.org.CouncilMemberCommand;
import vn.thidua.org.OrgPermissions;
import vn.thidua.org.UnitService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.FormErrors;
import vn.thidua.platform.validation.FormWrite;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Saved;
import vn.thidua.platform.xlsx.XlsxTable;

@Controller
@RequestMapping("/authorities")
record AuthorityController(
        AuthorityService authorities,
        AuthoritySuccessions successions,
        UnitService units,
        BlocService blocs,
        OrgPermissions permissions,
        Messages messages,
        Clock clock) {

    @GetMapping
    String list(CurrentUser user, Model model) {
        model.addAttribute("authorities", authorities.all());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canCreate", permissions.canCreateAuthority(user));
        return "authorities/list";
    }

    @GetMapping("/export.xlsx")
    void export(HttpServletResponse response) throws IOException {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        XlsxTable.<AuthorityView>of(
                        "Cơ quan",
                        List.of(
                                XlsxTable.column("Tên cơ quan", 40, AuthorityView::name),
                                XlsxTable.column("Mã", 16, AuthorityView::code),
                                XlsxTable.column("Loại", 18, a -> messages.get("authorityKind." + a.kind())),
                                XlsxTable.column("Hợp nhất vào", 30, AuthorityView::successorName),
                                XlsxTable.column(
                                        "Từ ngày", 12, a -> a.mergedOn() == null ? null : day.format(a.mergedOn()))))
                .write(authorities.all(), response, "co-quan.xlsx");
    }

    @GetMapping("/{id}")
    String detail(CurrentUser user, @PathVariable long id, Model model) {
        AuthorityView authority = authorities.get(id);
        model.addAttribute("authority", authority);
        model.addAttribute("today", LocalDate.now(clock));
        boolean canRecord = !authority.merged() && permissions.canManage(user, id);
        model.addAttribute("canRecordSuccession", canRecord);
        if (canRecord) {
            if (!model.containsAttribute("succession")) {
                model.addAttribute("succession", new AuthoritySuccessionCommand(null, null, null, null, null));
            }
            boolean mayMerge = permissions.canCreateAuthority(user);
            model.addAttribute(
                    "successionKinds",
                    mayMerge
                            ? AuthoritySuccessionKind.values()
                            : new AuthoritySuccessionKind[] {AuthoritySuccessionKind.RENAMED});
            model.addAttribute(
                    "successorCandidates",
                    mayMerge
                            ? authorities.all().stream()
                                    .filter(a -> a.id() != id && !a.merged())
                                    .toList()
                            : List.of());
        }
        model.addAttribute("units", units.search("", id));
        model.addAttribute("blocs", blocs.search(user, "", id));
        model.addAttribute("councilMembers", authorities.councilMembers(id));
        model.addAttribute("canManage", permissions.canManage(user, id));
        if (!model.containsAttribute("councilMember")) {
            model.addAttribute("councilMember", new CouncilMemberCommand(null, null));
        }
        return "authorities/detail";
    }

    @PostMapping("/{id}/council-members")
    String addCouncilMember(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("councilMember") CouncilMemberCommand command,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormWrite.submit(
                result,
                () -> {
                    authorities.addCouncilMember(user, id, command);
                    return Saved.redirect(
                            redirect,
                            "Đã thêm thành viên Hội đồng " + command.fullName().trim() + ".",
                            "/authorities/" + id);
                },
                () -> detailAgain(user, id, model, "councilMember", command));
    }

    @PostMapping("/{id}/successions")
    String recordSuccession(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("succession") AuthoritySuccessionCommand command,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormWrite.submit(
                result,
                () -> {
                    AuthorityView after = successions.record(user, id, command);
                    return Saved.redirect(
                            redirect,
                            messages.get(
                                    "authority.succession.saved." + command.kind(),
                                    after.nameOn(command.effectiveOn().minusDays(1)),
                                    after.merged() ? after.successorName() : after.name()),
                            "/authorities/" + id);
                },
                () -> detailAgain(user, id, model, "succession", command));
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, Model model) {
        if (!permissions.canCreateAuthority(user)) {
            throw new AccessDeniedException("only an administrator");
        }
        model.addAttribute("authority", new AuthorityCommand(null, null, null));
        model.addAttribute("kinds", AuthorityKind.values());
        return "authorities/form";
    }

    @PostMapping
    String create(
            CurrentUser user,
            @ModelAttribute("authority") AuthorityCommand command,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormWrite.submit(
                result,
                () -> {
                    AuthorityView created = authorities.create(user, command);
                    return Saved.redirect(redirect, "Đã thêm " + created.name() + ".", "/authorities/" + created.id());
                },
                () -> {
                    FormErrors.show(model, "authority", command);
                    model.addAttribute("kinds", AuthorityKind.values());
                    return "authorities/form";
                });
    }

    /** The authority's page again with a refused form of it (council member, succession) as typed. */
    private String detailAgain(CurrentUser user, long id, Model model, String form, Object command) {
        FormErrors.show(model, form, command);
        return detail(user, id, model);
    }
}
