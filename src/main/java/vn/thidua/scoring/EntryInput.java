package vn.thidua.scoring;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One criterion's score as typed: its code, the points as text ("7,5" or "7.5"; blank clears it)
 * and a comment. {@code where} names the place for an error message (a workbook row); when null the
 * error names the field {@code entries[i]}.
 */
public record EntryInput(String code, String points, String comment, String where) implements Serializable {

    public static EntryInput of(String code, BigDecimal points, String comment) {
        // a number sent with a huge exponent keeps its short form and is then refused as not a number
        String text = points == null
                ? null
                : points.precision() - points.scale() > 7 || points.scale() > 6
                        ? points.toString()
                        : points.toPlainString();
        return new EntryInput(code, text, comment, null);
    }
}
