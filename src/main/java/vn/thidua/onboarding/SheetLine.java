package vn.thidua.onboarding;

import java.util.List;
import vn.thidua.onboarding.domain.Column;

/**
 * One filled line of a data sheet as read: its row as Excel numbers it, and its cells' texts in the sheet's columns.
 */
record SheetLine(int row, List<String> cells) {

    SheetLine {
        cells = List.copyOf(cells);
    }

    String cell(Column column) {
        return cells.get(column.index());
    }
}
