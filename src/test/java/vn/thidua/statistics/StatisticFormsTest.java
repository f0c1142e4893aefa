package vn.thidua.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.statistics.domain.StatForm;

/**
 * The award forms' rows keep the codes the forms print (docs/legal-gaps.md): they share their list but not their
 * numbers.
 */
class StatisticFormsTest {

    @Test
    void theStateFormNumbersItsSharedRowsFromSixAndTheAuthorityFormFromZeroTwo() {
        assertThat(codes(StatisticForms.stateAwards(false)))
                .containsExactly(
                        "1", "2", "3", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19",
                        "20", "21");
        assertThat(codes(StatisticForms.authorityAwards()))
                .containsExactly(
                        "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16",
                        "17");
        assertThat(StatisticForms.authorityAwards().rows().get(1).label())
                .isEqualTo("1. Chia theo đối tượng khen thưởng");
        assertThat(StatisticForms.stateAwards(true).rows().stream().map(StatForm.Row::label))
                .contains("2. Chia theo đối tượng khen thưởng", "3. Chia theo phương thức khen thưởng");
    }

    private static List<String> codes(StatForm<?> form) {
        return form.rows().stream()
                .map(StatForm.Row::code)
                .filter(code -> code != null && !code.isEmpty())
                .map(String::valueOf)
                .toList();
    }
}
