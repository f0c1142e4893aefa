package vn.thidua.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a database without users, creates the administrator named by THIDUA_ADMIN_USERNAME and
 * THIDUA_ADMIN_PASSWORD. There is no default password: without them nobody can sign in.
 */
@Component
@Order(10)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccounts accounts;
    private final String username;
    private final String password;
    private final PasswordPolicy policy;

    FirstAdmin(
            UserAccounts accounts,
            PasswordPolicy policy,
            @Value("${thidua.admin.username:}") String username,
            @Value("${thidua.admin.password:}") String password) {
        this.accounts = accounts;
        this.policy = policy;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank() || accounts.anyExists()) {
            return;
        }
        var problems = policy.problems(username, password);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("THIDUA_ADMIN_PASSWORD refused " + problems + ": it must have at least "
                    + PasswordPolicy.MIN_LENGTH + " characters, not contain the username and not be a common password");
        }
        // the password sat in a configuration file: the person chooses its own at first sign-in
        accounts.create(
                new UserAccounts.NewUser(username, password, "Quản trị hệ thống", Role.ADMIN, null, null, null, true));
        log.info("First administrator '{}' created", username);
    }
}
