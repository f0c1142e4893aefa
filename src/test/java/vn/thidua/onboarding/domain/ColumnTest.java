package vn.thidua.onboarding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnTest {

    @Test
    void aColumnIsNamedByExcelsLetters() {
        assertThat(Column.letter(0)).isEqualTo("A");
        assertThat(Column.letter(25)).isEqualTo("Z");
        assertThat(Column.letter(26)).isEqualTo("AA");
        assertThat(Column.letter(29)).isEqualTo("AD");
        assertThat(Column.letter(52)).isEqualTo("BA");
    }

    @Test
    void aColumnsPlaceIsItsOrderWithinItsSheet() {
        assertThat(Column.UNIT_NAME.letter()).isEqualTo("A");
        assertThat(Column.UNIT_PHONE.letter()).isEqualTo("E");
        assertThat(Column.BLOC_COUNCIL_MEMBER.letter()).isEqualTo("G");
        assertThat(ProvinceSheet.ACCOUNTS.columns()).startsWith(Column.ACCOUNT_USERNAME);
    }
}
