package vn.thidua.platform.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.validation.Checks;

/** A person changes its own password: the current one first (unless it just typed it to reach a forced change). */
@Service
public class PasswordChange {

    private final UserAccounts accounts;
    private final PasswordPolicy policy;
    private final Checks checks;
    private final AuditLog audit;

    PasswordChange(UserAccounts accounts, PasswordPolicy policy, Checks checks, AuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.policy = policy;
        this.checks = checks;
    }

    /** The current password (not asked on a forced change), the new one and its confirmation. */
    public record Form(String current, String password, String confirmation) {}

    @Transactional
    public void change(SignedInUser person, Form form) {
        Checks.Collector check = checks.none();
        boolean forced = person.stage() == SignInStage.PASSWORD_CHANGE;
        if (!forced && !accounts.passwordMatches(person.user().id(), form.current())) {
            check.reject("current", "password.currentWrong");
        }
        policy.problems(person.user().username(), form.password())
                .forEach(code -> check.reject("password", code, PasswordPolicy.MIN_LENGTH));
        if (!check.hasErrorOn("password")
                && form.password() != null
                && accounts.passwordMatches(person.user().id(), form.password())) {
            check.reject("password", "password.sameAsBefore");
        }
        if (!check.hasErrorOn("password") && !form.password().equals(form.confirmation())) {
            check.reject("confirmation", "password.confirmation");
        }
        check.throwIfInvalid();
        accounts.setPassword(person.user().id(), form.password());
        accounts.credential(person.user().id())
                .ifPresent(account -> audit.record(accounts.event(
                        AuditAction.PASSWORD_CHANGED,
                        account,
                        forced ? "mật khẩu do người khác đặt, đổi ở lần đăng nhập đầu" : "tự đổi mật khẩu")));
    }
}
