package vn.thidua.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.documents.domain.BlankLayout.Field;
import vn.thidua.documents.domain.BlankLayout.Placement;
import vn.thidua.documents.domain.BlankLayout.Problem;

class BlankLayoutTest {

    static final BigDecimal A4_WIDE = BigDecimal.valueOf(297);
    static final BigDecimal A4_HIGH = BigDecimal.valueOf(210);

    static Placement recipientAt(String x, String y, String width, String size) {
        return new Placement(
                Field.RECIPIENT,
                true,
                new BigDecimal(x),
                new BigDecimal(y),
                new BigDecimal(width),
                BlankLayout.Align.CENTRE,
                BlankLayout.Typeface.BOLD,
                new BigDecimal(size));
    }

    @Test
    void theStandardLayoutPlacesEveryFieldInsideALandscapeA4Blank() {
        BlankLayout standard = BlankLayout.standard(Certificate.Kind.GIAY_KHEN);
        assertThat(standard.placements()).extracting(Placement::field).containsExactly(Field.values());
        assertThat(standard.placements())
                .allSatisfy(p ->
                        assertThat(BlankLayout.problems(A4_WIDE, A4_HIGH, p)).isEmpty());
        assertThat(standard.placement(Field.SIGNER_NAME).yMm())
                .as("the signer's name below the title, room for the signature and seal between")
                .isGreaterThan(standard.placement(Field.SIGNER_TITLE).yMm().add(BigDecimal.valueOf(20)));
    }

    @Test
    void aBoxPastTheRightEdgeOrBelowTheBlankOrInATinyTypeIsNamed() {
        assertThat(BlankLayout.problems(A4_WIDE, A4_HIGH, recipientAt("100", "96", "197", "24")))
                .as("100 + 197 = 297 mm: exactly to the edge")
                .isEmpty();
        assertThat(BlankLayout.problems(A4_WIDE, A4_HIGH, recipientAt("100", "96", "197.1", "24")))
                .containsExactly(Problem.BEYOND_RIGHT_EDGE);
        assertThat(BlankLayout.problems(A4_WIDE, A4_HIGH, recipientAt("-1", "211", "0", "5")))
                .containsExactly(
                        Problem.X_NEGATIVE, Problem.WIDTH_NOT_POSITIVE, Problem.Y_OFF_PAGE, Problem.SIZE_OUT_OF_RANGE);
    }

    @Test
    void aLayoutPlacesEachFieldOnceAndOnlyInsideTheBlank() {
        List<Placement> placements =
                new ArrayList<>(BlankLayout.standard(Certificate.Kind.BANG_KHEN).placements());
        placements.set(1, recipientAt("30", "96", "237", "24"));
        assertThat(new BlankLayout(Certificate.Kind.BANG_KHEN, A4_WIDE, A4_HIGH, placements).placement(Field.RECIPIENT))
                .isEqualTo(recipientAt("30", "96", "237", "24"));

        List<Placement> twice = new ArrayList<>(placements);
        twice.set(0, recipientAt("30", "50", "237", "24"));
        assertThatThrownBy(() -> new BlankLayout(Certificate.Kind.BANG_KHEN, A4_WIDE, A4_HIGH, twice))
                .hasMessageContaining("RECIPIENT placed twice");
        assertThatThrownBy(() -> new BlankLayout(
                        Certificate.Kind.BANG_KHEN, A4_WIDE, A4_HIGH, placements.subList(0, placements.size() - 1)))
                .hasMessageContaining("every field");
        assertThatThrownBy(
                        () -> new BlankLayout(Certificate.Kind.BANG_KHEN, BigDecimal.valueOf(200), A4_HIGH, placements))
                .as("the standard boxes do not fit a 200 mm blank")
                .hasMessageContaining("does not fit the blank");
        assertThatThrownBy(
                        () -> new BlankLayout(Certificate.Kind.BANG_KHEN, BigDecimal.valueOf(99), A4_HIGH, placements))
                .hasMessageContaining("100 to 500 mm");
    }
}
