package vn.thidua.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.accounts.AccountChange;
import vn.thidua.accounts.AccountCommand;
import vn.thidua.accounts.AccountImport;
import vn.thidua.accounts.AccountService;
import vn.thidua.accounts.AccountView;
import vn.thidua.accounts.ServiceAccountCommand;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthorityView;
import vn.thidua.org.CouncilMemberView;
import vn.thidua.org.UnitService;
import vn.thidua.org.UnitView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Flash;
import vn.thidua.platform.validation.FormErrors;
import vn.thidua.platform.validation.FormWrite;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Saved;

/** The account pages of the administrator and of each board (its own authority's accounts only). */
@Controller
@RequestMapping("/accounts")
record AccountsController(
        AccountService accounts, AccountImport imports, AuthorityService authorities, UnitService units) {

    private static final String CONFLICT = "Tài khoản vừa được người khác thay đổi. Hãy tải lại trang.";

    @GetMapping
    String list(CurrentUser user, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("accounts", accounts.search(user, q, false));
        model.addAttribute("q", q);
        return "accounts/list";
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, Model model) {
        accounts.requireManager(user);
        model.addAttribute("account", new AccountCommand(null, null, null, null, null, null, null));
        return form(user, model);
    }

    @PostMapping
    String create(
            CurrentUser user, @ModelAttribute("account") AccountCommand command, BindingResult result, Model model) {
        return FormWrite.submit(
                result,
                () -> {
                    model.addAttribute("created", accounts.create(user, command));
                    return "accounts/created";
                },
                () -> {
                    FormErrors.show(model, "account", command);
                    return form(user, model);
                });
    }

    @GetMapping("/{id}")
    String detail(CurrentUser user, @PathVariable long id, Model model) {
        AccountView account = accounts.get(user, id);
        model.addAttribute("account", account);
        if (!model.containsAttribute("change")) {
            model.addAttribute("change", AccountChange.of(account));
        }
        model.addAttribute("self", account.id() == user.id());
        choices(user, model);
        return "accounts/detail";
    }

    @PostMapping("/{id}")
    String change(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("change") AccountChange change,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormWrite.submit(
                result,
                Saved.after(
                        () -> accounts.change(user, id, change),
                        redirect,
                        "Đã lưu thay đổi của tài khoản.",
                        "/accounts/" + id),
                () -> {
                    FormErrors.show(model, "change", change);
                    return detail(user, id, model);
                });
    }

    @PostMapping("/{id}/enabled")
    String enable(CurrentUser user, @PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        AccountChange change = AccountChange.enabled(enabled);
        Flash.run(
                redirect,
                enabled ? "Đã mở lại tài khoản." : "Đã khóa tài khoản; các phiên đăng nhập của tài khoản đã kết thúc.",
                CONFLICT,
                () -> accounts.change(user, id, change));
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        AccountChange change = AccountChange.unlocking();
        Flash.run(redirect, "Đã mở khóa đăng nhập.", CONFLICT, () -> accounts.change(user, id, change));
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/{id}/remove-two-factor")
    String removeTwoFactor(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        AccountChange change = AccountChange.removingTwoFactor();
        Flash.run(
                redirect,
                "Đã gỡ xác thực hai yếu tố; người dùng sẽ cài lại ở lần đăng nhập tới.",
                null,
                () -> accounts.change(user, id, change));
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/{id}/reset")
    String reset(CurrentUser user, @PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            model.addAttribute("created", accounts.reset(user, id));
            model.addAttribute("reset", true);
            return "accounts/created";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "errors", e.violations().stream().map(v -> v.message()).toList());
            return "redirect:/accounts/" + id;
        }
    }

    @GetMapping("/services")
    String services(CurrentUser user, Model model) {
        model.addAttribute("services", accounts.search(user, "", true));
        if (!model.containsAttribute("service")) {
            model.addAttribute("service", new ServiceAccountCommand(null, null, null, null));
        }
        choices(user, model);
        model.addAttribute("roles", List.of(Role.BOARD, Role.UNIT_OFFICER));
        return "accounts/services";
    }

    @PostMapping("/services")
    String createService(
            CurrentUser user,
            @ModelAttribute("service") ServiceAccountCommand command,
            BindingResult result,
            Model model) {
        if (!result.hasErrors()) {
            try {
                model.addAttribute("createdService", accounts.createService(user, command));
                model.addAttribute("service", new ServiceAccountCommand(null, null, null, null));
            } catch (InvalidInputException e) {
                FormErrors.bind(e, result);
            }
        } else {
            FormErrors.show(model, "service", command);
        }
        return services(user, model);
    }

    @PostMapping("/services/{id}/revoke")
    String revoke(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "Đã thu hồi tài khoản dịch vụ: mã truy cập của nó không còn dùng được.",
                null,
                () -> accounts.revokeService(user, id));
        return "redirect:/accounts/services";
    }

    @GetMapping("/import")
    String importForm(CurrentUser user, Model model) {
        accounts.requireManager(user);
        choices(user, model);
        return "accounts/import";
    }

    @GetMapping("/import/mau.xlsx")
    void importTemplate(HttpServletResponse response) throws IOException {
        imports.writeTemplate(response);
    }

    @PostMapping("/import")
    String importList(
            CurrentUser user,
            @RequestParam(required = false) Long authorityId,
            @RequestParam(required = false) MultipartFile file,
            Model model)
            throws IOException {
        choices(user, model);
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", List.of("Hãy chọn tệp Excel (.xlsx) danh sách cán bộ."));
            return "accounts/import";
        }
        long authority = authorityId != null ? authorityId : user.authorityId() == null ? -1 : user.authorityId();
        try {
            model.addAttribute("report", imports.importOfficers(user, authority, file.getBytes()));
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "errors", e.violations().stream().map(v -> v.message()).toList());
        }
        return "accounts/import";
    }

    private String form(CurrentUser user, Model model) {
        choices(user, model);
        return "accounts/form";
    }

    /** What the manager may choose: roles below its own, the authorities, units and council members of its scope. */
    private void choices(CurrentUser user, Model model) {
        List<AuthorityView> scope = user.isAdmin() ? authorities.all() : List.of(authorities.get(user.authorityId()));
        List<Long> ids = scope.stream().map(AuthorityView::id).toList();
        List<UnitView> unitChoices = units.activeUnits().stream()
                .filter(u -> ids.contains(u.authorityId()))
                .toList();
        List<CouncilMemberView> members = new ArrayList<>();
        scope.forEach(a -> members.addAll(authorities.councilMembers(a.id())));
        model.addAttribute(
                "roles",
                Arrays.stream(Role.values())
                        .filter(r -> user.isAdmin() || r != Role.ADMIN)
                        .toList());
        model.addAttribute("authorityChoices", scope);
        model.addAttribute("unitChoices", unitChoices);
        model.addAttribute("memberChoices", members);
    }
}
