package vn.thidua.rules.domain;

/** How the answers write numbers and periods: as an officer would, never "null" or "2018–2018". */
final class Words {

    private Words() {}

    /** "năm 2024", "các năm 2020–2024", or "chưa có năm nào" for an empty period. */
    static String years(int from, int to) {
        if (from > to) {
            return "chưa có năm nào";
        }
        return from == to ? "năm " + from : "các năm " + from + "–" + to;
    }

    /** "3 lần", or "số lần theo quy định" when the rule's number is not known. */
    static String count(Integer n, String unit) {
        return n == null ? "số " + unit + " theo quy định" : n + " " + unit;
    }

    /** "70%", or "tỷ lệ theo quy định" when the rule's share is not known. */
    static String percent(Double share) {
        return share == null ? "tỷ lệ theo quy định" : Math.round(share * 100) + "%";
    }
}
