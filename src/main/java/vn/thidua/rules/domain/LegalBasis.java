package vn.thidua.rules.domain;

import org.jspecify.annotations.Nullable;

/** Where a rule or a number comes from: instrument, article, clause, point. */
public record LegalBasis(
        String instrument,
        @Nullable String article,
        @Nullable String clause,
        @Nullable String point) {

    /** "Luật Thi đua, khen thưởng 2022, điểm d khoản 1 Điều 74". */
    public String citation() {
        StringBuilder place = new StringBuilder();
        append(place, "điểm", point);
        append(place, "khoản", clause);
        append(place, "Điều", article);
        return place.length() == 0 ? instrument : instrument + ", " + place;
    }

    /**
     * The same for an eligibility answer, which an officer reads as the rule's source: when nobody has yet
     * found the article, it says so instead of citing a whole law or decree as if it were the rule.
     */
    public String answerCitation() {
        return article == null || article.isBlank()
                ? instrument + " (chưa xác định được điều, khoản quy định)"
                : citation();
    }

    private static void append(StringBuilder text, String word, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(word).append(' ').append(value.trim());
        }
    }
}
