package vn.thidua.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A value as a Vietnamese reads it: no four stored decimals, a decimal comma, a dot between thousands. */
class NumbersTest {

    final Numbers numbers = new Numbers();

    @Test
    void aStoredValueReadsAsItsNumber() {
        assertThat(numbers.value(new BigDecimal("0.0000"))).isEqualTo("0");
        assertThat(numbers.value(new BigDecimal("0.5000"))).isEqualTo("0,5");
        assertThat(numbers.value(new BigDecimal("0.1500"))).isEqualTo("0,15");
        assertThat(numbers.value(new BigDecimal("6.0000"))).isEqualTo("6");
    }

    @Test
    void thousandsAreGroupedByDots() {
        assertThat(numbers.value(new BigDecimal("1000.0000"))).isEqualTo("1.000");
        assertThat(numbers.value(new BigDecimal("100"))).isEqualTo("100");
        assertThat(numbers.value(new BigDecimal("1E+3"))).isEqualTo("1.000");
        assertThat(numbers.value(new BigDecimal("12500.25"))).isEqualTo("12.500,25");
        assertThat(numbers.value(new BigDecimal("-1234567"))).isEqualTo("-1.234.567");
        assertThat(numbers.value(null)).isEmpty();
    }

    @Test
    void pointsKeepTheirPlainForm() {
        assertThat(numbers.points(new BigDecimal("93.50"))).isEqualTo("93,5");
    }
}
