package vn.thidua.rules.domain;

/** Where a rule or a number comes from: instrument, article, clause, point. */
public record LegalBasis(String instrument, String article, String clause, String point) {

    /** "Luật Thi đua, khen thưởng 2022, điểm d khoản 1 Điều 74". */
    public String citation() {
        StringBuilder text = new StringBuilder(instrument);
        String place = String.join(" ", nonBlank("điểm", point), nonBlank("khoản", clause), nonBlank("Điều", article)).trim()
                .replaceAll(" +", " ");
        if (!place.isEmpty()) {
            text.append(", ").append(place);
        }
        return text.toString();
    }

    private static String nonBlank(String word, String value) {
        return value == null || value.isBlank() ? "" : word + " " + value;
    }
}
