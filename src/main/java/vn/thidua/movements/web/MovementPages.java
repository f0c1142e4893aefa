package vn.thidua.movements.web;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.movements.MovementRequest;
import vn.thidua.movements.MovementService;
import vn.thidua.movements.MovementView;
import vn.thidua.movements.domain.LauncherLevel;
import vn.thidua.movements.domain.MovementKind;
import vn.thidua.movements.domain.MovementScope;
import vn.thidua.movements.domain.MovementStatus;
import vn.thidua.org.AuthorityService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.FormWrite;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Saved;
import vn.thidua.platform.validation.Violation;

/**
 * Phong trào thi đua: the year's movements of an authority; its board records one, edits it, launches it with its
 * document and closes it with its results; the others read. A refused form comes back as typed with each message
 * beside its field.
 */
@Controller
record MovementPages(MovementService movements, AuthorityService authorities, Messages messages, Clock clock) {

    @GetMapping("/movements")
    String list(
            CurrentUser user,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long authority,
            Model model) {
        int y = year == null ? Year.now(clock).getValue() : year;
        Long a = authority != null ? authority : movements.ownAuthority(user).orElse(null);
        if (a == null) {
            // the administrator chooses one
            a = authorities.all().stream().findFirst().map(v -> v.id()).orElse(0L);
        }
        model.addAttribute("year", y);
        model.addAttribute("authority", authorities.get(a));
        model.addAttribute("authorities", user.isAdmin() ? authorities.all() : List.of());
        model.addAttribute("movements", movements.ofYear(user, a, y));
        model.addAttribute("mayWrite", movements.mayWrite(user, a));
        return "movements/list";
    }

    @GetMapping("/movements/new")
    String blank(CurrentUser user, Model model) {
        return form(user, null, MovementRequest.blank(Year.now(clock).getValue()), model);
    }

    @PostMapping("/movements")
    String create(
            CurrentUser user,
            @ModelAttribute("movement") MovementRequest request,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormWrite.submit(
                result,
                () -> {
                    MovementView saved = movements.create(user, request);
                    return Saved.redirect(redirect, messages.get("movement.saved"), "/movements/" + saved.id());
                },
                () -> form(user, null, request, model));
    }

    @GetMapping("/movements/{id}")
    String show(CurrentUser user, @PathVariable long id, Model model) {
        MovementView m = movements.get(user, id);
        return form(user, m, MovementRequest.of(m), model);
    }

    @PostMapping("/movements/{id}")
    String update(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("movement") MovementRequest request,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        MovementView m = movements.get(user, id);
        return FormWrite.submit(
                result,
                Saved.after(
                        () -> movements.update(user, id, request),
                        redirect,
                        messages.get("movement.saved"),
                        "/movements/" + id),
                () -> form(user, m, request, model));
    }

    @PostMapping("/movements/{id}/launch")
    String launch(CurrentUser user, @PathVariable long id, @RequestParam Long version, RedirectAttributes redirect) {
        return step(id, redirect, () -> movements.launch(user, id, version), "movement.launched");
    }

    @PostMapping("/movements/{id}/close")
    String close(CurrentUser user, @PathVariable long id, @RequestParam Long version, RedirectAttributes redirect) {
        return step(id, redirect, () -> movements.close(user, id, version), "movement.closed");
    }

    private String step(long id, RedirectAttributes redirect, Runnable step, String done) {
        try {
            step.run();
            redirect.addFlashAttribute("saved", messages.get(done));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "stepErrors",
                    e.violations().stream().map(Violation::message).toList());
        } catch (Conflict e) {
            redirect.addFlashAttribute("stepErrors", List.of(e.getMessage()));
        }
        return "redirect:/movements/" + id;
    }

    private String form(CurrentUser user, MovementView existing, MovementRequest request, Model model) {
        long authority = existing != null
                ? existing.authorityId()
                : movements.ownAuthority(user).orElse(0L);
        boolean mayWrite = movements.mayWrite(user, authority);
        if (existing == null && !mayWrite) {
            throw new AccessDeniedException("only a board records movements");
        }
        model.addAttribute("existing", existing);
        model.addAttribute("movement", request);
        model.addAttribute("editable", mayWrite && (existing == null || existing.status() != MovementStatus.CLOSED));
        model.addAttribute("mayWrite", mayWrite);
        model.addAttribute("kinds", MovementKind.values());
        model.addAttribute("scopes", MovementScope.values());
        model.addAttribute("launchers", LauncherLevel.values());
        return "movements/form";
    }
}
