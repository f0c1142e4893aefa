package vn.thidua.statistics.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One statistical form (biểu) as the circular lays it out: its number, title, unit of measure, the columns of counts
 * under their headings (one to three levels, the lowest first said by each column), and the rows. A count is the
 * number of facts (awards, movements) that pass both the row's and the column's test; the first column, "Tổng số",
 * counts those passing the row and any other column. A row or column whose facts the product does not keep has no
 * test: its cells stay empty, for the reporting officer to fill by hand.
 *
 * @param <F> the kind of fact the form counts
 */
public record StatForm<F>(
        String number,
        String title,
        @Nullable String unitOfMeasure,
        String totalHeading,
        List<Column<F>> columns,
        List<Row<F>> rows) {

    /** A column: its headings from the top down, the number the form prints under them, its test. */
    public record Column<F>(
            List<String> headings, String code, @Nullable Predicate<F> test) {

        public boolean kept() {
            return test != null;
        }
    }

    /** How a row is printed: the grand total, a section's heading (no numbers), an item, an item within an item. */
    public enum Level {
        TOTAL,
        SECTION,
        ITEM,
        SUBITEM
    }

    /** A row: its label, code (mã số), unit (đơn vị tính), level and test. */
    public record Row<F>(
            String label,
            String code,
            @Nullable String unit,
            Level level,
            @Nullable Predicate<F> test) {

        /** The label without the form's leading dash or plus, for a title. */
        public String plainLabel() {
            return label.replaceFirst("^[-+]\\s*", "");
        }

        public boolean counted() {
            return level != Level.SECTION;
        }

        public boolean kept() {
            return test != null;
        }
    }

    /** "Biểu số 0601.N/BNV-TĐKT" for a form of the circular, the bare name for the product's own annex. */
    public String caption() {
        return Character.isDigit(number.charAt(0)) ? "Biểu số " + number : number;
    }

    /** The sheet's name: the form's number without its issuer ("0601.N"), or the annex's name. */
    public String sheetName() {
        return number.replaceFirst("/.*", "");
    }

    /** The form filled with its facts. */
    public Filled<F> fill(List<F> facts) {
        List<List<@Nullable List<F>>> cells = new ArrayList<>();
        for (Row<F> row : rows) {
            List<@Nullable List<F>> line = new ArrayList<>();
            Predicate<F> rowTest = row.test();
            boolean any = columns.stream().anyMatch(Column::kept);
            if (!row.counted() || rowTest == null || !any) {
                for (int c = 0; c <= columns.size(); c++) {
                    line.add(null);
                }
            } else {
                line.add(facts.stream()
                        .filter(rowTest)
                        .filter(f -> columns.stream()
                                .anyMatch(
                                        col -> col.test() != null && col.test().test(f)))
                        .toList());
                for (Column<F> column : columns) {
                    Predicate<F> colTest = column.test();
                    line.add(
                            colTest == null
                                    ? null
                                    : facts.stream()
                                            .filter(rowTest)
                                            .filter(colTest)
                                            .toList());
                }
            }
            cells.add(line);
        }
        return new Filled<>(this, cells);
    }

    /**
     * The filled form: for each row, for the total column then each column, the facts counted there, or null where the
     * form has nothing to count (a section's heading, a figure the product does not keep).
     */
    public record Filled<F>(StatForm<F> form, List<List<@Nullable List<F>>> cells) {

        public @Nullable List<F> facts(int row, int column) {
            return cells.get(row).get(column);
        }

        /** The count printed in a cell, or null for an empty cell. */
        public @Nullable Integer count(int row, int column) {
            List<F> facts = facts(row, column);
            return facts == null ? null : facts.size();
        }
    }
}
