package vn.thidua.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.support.Accounts;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;

/**
 * Attempts are counted before a password is checked, so that requests sent together get no more tries than one after
 * another.
 */
@IntegrationTest
class SignInAttemptsIntegrationTest extends ApplicationTestBase {

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private long newAccount(String username) {
        return accounts.create(new UserAccounts.NewUser(
                username,
                Accounts.PASSWORD,
                "Người thử",
                Role.UNIT_OFFICER,
                null,
                jdbc.sql("SELECT id FROM unit ORDER BY id LIMIT 1")
                        .query(Long.class)
                        .single(),
                null));
    }

    @Test
    void anAccountHasNoMoreThanFiveAttemptsInFlight() {
        long id = newAccount("dangthu." + System.nanoTime());
        List<Integer> taken = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            accounts.takeAttempt(id).ifPresent(taken::add);
        }
        assertThat(taken).containsExactly(1, 2, 3, 4, 5);
        accounts.attemptFailed(id, 5, AuditAction.SIGN_IN_FAILED);
        assertThat(accounts.mayContinue(id)).isFalse();
    }

    @Test
    void fortyWrongPasswordsSentAtOnceAreCheckedNoMoreThanFiveAndLockTheAccount() throws Exception {
        String username = "dongloat." + System.nanoTime();
        long id = newAccount(username);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String guess = "doan-sai-" + i;
                guesses.add(() ->
                        Api.as(port, username, guess).get("/api/v1/authorities").status());
            }
            for (Future<Integer> answer : pool.invokeAll(guesses)) {
                assertThat(answer.get()).isEqualTo(401);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(accounts.mayContinue(id)).isFalse();
        assertThat(Api.as(port, username, Accounts.PASSWORD)
                        .get("/api/v1/authorities")
                        .status())
                .isEqualTo(401);
    }
}
