package vn.thidua.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.ActivationLinks;
import vn.thidua.platform.security.PasswordChange;
import vn.thidua.platform.security.PasswordPolicy;
import vn.thidua.platform.security.SignInStage;
import vn.thidua.platform.security.SignInSteps;
import vn.thidua.platform.security.SignedInUser;
import vn.thidua.platform.security.SingleSignOn;
import vn.thidua.platform.security.TwoFactor;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.platform.security.UserSessions;
import vn.thidua.platform.validation.FormErrors;
import vn.thidua.platform.validation.InvalidInputException;

/**
 * The pages of signing in and of one's own account: login (with single sign-on when configured),
 * the second factor, activation by link, a forced or chosen new password, enrolment of the
 * authenticator app, and the sessions one holds.
 */
@Controller
record SignInPages(
        AuditLog audit,
        ActivationLinks links,
        PasswordChange passwords,
        TwoFactor twoFactor,
        SignInSteps steps,
        UserSessions sessions,
        UserAccounts accounts,
        ObjectProvider<SingleSignOn> singleSignOn) {

    private static final String OFFER = "thidua.totp.offer";

    @GetMapping("/login")
    String login(Model model) {
        SingleSignOn sso = singleSignOn.getIfAvailable();
        model.addAttribute("ssoLabel", sso == null ? null : sso.buttonLabel());
        return "login";
    }

    @GetMapping("/login/totp")
    String totpForm() {
        return "account/totp";
    }

    @PostMapping("/login/totp")
    String totp(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        SignedInUser person = UserAccounts.principal().orElseThrow();
        if (!accounts.mayContinue(person.user().id())) {
            return "redirect:" + steps.refuse(request, response);
        }
        if (twoFactor.verify(person.user().id(), code, request.getRemoteAddr())) {
            return "redirect:" + steps.stepDone(true, request, response);
        }
        if (!accounts.mayContinue(person.user().id())) {
            return "redirect:" + steps.refuse(request, response);
        }
        model.addAttribute("wrong", true);
        return "account/totp";
    }

    @GetMapping("/activate/{token}")
    String activateForm(@PathVariable String token, Model model) {
        model.addAttribute("holder", links.holder(token).orElse(null));
        model.addAttribute("token", token);
        model.addAttribute("form", new PasswordChange.Form(null, null, null));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "account/activate";
    }

    @PostMapping("/activate/{token}")
    String activate(
            @PathVariable String token,
            @ModelAttribute("form") PasswordChange.Form form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            var holder = links.setPassword(token, form.password(), form.confirmation());
            redirect.addAttribute("activated", holder.username());
            return "redirect:/login";
        } catch (InvalidInputException e) {
            FormErrors.bind(e, result);
            model.addAttribute("holder", links.holder(token).orElse(null));
            model.addAttribute("token", token);
            model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
            return "account/activate";
        }
    }

    @GetMapping("/account")
    String account(HttpSession session, Model model) {
        SignedInUser person = UserAccounts.principal().orElseThrow();
        model.addAttribute("person", person.user());
        model.addAttribute("sessions", sessions.of(person.user().username(), session.getId()));
        model.addAttribute("twoFactor", twoFactor.enrolled(person.user().id()));
        model.addAttribute(
                "recoveryCodesLeft", twoFactor.recoveryCodesLeft(person.user().id()));
        return "account/mine";
    }

    @PostMapping("/account/sessions/end-others")
    String endOtherSessions(HttpSession session, RedirectAttributes redirect) {
        SignedInUser person = UserAccounts.principal().orElseThrow();
        int ended = sessions.endOthers(person.user().username(), session.getId());
        audit.recordAlone(AuditEvent.by(
                person.user(),
                AuditAction.SESSIONS_ENDED,
                person.user().authorityId(),
                "tài khoản " + person.user().username(),
                "tự đăng xuất " + ended + " phiên khác"));
        redirect.addFlashAttribute("saved", "Đã đăng xuất " + ended + " phiên khác.");
        return "redirect:/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordChange.Form(null, null, null));
        return passwordPage(model);
    }

    @PostMapping("/account/password")
    String changePassword(
            @ModelAttribute("form") PasswordChange.Form form,
            BindingResult result,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        SignedInUser person = UserAccounts.principal().orElseThrow();
        try {
            passwords.change(person, form);
        } catch (InvalidInputException e) {
            FormErrors.bind(e, result);
            return passwordPage(model);
        }
        sessions.endOthers(person.user().username(), session.getId());
        redirect.addFlashAttribute("saved", "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được đăng xuất.");
        if (person.stage() == SignInStage.PASSWORD_CHANGE) {
            return "redirect:" + steps.stepDone(false, request, response);
        }
        return "redirect:/account";
    }

    private String passwordPage(Model model) {
        SignedInUser person = UserAccounts.principal().orElseThrow();
        model.addAttribute("forced", person.stage() == SignInStage.PASSWORD_CHANGE);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "account/password";
    }

    @GetMapping("/account/two-factor")
    String twoFactorForm(HttpSession session, Model model) {
        SignedInUser person = UserAccounts.principal().orElseThrow();
        if (twoFactor.enrolled(person.user().id())) {
            model.addAttribute("enrolled", true);
            return "account/two-factor";
        }
        TwoFactor.Offer offer = twoFactor.offer(person.user());
        session.setAttribute(OFFER, offer.secret());
        model.addAttribute("offer", offer);
        model.addAttribute("required", person.stage() == SignInStage.TOTP_ENROL);
        return "account/two-factor";
    }

    @PostMapping("/account/two-factor")
    String enrol(
            @RequestParam(defaultValue = "") String code,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        SignedInUser person = UserAccounts.principal().orElseThrow();
        String secret = (String) session.getAttribute(OFFER);
        if (secret == null) {
            return "redirect:/account/two-factor";
        }
        var codes = twoFactor.enrol(person.user().id(), secret, code);
        if (codes.isEmpty()) {
            model.addAttribute("offer", twoFactor.offerOf(person.user(), secret));
            model.addAttribute("required", person.stage() == SignInStage.TOTP_ENROL);
            model.addAttribute("wrong", true);
            return "account/two-factor";
        }
        session.removeAttribute(OFFER);
        // the app now holds the secret and the person just gave a code of it
        model.addAttribute("next", steps.stepDone(true, request, response));
        model.addAttribute("codes", codes.get());
        // signed in from now on: the page shows the menu of a signed-in person
        model.addAttribute("currentUser", UserAccounts.current().orElse(null));
        model.addAttribute("menu", UserAccounts.current().map(Menu::of).orElse(null));
        return "account/recovery-codes";
    }
}
