package vn.thidua.org.web;

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
import vn.thidua.org.AuthorityView;
import vn.thidua.org.BlocService;
import vn.thidua.org.CouncilMemberCommand;
import vn.thidua.org.OrgPermissions;
import vn.thidua.org.UnitService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.FormErrors;

@Controller
@RequestMapping("/authorities")
class AuthorityController {

    private final AuthorityService authorities;
    private final UnitService units;
    private final BlocService blocs;
    private final OrgPermissions permissions;

    AuthorityController(AuthorityService authorities, UnitService units, BlocService blocs,
            OrgPermissions permissions) {
        this.authorities = authorities;
        this.units = units;
        this.blocs = blocs;
        this.permissions = permissions;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        model.addAttribute("authorities", authorities.all());
        model.addAttribute("canCreate", permissions.canCreateAuthority(user));
        return "authorities/list";
    }

    @GetMapping("/{id}")
    String detail(CurrentUser user, @PathVariable long id, Model model) {
        AuthorityView authority = authorities.get(id);
        model.addAttribute("authority", authority);
        model.addAttribute("units", units.search("", id));
        model.addAttribute("blocs", blocs.search(user, "", id));
        model.addAttribute("councilMembers", authorities.councilMembers(id));
        model.addAttribute("canManage", permissions.canManage(user, id));
        if (!model.containsAttribute("councilMember")) {
            model.addAttribute("councilMember", new CouncilMemberCommand());
        }
        return "authorities/detail";
    }

    @PostMapping("/{id}/council-members")
    String addCouncilMember(CurrentUser user, @PathVariable long id,
            @ModelAttribute("councilMember") CouncilMemberCommand command, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return detail(user, id, model);
        }
        try {
            authorities.addCouncilMember(user, id, command);
            redirect.addFlashAttribute("saved", "Đã thêm thành viên Hội đồng " + command.getFullName().trim() + ".");
            return "redirect:/authorities/" + id;
        } catch (InvalidInputException e) {
            FormErrors.bind(e, result);
            return detail(user, id, model);
        }
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, Model model) {
        if (!permissions.canCreateAuthority(user)) {
            throw new org.springframework.security.access.AccessDeniedException("only an administrator");
        }
        model.addAttribute("authority", new AuthorityCommand());
        model.addAttribute("kinds", AuthorityKind.values());
        return "authorities/form";
    }

    @PostMapping
    String create(CurrentUser user, @ModelAttribute("authority") AuthorityCommand command, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("kinds", AuthorityKind.values());
            return "authorities/form";
        }
        try {
            AuthorityView created = authorities.create(user, command);
            redirect.addFlashAttribute("saved", "Đã thêm " + created.name() + ".");
            return "redirect:/authorities/" + created.id();
        } catch (InvalidInputException e) {
            FormErrors.bind(e, result);
            model.addAttribute("kinds", AuthorityKind.values());
            return "authorities/form";
        }
    }
}
