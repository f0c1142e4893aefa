package vn.thidua.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.onboarding.domain.Column;
import vn.thidua.onboarding.domain.Problem;
import vn.thidua.org.domain.BlocKind;

class ChoiceTest {

    private static String label(BlocKind kind) {
        return switch (kind) {
            case KHOI -> "Khối thi đua";
            case CUM -> "Cụm thi đua";
            case KHU_VUC -> "Khu vực thi đua";
        };
    }

    private final Choice<BlocKind> kinds =
            new Choice<>(Column.BLOC_KIND, BlocKind.values(), ChoiceTest::label).or("Cụm", BlocKind.CUM);

    private final List<Problem> problems = new ArrayList<>();

    private BlocKind read(String cell) {
        return kinds.parse(new SheetLine(7, List.of("Cụm Một", cell, "2026", "", "", "", "")), problems);
    }

    @Test
    void aCellTakesTheCodeTheLabelOrAnotherWordWithoutCaseOrDiacritics() {
        assertThat(read("KHU_VUC")).isEqualTo(BlocKind.KHU_VUC);
        assertThat(read("khu vuc")).isEqualTo(BlocKind.KHU_VUC);
        assertThat(read("cụm thi đua")).isEqualTo(BlocKind.CUM);
        assertThat(read("CUM")).isEqualTo(BlocKind.CUM);
        assertThat(read("Cum")).isEqualTo(BlocKind.CUM);
        assertThat(problems).isEmpty();
    }

    @Test
    void aBlankCellIsNoValueAndNoProblemItsRequirementIsCheckedApart() {
        assertThat(read("")).isNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void anUnknownValueIsAProblemOfItsCellListingWhatIsAccepted() {
        assertThat(read("Nhóm")).isNull();
        assertThat(problems)
                .containsExactly(Problem.at(
                        7,
                        Column.BLOC_KIND,
                        "onboarding.value.unknown",
                        "Nhóm",
                        "KHOI (Khối thi đua); CUM (Cụm thi đua); KHU_VUC (Khu vực thi đua)"));
    }

    @Test
    void theTemplatesListIsEachCodeWithItsLabelInOrder() {
        assertThat(kinds.codesAndLabels())
                .containsExactly(
                        new String[] {"KHOI", "Khối thi đua"},
                        new String[] {"CUM", "Cụm thi đua"},
                        new String[] {"KHU_VUC", "Khu vực thi đua"});
    }
}
