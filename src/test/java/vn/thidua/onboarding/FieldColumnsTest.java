package vn.thidua.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thidua.onboarding.domain.Column;
import vn.thidua.onboarding.domain.ProvinceSheet;

class FieldColumnsTest {

    @Test
    void aServicesRefusalIsShownAtTheColumnItsFieldWasReadFrom() {
        assertThat(FieldColumns.of(ProvinceSheet.BLOCS, "memberUnitIds")).isEqualTo(Column.BLOC_MEMBERS);
        assertThat(FieldColumns.of(ProvinceSheet.ACCOUNTS, "unitId")).isEqualTo(Column.ACCOUNT_SCOPE);
        assertThat(FieldColumns.of(ProvinceSheet.UNITS, "email")).isEqualTo(Column.UNIT_EMAIL);
    }

    @Test
    void aRefusalWithoutAFieldOrWithOneTheSheetHasNotIsTheWholeRows() {
        assertThat(FieldColumns.of(ProvinceSheet.UNITS, null)).isNull();
        assertThat(FieldColumns.of(ProvinceSheet.UNITS, "flagQuota")).isNull();
        assertThat(FieldColumns.of(ProvinceSheet.COUNCIL, "email")).isNull();
    }
}
