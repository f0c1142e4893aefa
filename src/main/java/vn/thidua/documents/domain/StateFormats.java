package vn.thidua.documents.domain;

import java.time.LocalDate;

/** The number, symbol and date lines as Decree 30/2020/NĐ-CP writes them. */
public final class StateFormats {

    private StateFormats() {}

    /** "Số: 05/BC-KTĐ": numbers under 10 zero-padded, "/" before the symbol. */
    public static String number(int number, String symbol) {
        return "Số: " + reference(number, symbol);
    }

    /** "05/BC-KTĐ", "15/QĐ-UBND": how a document is cited in another. */
    public static String reference(int number, String symbol) {
        if (number < 1) {
            throw new IllegalArgumentException("document numbers start at 1");
        }
        return (number < 10 ? "0" + number : String.valueOf(number)) + "/" + symbol;
    }

    /** "Lạng Sơn, ngày 05 tháng 02 năm 2026": days under 10 and the months January and February zero-padded. */
    public static String placeAndDate(String place, LocalDate date) {
        return place + ", " + date(date);
    }

    /** "ngày 05 tháng 02 năm 2026". */
    public static String date(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}
