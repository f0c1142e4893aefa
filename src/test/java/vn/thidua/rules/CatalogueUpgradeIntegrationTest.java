package vn.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.rules.domain.ParameterKey;
import vn.thidua.rules.internal.ParameterStore;
import vn.thidua.support.IntegrationTest;

/**
 * An installation built by an earlier release holds the national rows of its catalogue. At the next
 * start the new catalogue corrects the rows nobody edited and removes those no longer in force (the
 * 15% cap of Chiến sĩ thi đua cơ sở from 2024), while a row a board edited stays as it left it.
 */
@IntegrationTest
class CatalogueUpgradeIntegrationTest {

    @Autowired
    ParameterService parameters;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theNewCatalogueCorrectsUneditedRowsRemovesRetiredOnesAndKeepsEditedOnes() {
        // as the earlier release left them
        jdbc.sql("""
                INSERT INTO legal_parameter (key, value, valid_from, valid_to, instrument, verified, note)
                VALUES ('CSTDCS_MAX_SHARE_OF_LDTT', 0.15, DATE '2024-01-01', DATE '2025-06-30',
                    'Nghị định 98/2023/NĐ-CP',
                        false, 'Tỷ lệ 15% chỉ tìm thấy ở NĐ 91/2017')""").update();
        jdbc.sql("""
                UPDATE legal_parameter SET value = 0.5, verified = false, point = NULL
                 WHERE key = 'TTLDTT_MIN_LDTT_SHARE' AND valid_from = DATE '2024-01-01' AND authority_id IS NULL""").update();
        jdbc.sql("""
                INSERT INTO legal_parameter (key, value, valid_from, instrument, article, clause, point, verified,
                    version)
                VALUES ('BK_TINH_CONSECUTIVE_CSTDCS', 2, DATE '2024-01-01', 'Luật Thi đua, khen thưởng 2022', '74',
                    '1', 'd',
                        true, 1)""").update();
        try {
            ParameterStore.CatalogueSync sync = parameters.loadCatalogue();

            assertThat(sync.retired()).isEqualTo(1);
            assertThat(sync.updated()).isEqualTo(1);
            assertThat(sync.added()).isZero();
            assertThat(sync.keptEdited()).containsExactly("BK_TINH_CONSECUTIVE_CSTDCS từ 2024-01-01");
            assertThat(jdbc.sql(
                                    "SELECT count(*) FROM legal_parameter WHERE key = 'CSTDCS_MAX_SHARE_OF_LDTT' AND authority_id IS NULL")
                            .query(Long.class)
                            .single())
                    .as("only the row of Nghị định 91/2017 is left")
                    .isEqualTo(1);
            var share = parameters.table().at(LocalDate.of(2025, 1, 1), null).get(ParameterKey.TTLDTT_MIN_LDTT_SHARE);
            assertThat(share.value()).isEqualByComparingTo(new BigDecimal("0.7"));
            assertThat(share.verified()).isTrue();
            assertThat(share.basis().point()).isEqualTo("c");
            assertThat(parameters.loadCatalogue())
                    .as("a second start changes nothing more")
                    .isEqualTo(new ParameterStore.CatalogueSync(0, 0, 0, sync.keptEdited()));
        } finally {
            jdbc.sql("DELETE FROM legal_parameter WHERE key = 'BK_TINH_CONSECUTIVE_CSTDCS'")
                    .update();
        }
    }
}
