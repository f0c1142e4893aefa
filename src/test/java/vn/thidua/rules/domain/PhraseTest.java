package vn.thidua.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTest {

    @Test
    void eachPlaceTakesTheNextValueAndAPhraseInsideIsWrittenInPlace() {
        Phrase phrase = Phrase.of(
                "Liên tục từ {} trở lên đến năm đề nghị ({}{})",
                Words.count(5, "năm"),
                Words.years(2020, 2024),
                Phrase.of(", {} năm", 5));

        assertThat(phrase.text()).isEqualTo("Liên tục từ 5 năm trở lên đến năm đề nghị (các năm 2020–2024, 5 năm)");
        assertThat(Phrase.of("Không có giá trị nào: {} và {}", null, "x").text())
                .isEqualTo("Không có giá trị nào:  và x");
        assertThat(Phrase.of("Không có chỗ nào").text()).isEqualTo("Không có chỗ nào");
    }

    @Test
    void phrasesAreEqualByTemplateAndValuesWhetherOrNotTheyWereWritten() {
        Phrase one = Phrase.of("Hoàn thành tốt nhiệm vụ trở lên năm {}", 2025);
        Phrase same = Phrase.of(new String("Hoàn thành tốt nhiệm vụ trở lên năm {}"), Integer.valueOf(2025));
        one.text();

        assertThat(same).isEqualTo(one).hasSameHashCodeAs(one);
        assertThat(Phrase.of("Hoàn thành tốt nhiệm vụ trở lên năm {}", 2024)).isNotEqualTo(one);
        assertThat(Phrase.of("{} {}", 3, "lần")).isEqualTo(Words.count(3, "lần"));
        assertThat(Words.years(2024, 2024)).isNotEqualTo(Words.years(2023, 2024));
        // the same words from another template are another condition: numbered apart, never merged
        assertThat(Phrase.of("năm 2024")).isNotEqualTo(Words.years(2024, 2024));
    }

    @Test
    void aTemplateWhosePlacesDoNotMatchItsValuesIsRefusedWhenWritten() {
        assertThatThrownBy(() -> Phrase.of("năm {}").text()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Phrase.of("năm {}", 1, 2).text()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPhraseKeepsItsOwnValuesAndTakesOnlyValuesThatReadAsTheyCompare() {
        Object[] values = {2024};
        Phrase phrase = Phrase.of("năm {}", values);
        values[0] = 2025;

        assertThat(phrase.text()).isEqualTo("năm 2024");
        assertThatThrownBy(() -> Phrase.of("các năm {}", List.of(2024, 2025)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Phrase.of("xếp loại {}", Rating.HTXSNV)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Phrase.of("{}%", 70L).text()).isEqualTo("70%");
    }

    @Test
    void wordsAsTheyAreHaveNoPlaces() {
        assertThat(Phrase.words("Mẫu {} của văn bản").text()).isEqualTo("Mẫu {} của văn bản");
        assertThat(Phrase.words("Có sáng kiến")).isEqualTo(Phrase.words("Có sáng kiến"));
    }
}
