package vn.thidua.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.support.IntegrationTest;

/** With an external database the first administrator comes from configuration, never from a default. */
@IntegrationTest
class FirstAdminIntegrationTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private int users() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Integer.class).single();
    }

    @Test
    void createsNoOneWhenUsersAlreadyExistOrNothingIsConfigured() {
        int before = users();
        new FirstAdmin(accounts, policy, "quantri", "mat-khau-rat-dai-2026").run(new DefaultApplicationArguments());
        new FirstAdmin(accounts, policy, "", "").run(new DefaultApplicationArguments());
        assertThat(users()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = 'quantri'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SecurityMode mode;

    @Autowired
    PasswordPolicy policy;

    @Test
    void refusesAWeakPasswordOnAnEmptyDatabaseAsForAnyone() {
        assertThatThrownBy(() -> new FirstAdmin(emptyDatabase(passwordEncoder), policy, "quantri", "aaaaaaaaaaaa")
                        .run(new DefaultApplicationArguments()))
                .hasMessageContaining("password.common");
        assertThatThrownBy(() -> new FirstAdmin(emptyDatabase(passwordEncoder), policy, "quantri", "quantri-2026-abc")
                        .run(new DefaultApplicationArguments()))
                .hasMessageContaining("password.containsUsername");
    }

    @Autowired
    AuditLog audit;

    @Test
    void createsTheConfiguredAdministratorOnAnEmptyDatabase() {
        new FirstAdmin(emptyDatabase(passwordEncoder), policy, "quantri.dautien", "mat-khau-rat-dai-2026")
                .run(new DefaultApplicationArguments());
        var admin = accounts.credential("quantri.dautien").orElseThrow();
        assertThat(admin.user().role()).isEqualTo(Role.ADMIN);
        assertThat(admin.passwordHash()).startsWith("$2");
        assertThat(passwordEncoder.matches("mat-khau-rat-dai-2026", admin.passwordHash()))
                .isTrue();
        // the password sat in the operator's configuration: the person chooses its own at first sign-in
        assertThat(admin.mustChangePassword()).isTrue();
    }

    @Test
    void refusesAShortPasswordOnAnEmptyDatabase() {
        assertThatThrownBy(() -> new FirstAdmin(emptyDatabase(passwordEncoder), policy, "quantri", "ngan")
                        .run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("12");
    }

    /** The accounts of this database, seen as if nobody had been created yet. */
    private UserAccounts emptyDatabase(PasswordEncoder encoder) {
        return new UserAccounts(jdbc, encoder, mode, Clock.systemUTC(), audit) {
            @Override
            public boolean anyExists() {
                return false;
            }
        };
    }
}
