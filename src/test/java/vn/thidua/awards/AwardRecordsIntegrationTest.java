package vn.thidua.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.rules.AwardRecords;
import vn.thidua.rules.AwardRecords.Outcome;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.RegistryAwards;

/** The registry enters its awards through the eligibility engine's one writer of the award history. */
@IntegrationTest
class AwardRecordsIntegrationTest {

    @Autowired
    BlocFixture fixture;

    @Autowired
    AwardRecords records;

    @Autowired
    AwardRegistry registry;

    @Autowired
    JdbcClient jdbc;

    private static NewAward award(long unitId, String name, Award award, int year, String decision) {
        return RegistryAwards.of(
                SubjectKind.INDIVIDUAL,
                unitId,
                name,
                award,
                CommendationType.THUONG_XUYEN,
                year,
                decision,
                LocalDate.of(year + 1, 1, 5));
    }

    private Outcome enter(NewAward a) {
        return records.enter(records.subjectFor(a), a);
    }

    @Test
    void aTitleIsEnteredOnceAYearWhateverItsDecision() {
        long unit = fixture.create(1, 2022).unit(0);
        assertThat(enter(award(unit, "Đỗ Văn Một", Award.CSTD_CS, 2022, "1/QĐ-UBND")))
                .isEqualTo(Outcome.ENTERED);
        assertThat(enter(award(unit, "Đỗ Văn Một", Award.CSTD_CS, 2022, "1/QĐ-UBND")))
                .as("the same decision again")
                .isEqualTo(Outcome.ALREADY_RECORDED);
        assertThat(enter(award(unit, "Đỗ Văn Một", Award.CSTD_CS, 2022, "2/QĐ-UBND")))
                .isEqualTo(Outcome.TITLE_TAKEN);
        assertThat(enter(award(unit, "Đỗ Văn Một", Award.CSTD_CS, 2023, "3/QĐ-UBND")))
                .isEqualTo(Outcome.ENTERED);
        assertThat(enter(award(unit, "Đỗ Văn Mộc", Award.CSTD_CS, 2022, "2/QĐ-UBND")))
                .as("another person of the unit")
                .isEqualTo(Outcome.ENTERED);
    }

    @Test
    void aCommendationMayBeGivenTwiceAYearButEachDecisionOnce() {
        long unit = fixture.create(1, 2022).unit(0);
        assertThat(enter(award(unit, "Lý Thị Hai", Award.BK_TINH, 2022, "1/QĐ-UBND")))
                .isEqualTo(Outcome.ENTERED);
        assertThat(enter(award(unit, "Lý Thị Hai", Award.BK_TINH, 2022, "2/QĐ-UBND")))
                .isEqualTo(Outcome.ENTERED);
        assertThat(enter(award(unit, "Lý Thị Hai", Award.BK_TINH, 2022, "2/QĐ-UBND")))
                .isEqualTo(Outcome.ALREADY_RECORDED);
    }

    @Test
    void aDecisionGivingATitleAlreadyTakenThatYearEntersNothing() {
        long unit = fixture.create(1, 2022).unit(0);
        enter(award(unit, "Trịnh Văn Ba", Award.CSTD_CS, 2022, "1/QĐ-UBND"));
        assertThatThrownBy(() -> registry.record(List.of(
                        award(unit, "Hồ Thị Bốn", Award.CSTD_CS, 2022, "5/QĐ-UBND"),
                        award(unit, "Trịnh Văn Ba", Award.CSTD_CS, 2022, "5/QĐ-UBND"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Trịnh Văn Ba đã có Chiến sĩ thi đua cơ sở năm 2022");
        assertThat(jdbc.sql("SELECT count(*) FROM subject WHERE unit_id = :u")
                        .param("u", unit)
                        .query(Long.class)
                        .single())
                .as("Hồ Thị Bốn, created on the way, goes with the rest of the decision")
                .isEqualTo(1);
    }
}
