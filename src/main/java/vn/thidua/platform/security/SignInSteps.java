package vn.thidua.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditLog;

/**
 * The way from a first proof (password, single sign-on) to the application: the page of each
 * remaining {@link SignInStage}, and the move to the next one once a step is done. Each move
 * rereads the account and gives the session a new id.
 */
@Component
public class SignInSteps implements AuthenticationSuccessHandler {

    private final UserAccounts accounts;
    private final SecurityMode mode;
    private final AuditLog audit;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SavedRequestAwareAuthenticationSuccessHandler toSavedRequest =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SignInSteps(UserAccounts accounts, SecurityMode mode, AuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.mode = mode;
        toSavedRequest.setDefaultTargetUrl("/");
    }

    static String pageOf(SignInStage stage) {
        return switch (stage) {
            case TOTP -> "/login/totp";
            case PASSWORD_CHANGE -> "/account/password";
            case TOTP_ENROL -> "/account/two-factor";
            case SIGNED_IN -> "/";
        };
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof SignedInUser user && user.stage() != SignInStage.SIGNED_IN) {
            response.sendRedirect(request.getContextPath() + pageOf(user.stage()));
            return;
        }
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            signedIn(user);
        }
        toSavedRequest.onAuthenticationSuccess(request, response, authentication);
    }

    /** Starts the steps for a person the identity provider vouched for (no password, so no forced change). */
    void signInBySingleSignOn(UserAccounts.Credential account, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        SignInStage stage = SignInStage.of(
                account.totpEnrolled(),
                false,
                false,
                mode.twoFactorRequired(account.user().role()));
        SignedInUser principal = new SignedInUser(account.user(), stage, false, SignedInUser.Method.SINGLE_SIGN_ON);
        Authentication authentication = replace(principal, request, response);
        onAuthenticationSuccess(request, response, authentication);
    }

    /**
     * After a step of the current person (second factor given, password changed, second factor
     * enrolled): rereads its account, puts it at its next stage and answers that stage's page.
     */
    public String stepDone(boolean totpGiven, HttpServletRequest request, HttpServletResponse response) {
        SignedInUser current = UserAccounts.principal().orElseThrow();
        if (!accounts.mayContinue(current.user().id())) {
            return refuse(request, response);
        }
        UserAccounts.Credential account =
                accounts.credential(current.user().id()).orElseThrow();
        boolean totpPassed = current.totpPassed() || totpGiven;
        boolean mustChange = account.mustChangePassword() && current.method() == SignedInUser.Method.PASSWORD;
        SignInStage stage = SignInStage.of(
                account.totpEnrolled(),
                totpPassed,
                mustChange,
                mode.twoFactorRequired(account.user().role()));
        SignedInUser next = new SignedInUser(account.user(), stage, totpPassed, current.method());
        replace(next, request, response);
        request.changeSessionId();
        if (stage == SignInStage.SIGNED_IN) {
            signedIn(next);
        }
        return pageOf(stage);
    }

    private void signedIn(SignedInUser user) {
        accounts.credential(user.user().id())
                .ifPresent(account -> audit.recordAlone(accounts.event(
                        AuditAction.SIGN_IN,
                        account,
                        switch (user.method()) {
                            case SINGLE_SIGN_ON ->
                                "đăng nhập một lần (OpenID Connect)" + (user.totpPassed() ? " + mã xác thực" : "");
                            default -> "mật khẩu" + (user.totpPassed() ? " + mã xác thực" : "");
                        })));
    }

    /** Ends the half-done sign-in of an account locked or disabled meanwhile; answers the login page. */
    public String refuse(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler().logout(request, response, null);
        return "/login?error";
    }

    private Authentication replace(SignedInUser principal, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = principal.authentication();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return authentication;
    }
}
