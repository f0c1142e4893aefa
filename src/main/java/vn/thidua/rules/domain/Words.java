package vn.thidua.rules.domain;

/** How the answers write numbers and periods: as an officer would, never "null" or "2018–2018". */
final class Words {

    private Words() {}

    /** "năm 2024", "các năm 2020–2024", or "chưa có năm nào" for an empty period. */
    static Phrase years(int from, int to) {
        if (from > to) {
            return Phrase.words("chưa có năm nào");
        }
        return from == to ? Phrase.of("năm {}", from) : Phrase.of("các năm {}–{}", from, to);
    }

    /** "3 lần", or "số lần theo quy định" when the rule's number is not known. */
    static Phrase count(Integer n, String unit) {
        return n == null ? Phrase.of("số {} theo quy định", unit) : Phrase.of("{} {}", n, unit);
    }

    /** "70%", or "tỷ lệ theo quy định" when the rule's share is not known. */
    static Phrase percent(Double share) {
        return share == null ? Phrase.words("tỷ lệ theo quy định") : Phrase.of("{}%", Math.round(share * 100));
    }
}
