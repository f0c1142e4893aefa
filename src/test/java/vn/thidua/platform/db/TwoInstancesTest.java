package vn.thidua.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.rules.ParameterCommand;
import vn.thidua.rules.ParameterService;
import vn.thidua.rules.domain.Fraction;
import vn.thidua.support.ProductionInstance;
import vn.thidua.voting.VoteCommand;
import vn.thidua.voting.VoteElectorate;
import vn.thidua.voting.VoteMethod;
import vn.thidua.voting.VoteSubject;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.VotingService;

/**
 * Two instances on one PostgreSQL, started at the same moment: the demo data is loaded once; a
 * province's own vote rule added on one instance is the rule of the other's next vote.
 */
class TwoInstancesTest {

    private EmbeddedPostgres database;
    private ProductionInstance first;
    private ProductionInstance second;

    @Test
    void loadStartUpDataOnceAndShareARuleChangedOnEither() throws Exception {
        database = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
        String[] settings = {
            "--thidua.demo-data=true",
            "--thidua.admin.username=quantri.hai",
            "--thidua.admin.password=Mat-khau-quan-tri-2026"
        };
        CompletableFuture<ProductionInstance> a = CompletableFuture.supplyAsync(
                () -> ProductionInstance.start(database, ProductionInstance.freePort(), settings));
        CompletableFuture<ProductionInstance> b = CompletableFuture.supplyAsync(
                () -> ProductionInstance.start(database, ProductionInstance.freePort(), settings));
        first = a.join();
        second = b.join();

        JdbcClient sql = JdbcClient.create(database.getPostgresDatabase());
        assertThat(sql.sql("SELECT count(*) - count(DISTINCT name) FROM bloc")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(sql.sql("SELECT count(*) FROM authority WHERE name = 'Tỉnh Lạng Sơn'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        long users = sql.sql("SELECT count(*) FROM app_user").query(Long.class).single();
        assertThat(sql.sql("SELECT count(DISTINCT username) FROM app_user")
                        .query(Long.class)
                        .single())
                .isEqualTo(users);

        long langSon = sql.sql("SELECT id FROM authority WHERE name = 'Tỉnh Lạng Sơn'")
                .query(Long.class)
                .single();
        long yearId = sql.sql("""
                SELECT y.id FROM bloc_year y JOIN bloc b ON b.id = y.bloc_id
                 WHERE b.authority_id = :a AND y.year = 2022 ORDER BY y.id LIMIT 1""").param("a", langSon).query(Long.class).single();
        CurrentUser admin = new CurrentUser(
                sql.sql("SELECT id FROM app_user WHERE username = 'quantri.hai'")
                        .query(Long.class)
                        .single(),
                "quantri.hai",
                "Quản trị",
                Role.ADMIN,
                null,
                null,
                null);
        VotingService votesOnSecond = second.context().getBean(VotingService.class);
        // the counting committee of the secret ballot: a board account of the province and the officer of a member unit
        // (a production instance has no demo accounts: they are made here)
        long member = sql.sql("SELECT unit_id FROM bloc_member WHERE bloc_year_id = :y ORDER BY unit_id LIMIT 1")
                .param("y", yearId)
                .query(Long.class)
                .single();
        UserAccounts accounts = second.context().getBean(UserAccounts.class);
        accounts.create(new UserAccounts.NewUser(
                "ban.kiemphieu",
                "Mat-khau-kiem-phieu-2026",
                "Ban Thi đua – Khen thưởng",
                Role.BOARD,
                langSon,
                null,
                null));
        accounts.create(new UserAccounts.NewUser(
                "donvi.kiemphieu",
                "Mat-khau-kiem-phieu-2026",
                "Cán bộ đơn vị thành viên",
                Role.UNIT_OFFICER,
                null,
                member,
                null));
        List<String> trustees = List.of("ban.kiemphieu", "donvi.kiemphieu");

        VoteView before = votesOnSecond.create(admin, yearId, proposal(trustees));
        assertThat(before.rule().threshold()).isEqualTo(new Fraction(1, 2));
        assertThat(before.encrypted()).isTrue();
        assertThat(before.committee()).extracting(VoteView.Trustee::username).containsExactlyElementsOf(trustees);

        ParameterCommand ownRule = new ParameterCommand(
                "VOTE_BLOC_THRESHOLD",
                new BigDecimal("0.75"),
                true,
                null,
                "Quy chế mới: ba phần tư số thành viên",
                LocalDate.of(2022, 1, 1),
                null,
                langSon,
                "Quy chế tổ chức và hoạt động của các cụm thi đua tỉnh Lạng Sơn",
                null,
                null,
                null,
                null);
        first.context().getBean(ParameterService.class).addRegional(admin, ownRule);

        VoteView after = votesOnSecond.create(admin, yearId, proposal(trustees));
        assertThat(after.rule().threshold())
                .as("the rule added on the first instance")
                .isEqualTo(new Fraction(3, 4));
    }

    private static VoteCommand proposal(List<String> trustees) {
        return new VoteCommand(
                VoteSubject.BLOC_PROPOSAL,
                "Đề nghị tặng Cờ thi đua cho Sở Tài chính?",
                VoteMethod.SECRET_BALLOT,
                List.of("Đồng ý", "Không đồng ý"),
                null,
                1,
                VoteElectorate.MEMBER_UNITS,
                trustees);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {first, second, database}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }
}
