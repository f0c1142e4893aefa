package vn.thidua.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.org.internal.UnitStore;
import vn.thidua.support.IntegrationTest;

/** What the database itself guarantees, even to a writer that bypasses the services. */
@IntegrationTest
class RegistryStoreIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitStore units;

    @Test
    void searchKeyFoldsVietnameseDiacriticsAndCase() {
        assertThat(jdbc.sql("SELECT search_key('Sở Tư pháp – Đoàn ĐBQH Lạng Sơn')")
                        .query(String.class)
                        .single())
                .isEqualTo("so tu phap - doan dbqh lang son");
        assertThat(units.search("so tu phap", null, 50))
                .extracting(UnitView::name)
                .contains("Sở Tư pháp");
        assertThat(units.search("DOAN DBQH", null, 50))
                .extracting(UnitView::name)
                .contains("Văn phòng Đoàn ĐBQH&HĐND tỉnh");
    }

    @Test
    void listsFollowTheVietnameseAlphabet() {
        assertThat(jdbc.sql("""
                SELECT string_agg(n, ', ' ORDER BY n COLLATE vi) FROM unnest(ARRAY['Sở', 'Đoàn', 'Dân', 'Ân', 'Ban']) n""").query(String.class).single()).isEqualTo("Ân, Ban, Dân, Đoàn, Sở");
    }

    @Test
    void aUnitCannotSitInTwoBlocsOfOneKindInOneYearEvenBypassingTheService() {
        long unit = jdbc.sql("SELECT m.unit_id FROM bloc_member m WHERE m.year = 2023 AND m.bloc_kind = 'KHOI' LIMIT 1")
                .query(Long.class)
                .single();
        long authority = jdbc.sql("SELECT authority_id FROM unit WHERE id = :id")
                .param("id", unit)
                .query(Long.class)
                .single();
        long bloc = jdbc.sql(
                        "INSERT INTO bloc (authority_id, name, kind) VALUES (:a, 'Khối chen ngang', 'KHOI') RETURNING id")
                .param("a", authority)
                .query(Long.class)
                .single();
        try {
            long year = jdbc.sql(
                            "INSERT INTO bloc_year (bloc_id, bloc_kind, year) VALUES (:b, 'KHOI', 2023) RETURNING id")
                    .param("b", bloc)
                    .query(Long.class)
                    .single();
            assertThatThrownBy(() ->
                            jdbc.sql("""
                    INSERT INTO bloc_member (bloc_year_id, unit_id, year, bloc_kind) VALUES (:y, :u, 2023, 'KHOI')""").param("y", year).param("u", unit).update())
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining("bloc_member_one_bloc_per_kind");
            // a writer cannot dodge the rule by copying a wrong year or kind into the member row
            assertThatThrownBy(() ->
                            jdbc.sql("""
                    INSERT INTO bloc_member (bloc_year_id, unit_id, year, bloc_kind) VALUES (:y, :u, 2024, 'CUM')""").param("y", year).param("u", unit).update())
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining("bloc_member_year");
        } finally {
            jdbc.sql("DELETE FROM bloc_year WHERE bloc_id = :b")
                    .param("b", bloc)
                    .update();
            jdbc.sql("DELETE FROM bloc WHERE id = :b").param("b", bloc).update();
        }
    }

    @Test
    void passwordsAreStoredOnlyAsBcryptHashes() {
        // accounts not yet activated and service accounts have none
        for (String hash : jdbc.sql("SELECT password_hash FROM app_user WHERE password_hash IS NOT NULL")
                .query(String.class)
                .list()) {
            assertThat(hash).startsWith("$2").doesNotContain("ThiDua");
        }
    }

    @Test
    void everyUserRoleCarriesItsScope() {
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO app_user (username, password_hash, full_name, role) VALUES ('khong-pham-vi', 'x', 'X', 'BOARD')""").update()).isInstanceOf(DataIntegrityViolationException.class);
    }
}
