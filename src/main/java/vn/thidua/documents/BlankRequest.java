package vn.thidua.documents;

import java.math.BigDecimal;
import java.util.List;
import vn.thidua.documents.domain.BlankLayout;
import vn.thidua.documents.domain.Certificate;

/**
 * A blank's layout as the form sends it: the blank's size and a row per field, the measures as typed
 * ("25", "25,5" or "25.5" mm) so that a comma or a stray letter comes back beside its cell in words
 * instead of failing the binding; and the version read.
 */
public record BlankRequest(Certificate.Kind kind, String widthMm, String heightMm, List<Row> rows, Long version) {

    public BlankRequest {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public record Row(
            BlankLayout.Field field,
            boolean printed,
            String xMm,
            String yMm,
            String widthMm,
            BlankLayout.Align align,
            BlankLayout.Typeface face,
            String sizePt) {}

    /** The form of a layout, as shown for editing. */
    public static BlankRequest of(BlankLayout layout, long version) {
        return new BlankRequest(
                layout.kind(),
                plain(layout.widthMm()),
                plain(layout.heightMm()),
                layout.placements().stream()
                        .map(p -> new Row(
                                p.field(),
                                p.printed(),
                                plain(p.xMm()),
                                plain(p.yMm()),
                                plain(p.widthMm()),
                                p.align(),
                                p.face(),
                                plain(p.sizePt())))
                        .toList(),
                version);
    }

    /** 25.5 → "25,5", as a Vietnamese officer writes it. */
    static String plain(BigDecimal mm) {
        return mm.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
