package vn.thidua.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.onboarding.domain.ProvinceSheet;
import vn.thidua.onboarding.domain.Rows.CouncilRow;
import vn.thidua.onboarding.domain.Rows.UnitRow;
import vn.thidua.org.CouncilMemberView;
import vn.thidua.org.UnitKind;
import vn.thidua.org.UnitView;

class NameIndexTest {

    private final List<UnitView> everyUnit = new ArrayList<>();
    private int everyUnitRead;
    private final NameIndex names = new NameIndex(() -> {
        everyUnitRead++;
        return everyUnit;
    });

    private static UnitView unit(long id, String name, String shortName) {
        return new UnitView(id, 1, "Tỉnh Lạng Sơn", name, shortName, UnitKind.SO, null, null, true, null, 0);
    }

    private static UnitView ended(long id, String name, LocalDate on) {
        return new UnitView(id, 1, "Tỉnh Lạng Sơn", name, null, UnitKind.SO, null, null, false, on, 0);
    }

    private static UnitRow row(int row, String name, String shortName) {
        return new UnitRow(row, name, shortName, UnitKind.SO, "", "");
    }

    @Test
    void aUnitIsFoundByItsNameWithoutCaseOrDiacritics() {
        names.units(List.of(unit(10, "Sở Tư pháp", "STP")), List.of());

        assertThat(names.unit("so tu  PHAP", false)).isEqualTo(new Ref.Found(10));
        assertThat(names.unit("Sở Tài chính", false)).isEqualTo(Ref.UNKNOWN);
    }

    @Test
    void aShortNameStandsForAUnitOnlyWhenOneUnitHasIt() {
        names.units(
                List.of(unit(10, "Sở Tư pháp", "STP"), unit(11, "Sở Tài chính", "STC")),
                List.of(row(2, "Sở Thông tin", "STC")));
        names.unitSaved(2, 20);

        assertThat(names.unit("stp", false)).isEqualTo(new Ref.Found(10));
        assertThat(names.unit("STC", false)).isEqualTo(Ref.UNKNOWN);
    }

    @Test
    void aUnitOfTheWorkbookIsWhatItsRowBecameOrBrokenWhenTheRowIsWrong() {
        names.units(List.of(unit(10, "Sở Tư pháp", null)), List.of(row(2, "Sở Tư pháp", ""), row(3, "Sở Mới", "")));
        names.unitSaved(2, 10);

        assertThat(names.unit("Sở Tư pháp", false)).isEqualTo(new Ref.Found(10));
        assertThat(names.unit("Sở Mới", false)).isEqualTo(new Ref.Broken(ProvinceSheet.UNITS, 3));
    }

    @Test
    void anEndedUnitIsFoundLastTheOneEndedLatest() {
        names.units(
                List.of(
                        ended(30, "Sở Kế hoạch", LocalDate.of(2025, 3, 1)),
                        ended(31, "Sở Kế hoạch", LocalDate.of(2025, 7, 1))),
                List.of());

        assertThat(names.unit("Sở Kế hoạch", false)).isEqualTo(new Ref.Found(31));
        assertThat(names.endedUnit("so ke hoach").id()).isEqualTo(31);
        assertThat(names.activeUnit("Sở Kế hoạch")).isNull();
    }

    @Test
    void aUnitOfAnotherProvinceIsNamedWithItsProvinceAndLookedUpOnlyWhenTheBlocSpansProvinces() {
        everyUnit.add(new UnitView(40, 2, "Tỉnh Cao Bằng", "Sở Tư pháp", null, UnitKind.SO, null, null, true, null, 0));
        names.units(List.of(), List.of());

        assertThat(names.unit("Sở Tư pháp – Tỉnh Cao Bằng", false)).isEqualTo(Ref.UNKNOWN);
        assertThat(everyUnitRead).isZero();
        assertThat(names.unit("Sở Tư pháp – Tỉnh Cao Bằng", true)).isEqualTo(new Ref.Found(40));
        assertThat(names.unit("so tu phap - tinh cao bang", true)).isEqualTo(new Ref.Found(40));
        assertThat(names.unit("Sở Tư pháp – Tỉnh Bắc Kạn", true)).isEqualTo(Ref.UNKNOWN);
        assertThat(everyUnitRead).isEqualTo(1);
    }

    @Test
    void aCouncilMemberIsFoundByFullNameInTheWorkbookFirstThenTheRegistry() {
        names.council(
                List.of(new CouncilMemberView(50, 1, "Nguyễn Văn An", "Chủ tịch")),
                List.of(new CouncilRow(2, "Trần Thị Bình", ""), new CouncilRow(3, "Lê Văn Cường", "")));
        names.councilMemberSaved(2, 51);

        assertThat(names.councilMember("nguyen van an")).isEqualTo(new Ref.Found(50));
        assertThat(names.councilMember("Trần Thị Bình")).isEqualTo(new Ref.Found(51));
        assertThat(names.councilMember("Lê Văn Cường")).isEqualTo(new Ref.Broken(ProvinceSheet.COUNCIL, 3));
        assertThat(names.councilMember("Phạm Văn Dũng")).isEqualTo(Ref.UNKNOWN);
        assertThat(names.existingCouncilMember("NGUYỄN VĂN AN").id()).isEqualTo(50);
    }
}
