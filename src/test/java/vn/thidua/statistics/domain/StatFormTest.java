package vn.thidua.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.statistics.domain.StatForm.Column;
import vn.thidua.statistics.domain.StatForm.Level;
import vn.thidua.statistics.domain.StatForm.Row;

class StatFormTest {

    private static final StatForm<String> FORM = new StatForm<>(
            "9999.N",
            "THỬ",
            null,
            "Tổng số",
            List.of(
                    new Column<>(List.of("Nhóm", "A"), "2", s -> s.startsWith("a")),
                    new Column<>(List.of("Nhóm", "B"), "2", s -> s.startsWith("b")),
                    new Column<>(List.of("Khác"), "3", null)),
            List.of(
                    new Row<>("Tổng số", "01", null, Level.TOTAL, s -> true),
                    new Row<>("Chia theo", "", null, Level.SECTION, null),
                    new Row<>("- Dài", "02", null, Level.ITEM, s -> s.length() > 2),
                    new Row<>("- Không lưu", "03", null, Level.ITEM, null)));

    @Test
    void aCountIsTheFactsPassingItsRowAndColumnAndTheTotalCountsTheKeptColumnsOnly() {
        StatForm.Filled<String> filled = FORM.fill(List.of("a", "abc", "bcd", "zzz"));
        assertThat(filled.count(0, 0)).as("zzz is in no column").isEqualTo(3);
        assertThat(filled.count(0, 1)).isEqualTo(2);
        assertThat(filled.facts(2, 1)).containsExactly("abc");
        assertThat(filled.count(2, 2)).isEqualTo(1);
        assertThat(filled.count(0, 3)).as("a column not kept").isNull();
        assertThat(filled.count(1, 0)).as("a section").isNull();
        assertThat(filled.count(3, 0)).as("a row not kept").isNull();
    }

    @Test
    void headingsMergeAcrossUnderTheSameParentAndDownToTheLastRow() {
        assertThat(Headings.depth(FORM)).isEqualTo(2);
        assertThat(Headings.of(FORM))
                .containsExactly(
                        List.of(new Headings.Span("Nhóm", 0, 0, 2, 1), new Headings.Span("Khác", 2, 0, 1, 2)),
                        List.of(new Headings.Span("A", 0, 1, 1, 1), new Headings.Span("B", 1, 1, 1, 1)));
        assertThat(Headings.codes(FORM))
                .containsExactly(new Headings.Span("2", 0, 0, 2, 1), new Headings.Span("3", 2, 0, 1, 1));
    }
}
