package vn.thidua.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void anIdThatCrossesFeaturesIsARowsKeyAndReadsAsItsNumber() {
        assertThat(new UnitId(21)).hasToString("21").isEqualTo(new UnitId(21)).isNotEqualTo(new UnitId(22));
        assertThat(new AuthorityId(3).value()).isEqualTo(3);
        assertThat(new BlocYearId(8)).hasToString("8");
    }

    @Test
    void noKeyIsZeroOrNegative() {
        assertThatThrownBy(() -> new UnitId(0)).hasMessage("a unit's id is positive: 0");
        assertThatThrownBy(() -> new AuthorityId(-1)).hasMessage("an authority's id is positive: -1");
        assertThatThrownBy(() -> new BlocYearId(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
