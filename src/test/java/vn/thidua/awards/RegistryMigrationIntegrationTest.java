package vn.thidua.awards;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.support.IntegrationTest;

/**
 * V14 on a registry that already holds the same award twice (a sheet imported twice before): the
 * copies go, the first row stays, history rows without a decision are left alone, and the unique index
 * is in place. Run on a database of its own on the test server (made by its superuser), migrated to V12 first.
 */
@IntegrationTest
class RegistryMigrationIntegrationTest {

    @Autowired
    EmbeddedPostgres server;

    @Test
    void v14KeepsTheFirstOfEachDuplicatedAwardAndLeavesAwardsWithoutADecisionAlone() {
        // the superuser's: the application's role creates no database
        JdbcClient jdbc = JdbcClient.create(server.getPostgresDatabase());
        jdbc.sql("DROP DATABASE IF EXISTS v14_check").update();
        jdbc.sql("CREATE DATABASE v14_check").update();
        try {
            DataSource database = server.getDatabase("postgres", "v14_check");
            Flyway.configure()
                    .dataSource(database)
                    .locations("classpath:db/migration")
                    .target("12")
                    .load()
                    .migrate();
            JdbcClient old = JdbcClient.create(database);
            long authority = old.sql(
                            "INSERT INTO authority (code, name, kind) VALUES ('kt', 'Tỉnh kiểm tra', 'PROVINCE') RETURNING id")
                    .query(Long.class)
                    .single();
            long unit = old.sql(
                            "INSERT INTO unit (authority_id, name, kind) VALUES (:a, 'Sở Kiểm tra', 'SO') RETURNING id")
                    .param("a", authority)
                    .query(Long.class)
                    .single();
            long subject = old.sql(
                            "INSERT INTO subject (kind, full_name, unit_id) VALUES ('INDIVIDUAL', 'Đỗ Văn Hai Lần', :u) RETURNING id")
                    .param("u", unit)
                    .query(Long.class)
                    .single();
            long first = importedBankhen(old, subject, 2020, "9/QĐ-UBND", "2021-01-10");
            importedBankhen(old, subject, 2020, "9/QĐ-UBND", "2021-01-10");
            importedBankhen(old, subject, 2020, "9/QĐ-UBND", "2021-01-10");
            long other = importedBankhen(old, subject, 2021, "4/QĐ-UBND", "2022-01-10");
            long factA = importedBankhen(old, subject, 2019, null, null);
            long factB = importedBankhen(old, subject, 2019, null, null);

            Flyway.configure()
                    .dataSource(database)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            assertThat(old.sql("SELECT id FROM subject_record WHERE subject_id = :s ORDER BY id")
                            .param("s", subject)
                            .query(Long.class)
                            .list())
                    .isEqualTo(List.of(first, other, factA, factB));
            assertThat(old.sql("SELECT count(*) FROM pg_indexes WHERE indexname = 'subject_record_decision_once'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        } finally {
            jdbc.sql("DROP DATABASE v14_check WITH (FORCE)").update();
        }
    }

    /** A Bằng khen as an import entered it before V14: nothing yet stops the same decision twice. */
    private static long importedBankhen(JdbcClient old, long subject, int year, String number, String date) {
        return old.sql("""
                        INSERT INTO subject_record (subject_id, year, award, period_from, period_to, is_title,
                            decision_number,
                               decision_date, source)
                        VALUES (:s, :y, 'BK_TINH', :y, :y, false, :n, CAST(:d AS date), 'IMPORTED') RETURNING id""")
                .param("s", subject)
                .param("y", year)
                .param("n", number)
                .param("d", date)
                .query(Long.class)
                .single();
    }
}
