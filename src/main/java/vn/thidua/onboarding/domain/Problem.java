package vn.thidua.onboarding.domain;

import java.util.List;

/**
 * Something wrong with one row of the workbook: where (sheet, row as Excel numbers it, column or
 * null for the whole row) and what, as a message code of messages.properties with its arguments.
 */
public record Problem(ProvinceSheet sheet, int row, Column column, String code, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem at(ProvinceSheet sheet, int row, Column column, String code, Object... args) {
        return new Problem(sheet, row, column, code, List.of(args));
    }

    public static Problem at(int row, Column column, String code, Object... args) {
        return new Problem(column.sheet(), row, column, code, List.of(args));
    }
}
