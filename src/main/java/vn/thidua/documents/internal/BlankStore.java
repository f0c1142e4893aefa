package vn.thidua.documents.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.documents.domain.BlankLayout;
import vn.thidua.documents.domain.BlankLayout.Placement;
import vn.thidua.documents.domain.Certificate;

/** The saved layouts of an authority's blanks, one per kind (certificate_blank and its fields). */
@Repository
public class BlankStore {

    /** A saved layout and the version a form carries back. */
    public record Saved(BlankLayout layout, long version) {}

    private final JdbcClient jdbc;

    BlankStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Saved> find(long authorityId, Certificate.Kind kind) {
        return jdbc.sql("""
                        SELECT id, page_width_mm, page_height_mm, version FROM certificate_blank
                        WHERE authority_id = :a AND kind = :k""")
                .param("a", authorityId)
                .param("k", kind.name())
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new Saved(
                            new BlankLayout(
                                    kind,
                                    rs.getBigDecimal("page_width_mm"),
                                    rs.getBigDecimal("page_height_mm"),
                                    fields(id)),
                            rs.getLong("version"));
                })
                .optional();
    }

    private List<Placement> fields(long blankId) {
        return jdbc.sql("""
                        SELECT field, printed, x_mm, y_mm, width_mm, align, face, size_pt
                        FROM certificate_blank_field WHERE blank_id = :b""")
                .param("b", blankId)
                .query((rs, n) -> new Placement(
                        BlankLayout.Field.valueOf(rs.getString("field")),
                        rs.getBoolean("printed"),
                        rs.getBigDecimal("x_mm").stripTrailingZeros(),
                        rs.getBigDecimal("y_mm").stripTrailingZeros(),
                        rs.getBigDecimal("width_mm").stripTrailingZeros(),
                        BlankLayout.Align.valueOf(rs.getString("align")),
                        BlankLayout.Typeface.valueOf(rs.getString("face")),
                        rs.getBigDecimal("size_pt").stripTrailingZeros()))
                .list();
    }

    /**
     * Saves the layout if the row is still at {@code version} (0 for one never saved, whose first save makes it 1);
     * false when someone saved it in between.
     */
    public boolean save(long authorityId, BlankLayout layout, long version, String by, Instant at) {
        Long id = jdbc.sql("""
                        INSERT INTO certificate_blank (authority_id, kind, page_width_mm, page_height_mm, version,
                            updated_by, updated_at)
                        VALUES (:a, :k, :w, :h, 1, :by, :at)
                        ON CONFLICT (authority_id, kind) DO UPDATE
                          SET page_width_mm = excluded.page_width_mm, page_height_mm = excluded.page_height_mm,
                              updated_by = excluded.updated_by, updated_at = excluded.updated_at,
                              version = certificate_blank.version + 1
                          WHERE certificate_blank.version = :v
                        RETURNING id""")
                .param("a", authorityId)
                .param("k", layout.kind().name())
                .param("w", layout.widthMm())
                .param("h", layout.heightMm())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("v", version)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (id == null) {
            return false;
        }
        jdbc.sql("DELETE FROM certificate_blank_field WHERE blank_id = :b")
                .param("b", id)
                .update();
        for (Placement p : layout.placements()) {
            jdbc.sql("""
                            INSERT INTO certificate_blank_field (blank_id, field, printed, x_mm, y_mm, width_mm, align,
                                face, size_pt)
                            VALUES (:b, :f, :printed, :x, :y, :w, :align, :face, :size)""")
                    .param("b", id)
                    .param("f", p.field().name())
                    .param("printed", p.printed())
                    .param("x", p.xMm())
                    .param("y", p.yMm())
                    .param("w", p.widthMm())
                    .param("align", p.align().name())
                    .param("face", p.face().name())
                    .param("size", p.sizePt())
                    .update();
        }
        return true;
    }
}
