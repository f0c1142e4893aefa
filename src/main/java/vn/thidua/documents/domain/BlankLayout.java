package vn.thidua.documents.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where each line of a certificate goes on a pre-printed blank (phôi) of Bằng khen or Giấy khen: the
 * blank's size and, per field, a box measured with a ruler from the blank's top-left corner in
 * millimetres (x to the box's left edge, y down to the first line's baseline, the box's width), the
 * alignment inside the box, the typeface and its size in points. Only the fields are printed: the
 * national title, the emblem and the frame are on the blank already.
 */
public record BlankLayout(Certificate.Kind kind, BigDecimal widthMm, BigDecimal heightMm, List<Placement> placements) {

    public static final BigDecimal MIN_PAGE_MM = BigDecimal.valueOf(100);
    public static final BigDecimal MAX_PAGE_MM = BigDecimal.valueOf(500);
    public static final BigDecimal MIN_SIZE_PT = BigDecimal.valueOf(6);
    public static final BigDecimal MAX_SIZE_PT = BigDecimal.valueOf(60);

    /** The lines of a certificate that a blank leaves empty, in the order they are read. */
    public enum Field {
        CONFERRED_BY,
        RECIPIENT,
        UNIT,
        ACHIEVEMENT,
        DECISION,
        NUMBER,
        PLACE_AND_DATE,
        SIGNER_TITLE,
        SIGNER_NAME;

        /** The text of this field on one certificate of a batch ("" when the certificate has none). */
        public String text(Certificate.Batch batch, Certificate certificate) {
            return switch (this) {
                case CONFERRED_BY -> batch.conferredBy().toUpperCase();
                case RECIPIENT -> certificate.recipient();
                case UNIT -> orEmpty(certificate.unit());
                case ACHIEVEMENT -> orEmpty(certificate.achievement());
                case DECISION -> orEmpty(certificate.decision());
                case NUMBER -> isBlank(certificate.number()) ? "" : "Số: " + certificate.number();
                case PLACE_AND_DATE -> batch.placeAndDate();
                case SIGNER_TITLE -> String.join("\n", batch.signerTitleLines());
                case SIGNER_NAME -> batch.signerName();
            };
        }
    }

    public enum Align {
        LEFT,
        CENTRE
    }

    public enum Typeface {
        REGULAR,
        BOLD,
        ITALIC
    }

    /** One field's box; {@code printed} false when the blank carries that line already. */
    public record Placement(
            Field field,
            boolean printed,
            BigDecimal xMm,
            BigDecimal yMm,
            BigDecimal widthMm,
            Align align,
            Typeface face,
            BigDecimal sizePt) {}

    /** What is wrong with one placement on a blank of this size, or an empty list. */
    public static List<Problem> problems(BigDecimal widthMm, BigDecimal heightMm, Placement p) {
        List<Problem> problems = new ArrayList<>();
        if (p.xMm().signum() < 0) {
            problems.add(Problem.X_NEGATIVE);
        }
        if (p.widthMm().signum() <= 0) {
            problems.add(Problem.WIDTH_NOT_POSITIVE);
        } else if (p.xMm().add(p.widthMm()).compareTo(widthMm) > 0) {
            problems.add(Problem.BEYOND_RIGHT_EDGE);
        }
        if (p.yMm().signum() <= 0 || p.yMm().compareTo(heightMm) > 0) {
            problems.add(Problem.Y_OFF_PAGE);
        }
        if (p.sizePt().compareTo(MIN_SIZE_PT) < 0 || p.sizePt().compareTo(MAX_SIZE_PT) > 0) {
            problems.add(Problem.SIZE_OUT_OF_RANGE);
        }
        return problems;
    }

    /** Why a placement does not fit its blank; each names a message of the form. */
    public enum Problem {
        X_NEGATIVE,
        WIDTH_NOT_POSITIVE,
        BEYOND_RIGHT_EDGE,
        Y_OFF_PAGE,
        SIZE_OUT_OF_RANGE
    }

    public static boolean pageSizeFits(BigDecimal mm) {
        return mm.compareTo(MIN_PAGE_MM) >= 0 && mm.compareTo(MAX_PAGE_MM) <= 0;
    }

    public BlankLayout {
        if (!pageSizeFits(widthMm) || !pageSizeFits(heightMm)) {
            throw new IllegalArgumentException("a blank is 100 to 500 mm on each side");
        }
        Map<Field, Placement> byField = new EnumMap<>(Field.class);
        for (Placement p : placements) {
            if (!problems(widthMm, heightMm, p).isEmpty()) {
                throw new IllegalArgumentException(
                        p.field() + " does not fit the blank: " + problems(widthMm, heightMm, p));
            }
            if (byField.put(p.field(), p) != null) {
                throw new IllegalArgumentException(p.field() + " placed twice");
            }
        }
        if (byField.size() != Field.values().length) {
            throw new IllegalArgumentException("a layout places every field (printed or not)");
        }
        placements = List.copyOf(byField.values());
    }

    /**
     * The layout of a landscape A4 blank (297 × 210 mm) as the plain-paper certificate lays it out:
     * a start that a board measures its own blank against and corrects.
     */
    public static BlankLayout standard(Certificate.Kind kind) {
        List<Placement> p = List.of(
                place(Field.CONFERRED_BY, 30, 48, 237, Align.CENTRE, Typeface.BOLD, 15),
                place(Field.RECIPIENT, 30, 96, 237, Align.CENTRE, Typeface.BOLD, 24),
                place(Field.UNIT, 30, 107, 237, Align.CENTRE, Typeface.REGULAR, 16),
                place(Field.ACHIEVEMENT, 40, 119, 217, Align.CENTRE, Typeface.ITALIC, 16),
                place(Field.DECISION, 28, 182, 120, Align.LEFT, Typeface.REGULAR, 12),
                place(Field.NUMBER, 28, 188, 120, Align.LEFT, Typeface.REGULAR, 12),
                place(Field.PLACE_AND_DATE, 170, 160, 110, Align.CENTRE, Typeface.ITALIC, 14),
                place(Field.SIGNER_TITLE, 170, 167, 110, Align.CENTRE, Typeface.BOLD, 14),
                place(Field.SIGNER_NAME, 170, 192, 110, Align.CENTRE, Typeface.BOLD, 15));
        return new BlankLayout(kind, BigDecimal.valueOf(297), BigDecimal.valueOf(210), p);
    }

    public Placement placement(Field field) {
        return placements.stream().filter(p -> p.field() == field).findFirst().orElseThrow();
    }

    private static Placement place(Field f, int x, int y, int width, Align align, Typeface face, int size) {
        return new Placement(
                f,
                true,
                BigDecimal.valueOf(x),
                BigDecimal.valueOf(y),
                BigDecimal.valueOf(width),
                align,
                face,
                BigDecimal.valueOf(size));
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
