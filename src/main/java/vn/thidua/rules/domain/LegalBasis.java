package vn.thidua.rules.domain;

/** Where a rule or a number comes from: instrument, article, clause, point. */
public record LegalBasis(String instrument, String article, String clause, String point) {

    /** "Luật Thi đua, khen thưởng 2022, điểm d khoản 1 Điều 74". */
    public String citation() {
        StringBuilder place = new StringBuilder();
        append(place, "điểm", point);
        append(place, "khoản", clause);
        append(place, "Điều", article);
        return place.length() == 0 ? instrument : instrument + ", " + place;
    }

    private static void append(StringBuilder text, String word, String value) {
        if (value != null && !value.isBlank()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(word).append(' ').append(value.trim());
        }
    }
}
